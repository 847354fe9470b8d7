import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import { cubeRows, inList } from './cube-sql';
import { periodRanges } from '../../rollups/periods';
import type { AidFilter, SanctionFilter } from './types';

// A list's total ("1–50 of 1,000,000") read from the role cubes whenever its filter is
// one they hold: at most one party (either side or one given side), or a kind of target,
// no text search. Anything else (a text search, both sides) falls back to counting rows.
// SQL, as every read of the rollups (cube-sql.ts).

const ROLE_OF = { either: sql`role IN (1, 2)`, from: sql`role = 1`, to: sql`role = 2` };

/** The role-cube scope for at most one party, or undefined when the filter names two. */
function scopeOf(party: [keyof typeof ROLE_OF, number | undefined][]): SQL | undefined {
  const named = party.filter(([, id]) => id !== undefined);
  if (named.length > 1) return undefined;
  const [role, id] = named[0] ?? [];
  return role === undefined ? sql`role = 0 AND party_id = 0` : sql`${ROLE_OF[role]} AND party_id = ${id}`;
}

function count(
  table: 'aid_rollup' | 'sanction_rollup',
  scope: SQL,
  from: string | undefined,
  to: string | undefined,
  where: (SQL | undefined)[],
  measure: 'n' | 'usd_n' = 'n',
) {
  const cells = cubeRows(table, [scope], periodRanges(from, to), where);
  return (
    getDb().get<{ n: number }>(sql`SELECT coalesce(sum(${sql.raw(measure)}), 0) AS n FROM (${cells})`)?.n ?? 0
  );
}

/** The filter's packages, or with `usd_n` those whose amount is known. */
export function countAidFromCube(f: AidFilter, measure: 'n' | 'usd_n' = 'n'): number | undefined {
  const scope = scopeOf([
    ['either', f.partyId],
    ['from', f.donorId],
    ['to', f.recipientId],
  ]);
  if (!scope || f.q) return undefined;
  return count(
    'aid_rollup',
    scope,
    f.from,
    f.to,
    [
      f.category ? sql`category = ${f.category}` : undefined,
      f.statuses?.length ? inList('status', f.statuses) : undefined,
    ],
    measure,
  );
}

/**
 * A kind of target: the target cells of every party of that kind (a sanction has one
 * target), or of the one target chosen. A party on either side or an imposer is two
 * parties, which the cube does not hold.
 */
function kindScope(kind: string, f: SanctionFilter): SQL | undefined {
  if (f.partyId !== undefined || f.imposingId !== undefined) return undefined;
  const target = f.targetId === undefined ? sql`` : sql` AND party_id = ${f.targetId}`;
  return sql`role = 2 AND party_id IN (SELECT id FROM parties WHERE kind = ${kind})${target}`;
}

export function countSanctionsFromCube(f: SanctionFilter): number | undefined {
  const scope = f.targetKind
    ? kindScope(f.targetKind, f)
    : scopeOf([
        ['either', f.partyId],
        ['from', f.imposingId],
        ['to', f.targetId],
      ]);
  if (!scope || f.q) return undefined;
  return count('sanction_rollup', scope, f.from, f.to, [
    f.measure ? sql`measure = ${f.measure}` : undefined,
    f.statuses?.length ? inList('status', f.statuses) : undefined,
  ]);
}

/**
 * Above one live row in this many, a filtered page is found sooner by walking the sort's
 * index and testing each row than by reading the filter's rows and sorting them: a page
 * then passes ~WALK_SHARE × its size. Rarer rows lie far apart along the sort's index.
 */
const WALK_SHARE = 20;

/** True when a list whose filter holds `total` live rows walks the sort's index (see WALK_SHARE). */
export function walksSortIndex(table: 'aid_packages' | 'sanctions', total: number): boolean {
  const all = (table === 'aid_packages' ? countAidFromCube({}) : countSanctionsFromCube({})) ?? 0;
  return total * WALK_SHARE >= all;
}
