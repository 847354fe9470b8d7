import type { FieldChange, PublicChange } from '@/db/queries/changes/change-feed';

// A change in a sentence, the same on the page and in the Atom feed.

const ACTION_WORDS: Record<PublicChange['action'], string> = {
  added: 'Added',
  edited: 'Edited',
  retired: 'Retired',
  restored: 'Restored',
  lifted: 'Lifted',
};

/** `announcedOn` → `announced on`. */
export const fieldLabel = (field: string) =>
  field
    .replace(/Id(s?)$/, '$1')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

const value = (v: FieldChange['before']) =>
  v === null || v === undefined || v === '' ? '(none)' : String(v);

export function describeField(f: FieldChange): string {
  return 'before' in f || 'after' in f
    ? `${fieldLabel(f.field)}: ${value(f.before)} → ${value(f.after)}`
    : fieldLabel(f.field);
}

export const actionWord = (action: PublicChange['action']) => ACTION_WORDS[action];

/** "Sanction", singular, for a line about one entry. */
export const kindWord = (kind: PublicChange['kind']) => KIND_WORDS[kind];
const KIND_WORDS: Record<PublicChange['kind'], string> = {
  aid: 'Aid package',
  sanctions: 'Sanction',
  events: 'Event',
  parties: 'Party',
  sources: 'Source',
};

export const importWords = (i: NonNullable<PublicChange['import']>) => `import #${i.batchId} (${i.format})`;

/** "Lifted sanction “…”. Changed: status: imposed → lifted; description. From import #3 (ofac-sdn)." */
export function describeChange(c: PublicChange): string {
  const parts = [`${actionWord(c.action)} ${kindWord(c.kind).toLowerCase()} “${c.title}”.`];
  if (c.fields.length > 0) parts.push(`Changed: ${c.fields.map(describeField).join('; ')}.`);
  if (c.import) parts.push(`From ${importWords(c.import)}.`);
  return parts.join(' ');
}
