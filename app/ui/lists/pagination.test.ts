import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';

const text = (props: Partial<Parameters<typeof Pagination>[0]>) =>
  renderToStaticMarkup(
    createElement(Pagination, {
      page: 1,
      pageCount: 1,
      pageSize: 25,
      total: 0,
      noun: ['sanction', 'sanctions'],
      params: {},
      ...props,
    }),
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('Pagination', () => {
  it('gives the exact total of a list', () => {
    expect(text({ page: 2, pageCount: 3, total: 70 })).toBe(
      '26–50 of 70 sanctions ← Previous Page 2 of 3 Next →',
    );
    expect(text({ total: 1 })).toBe('1–1 of 1 sanction');
  });

  it('says a capped search has more matches than it pages, and how to reach the others', () => {
    const capped = text({ page: 400, pageCount: 400, total: 10_000, capped: true });
    expect(capped).toContain('9,976–10,000 of more than 10,000 sanctions');
    expect(capped).toContain('Page 400 of 400');
    expect(capped).toContain(
      'The pages go as far as the first 10,000 sanctions in this order: sort the other way, or add a filter, to reach the others.',
    );
    expect(text({ total: 10_000, pageCount: 400 })).not.toContain('more than');
  });
});
