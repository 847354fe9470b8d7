import { describe, expect, it } from 'vitest';
import { choiceFor, resolutionsFromForm } from './import-resolutions';

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe('the import page’s choices', () => {
  it('reads a party id or “new” per radio group, by list key and by normalised name', () => {
    expect(
      resolutionsFromForm(
        form([
          ['token', 'x'],
          ['party:47371', '12'],
          ['party:QDi.001', 'new'],
          ['aid-name:unicef', '7'],
        ]),
      ),
    ).toEqual({
      success: true,
      data: { parties: { '47371': 12, 'QDi.001': 'new' }, aidNames: { unicef: 7 } },
    });
  });

  it('refuses anything else as a choice', () => {
    for (const value of ['0', '-1', '1.5', 'abc', '', '1e3', '99999999999999999'])
      expect(resolutionsFromForm(form([['party:1', value]]))).toEqual({
        success: false,
        message: 'Choose one of the parties offered, or a new party.',
      });
  });

  it('keeps keys that name properties of every object as plain keys', () => {
    const read = resolutionsFromForm(
      form([
        ['party:constructor', '3'],
        ['party:__proto__', 'new'],
      ]),
    );
    expect(read.success && read.data.parties.constructor).toBe(3);
    expect(read.success && Object.getPrototypeOf(read.data.parties)).toBe(Object.prototype);
    expect(choiceFor({}, 'constructor')).toBeUndefined();
    expect(choiceFor({}, 'toString')).toBeUndefined();
  });
});
