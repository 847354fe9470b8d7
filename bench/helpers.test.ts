import { describe, expect, it } from 'vitest';
import { parseBenchArgs, parseScale, scaleLabel } from './args';
import { scriptsInHtml } from './js-size';
import { bigTableNames, findFullScans } from './plans';
import { percentile, summarize } from './stats';
import { addToFigure, committedTotal } from './write-to-visible';

// The bench's own arithmetic: a wrong percentile or a missed scan would print a false figure.

describe('percentiles', () => {
  it('ranks to a sample actually observed (nearest rank)', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sorts before ranking, leaving the samples as they were', () => {
    const samples = [30, 10, 20, 40];
    expect(summarize(samples)).toEqual({ n: 4, p50: 20, p95: 40, p99: 40, max: 40 });
    expect(samples).toEqual([30, 10, 20, 40]);
  });
});

describe('arguments', () => {
  it('reads scales as row counts and defaults to 10k, 100k and 1M', () => {
    expect(parseScale('10k')).toBe(10_000);
    expect(parseScale('1M')).toBe(1_000_000);
    expect(parseScale('2500')).toBe(2_500);
    expect(() => parseScale('lots')).toThrow(/not a row count/);
    expect(parseBenchArgs([]).scales).toEqual([10_000, 100_000, 1_000_000]);
    expect(parseBenchArgs(['--scale', '1m,10k', '--duration', '2']).scales).toEqual([10_000, 1_000_000]);
    expect(() => parseBenchArgs(['--duration', '0'])).toThrow(/--duration/);
    expect(scaleLabel(100_000)).toBe('100k');
    expect(scaleLabel(1_000_000)).toBe('1M');
  });
});

describe('full scans in query plans', () => {
  const sql = `SELECT count(*) FROM aid_packages a JOIN parties d ON d.id = a.donor_id
    LEFT JOIN citations c ON c.aid_package_id = a.id WHERE a.retired_at IS NULL`;

  it('knows a big table by its name and its aliases, not a small one', () => {
    expect([...bigTableNames(sql)]).toEqual(expect.arrayContaining(['aid_packages', 'a', 'c']));
    expect(bigTableNames(sql).has('d')).toBe(false);
    expect(bigTableNames('SELECT * FROM "sanctions" WHERE id = 1').has('WHERE')).toBe(false);
  });

  it('flags a SCAN of a big table, covering index or not, and lets searches pass', () => {
    const plan = [
      'SCAN a USING COVERING INDEX aid_status_category_idx',
      'SEARCH d USING INTEGER PRIMARY KEY (rowid=?)',
      '  SCAN d',
      'SEARCH c USING INDEX citations_aid_idx (aid_package_id=?)',
    ];
    expect(findFullScans(sql, plan)).toEqual(['SCAN a USING COVERING INDEX aid_status_category_idx']);
  });

  it('tells a CTE that reuses a big table alias from the table, and an index walk by its index', () => {
    const cte = `WITH firsts AS (SELECT x.* FROM sanctions x WHERE x.imposing_id = ? LIMIT 6)
      SELECT x.id FROM firsts x JOIN parties t ON t.id = x.target_id`;
    expect(
      findFullScans(cte, [
        'CO-ROUTINE firsts',
        '  SEARCH x USING INDEX sanctions_imposing_idx (imposing_id=?)',
        'SCAN x',
      ]),
    ).toEqual([]);
    const bigIndexes = new Set(['aid_status_category_idx']);
    expect(
      findFullScans(
        'SELECT count(*) FROM aid_packages',
        ['SCAN aid_packages USING COVERING INDEX aid_status_category_idx'],
        bigIndexes,
      ),
    ).toHaveLength(1);
    expect(
      findFullScans('SELECT * FROM parties p', ['SCAN p USING INDEX parties_parent_idx'], bigIndexes),
    ).toEqual([]);
  });

  it('lets an ordered index walk under a LIMIT pass (it stops at the page), but not one that sorts', () => {
    const page =
      'SELECT a.id FROM aid_packages a WHERE a.retired_at IS NULL ORDER BY a.announced_on DESC LIMIT 50 OFFSET 2450';
    expect(findFullScans(page, ['SCAN a USING INDEX aid_announced_idx'])).toEqual([]);
    expect(
      findFullScans(page, ['SCAN a USING INDEX aid_announced_idx', 'USE TEMP B-TREE FOR ORDER BY']),
    ).toEqual(['SCAN a USING INDEX aid_announced_idx']);
    expect(findFullScans(page, ['SCAN a'])).toEqual(['SCAN a']);
    // The newest rows of a union: each branch walks its index under its own LIMIT; the sort is the merge's.
    const merged = [
      'CO-ROUTINE (subquery-1)',
      '  SCAN a USING INDEX aid_announced_idx',
      'SCAN (subquery-1)',
      'USE TEMP B-TREE FOR ORDER BY',
    ];
    expect(findFullScans(page, merged)).toEqual([]);
  });
});

describe('the committed total on the page', () => {
  it('reads the exact figure from the card and adds to it beyond 2^53', () => {
    const html =
      '<p class="figure" title="$13,600,000,000" data-testid="committed-total"><a href="/aid">$13.6 billion</a></p>';
    expect(committedTotal(html)).toBe('$13,600,000,000');
    expect(committedTotal('<p>nothing</p>')).toBeUndefined();
    expect(addToFigure('$13,600,000,000', 1_000_000_001)).toBe('$14,600,000,001');
    expect(addToFigure('$9,007,199,254,740,993', 2)).toBe('$9,007,199,254,740,995');
  });
});

describe('scripts a page loads', () => {
  it('counts module scripts and skips the noModule polyfills modern browsers ignore', () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script>inline()</script>
      <script src="/_next/static/chunks/b.js?dpl=1" id="_R_"></script><script src="/_next/static/chunks/p.js" noModule=""></script>`;
    expect(scriptsInHtml(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });
});
