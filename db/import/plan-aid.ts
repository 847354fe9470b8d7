// Aid rows of a table (FTS flows, ONE pledges, FtM payments): each flow new, updated or
// unchanged by the table's own key, its donor and recipient found among the tracker's
// parties or the file's by name (accents and case aside), or new. A name that fits several
// parties holds the flow back until the editor chooses one (or a new party) on the import
// page, as for designations.

import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { aidPackages } from '../schema';
import { choiceFor, type Choice } from '@/domain/validation/import-resolutions';
import { MAX_AMOUNT } from '@/domain/vocabulary';
import { normalizeName } from './normalize';
import type {
  AidPlan,
  AmbiguousName,
  AmbiguousParty,
  ImportPlan,
  PartyCandidate,
  PartyPick,
  PlannedParty,
} from './plan-types';
import type { ImportedAid, ImportedPartyRef } from './records';

export const emptyAidPlan = (): AidPlan => ({
  new: [],
  updated: [],
  unchanged: 0,
  held: [],
  ambiguousNames: [],
  chosenNames: [],
  newParties: new Map(),
});

type Fields = Pick<
  typeof aidPackages.$inferSelect,
  | 'category'
  | 'status'
  | 'amount'
  | 'currency'
  | 'amountUsd'
  | 'exchangeRate'
  | 'announcedOn'
  | 'title'
  | 'donorId'
  | 'recipientId'
>;

/** The row an imported flow becomes, its parties aside. */
export function aidFields(r: ImportedAid): Omit<Fields, 'donorId' | 'recipientId'> {
  return {
    category: r.category,
    status: r.status,
    amount: r.originalAmount === undefined ? null : Math.round(r.originalAmount),
    currency: r.originalAmount === undefined ? null : (r.originalCurrency ?? null),
    amountUsd:
      r.originalCurrency === 'USD' && r.originalAmount !== undefined
        ? Math.round(r.originalAmount)
        : r.amountUsd === undefined
          ? null
          : Math.round(r.amountUsd),
    exchangeRate: r.exchangeRate ?? null,
    announcedOn: r.announcedOn,
    title: r.title,
  };
}

/** Why a flow cannot be stored as read, or null. */
function refusal(r: ImportedAid): string | null {
  const amounts = [r.originalAmount, r.amountUsd].filter((n) => n !== undefined);
  if (amounts.some((n) => !Number.isFinite(n) || n < 0 || n > MAX_AMOUNT))
    return `Amount out of range (0 to ${MAX_AMOUNT.toLocaleString('en-US')}).`;
  if (r.originalAmount !== undefined && !/^[A-Z]{3}$/.test(r.originalCurrency ?? ''))
    return `An amount without a currency code (${r.originalCurrency ?? 'none'}).`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.announcedOn)) return `Not a date: ${r.announcedOn}.`;
  if (normalizeName(r.donor.name) === normalizeName(r.recipient.name))
    return 'Donor and recipient are the same.';
  return null;
}

/** What planning aid needs of the tracker's parties (plan.ts's matcher gives it). */
interface TrackerParties {
  /** Live parties with this name or strong alias. */
  partiesNamed: (name: string) => number[];
  candidate: (id: number) => PartyCandidate;
}

export function planAid(
  db: Db,
  plan: ImportPlan,
  rows: ImportedAid[],
  fileParties: Map<string, PlannedParty | AmbiguousParty>,
  tracker: TrackerParties,
  choices: Record<string, Choice> = {},
): void {
  const byFileName = new Map<string, string[]>();
  for (const [listKey, p] of fileParties) {
    const key = normalizeName(p.record.name);
    byFileName.set(key, [...(byFileName.get(key) ?? []), listKey]);
  }
  const existing = new Map(
    db
      .select()
      .from(aidPackages)
      .where(isNotNull(aidPackages.authorityId))
      .all()
      .map((row) => [row.authorityId!, row]),
  );
  // A live package with no table key that says what the row says: an editor's entry, or a
  // tracker's own export read back. Taken as the same one, so it is not added twice.
  const twin = db
    .select({ id: aidPackages.id })
    .from(aidPackages)
    .where(
      and(
        isNull(aidPackages.retiredAt),
        isNull(aidPackages.authorityId),
        ...(['donorId', 'recipientId', 'category', 'status', 'announcedOn', 'title'] as const).map((k) =>
          eq(aidPackages[k], sql.placeholder(k)),
        ),
        ...(['amount', 'currency', 'amountUsd'] as const).map(
          (k) => sql`${aidPackages[k]} IS ${sql.placeholder(k)}`,
        ),
      ),
    )
    .prepare();
  const isTwin = (donorId: number, recipientId: number, r: ImportedAid) => {
    const f = aidFields(r);
    return (
      twin.get({
        donorId,
        recipientId,
        category: f.category,
        status: f.status,
        announcedOn: f.announcedOn,
        title: f.title,
        amount: f.amount,
        currency: f.currency,
        amountUsd: f.amountUsd,
      }) !== undefined
    );
  };
  const names = new Map<string, AmbiguousName & { choice?: Choice }>();
  /** The party a name is: the tracker's or the file's one of that name, the editor's choice, or new. */
  const pick = (ref: ImportedPartyRef): PartyPick | string => {
    const key = normalizeName(ref.name);
    if (key === '') return 'A party without a name.';
    const ids = new Set(tracker.partiesNamed(ref.name));
    // The file's entries of that name, as planned: the tracker's party they are, or new.
    const fresh: string[] = [];
    for (const listKey of byFileName.get(key) ?? []) {
      const p = fileParties.get(listKey)!;
      if ('candidates' in p)
        return `“${ref.name}” is an entry of the file left ambiguous; choose its party first.`;
      if (p.id === null) fresh.push(listKey);
      else ids.add(p.id);
    }
    const asNew = (): PartyPick => (fresh.length === 1 ? { listKey: fresh[0]! } : { refKey: key });
    if (ids.size + fresh.length <= 1) return ids.size === 1 ? { id: [...ids][0]! } : asNew();

    const reason = `“${ref.name}” fits several parties; choose on the import page.`;
    const choice = choiceFor(choices, key);
    const valid = choice === 'new' || (choice !== undefined && ids.has(choice));
    const name = names.get(key) ?? {
      key,
      name: ref.name,
      candidates: [...ids].map(tracker.candidate),
      reason:
        choice === undefined || valid
          ? reason
          : `${reason} The party chosen earlier (#${choice}) is no longer one of them: choose again.`,
      rows: 0,
      ...(valid ? { choice } : {}),
    };
    names.set(key, name);
    name.rows += 1;
    if (!valid) return name.reason;
    return choice === 'new' ? asNew() : { id: choice };
  };
  for (const record of rows) {
    const refused = refusal(record);
    if (refused) {
      plan.errors.push({ at: record.at, reason: refused });
      continue;
    }
    const donor = pick(record.donor);
    const recipient = pick(record.recipient);
    if (typeof donor === 'string' || typeof recipient === 'string') {
      plan.aid.held.push({ record, reason: typeof donor === 'string' ? donor : (recipient as string) });
      continue;
    }
    // Created only for a flow that is planned: a held one may name a party nothing else does.
    for (const [p, ref] of [
      [donor, record.donor],
      [recipient, record.recipient],
    ] as const)
      if ('refKey' in p && !plan.aid.newParties.has(p.refKey)) plan.aid.newParties.set(p.refKey, ref);
    const current = existing.get(record.authorityId);
    if (!current && 'id' in donor && 'id' in recipient && isTwin(donor.id, recipient.id, record)) {
      plan.aid.unchanged += 1;
      continue;
    }
    if (!current) {
      plan.aid.new.push({ record, id: null, donor, recipient, changes: {} });
      continue;
    }
    const wanted: Partial<Fields> = { ...aidFields(record) };
    if ('id' in donor) wanted.donorId = donor.id;
    if ('id' in recipient) wanted.recipientId = recipient.id;
    const changes = Object.fromEntries(
      Object.entries(wanted).filter(([k, v]) => current[k as keyof Fields] !== v),
    );
    // A party new to the tracker is a change of party in itself.
    const moved = !('id' in donor) || !('id' in recipient);
    if (Object.keys(changes).length === 0 && !moved) plan.aid.unchanged += 1;
    else plan.aid.updated.push({ record, id: current.id, donor, recipient, changes });
  }
  for (const { choice, ...name } of names.values())
    if (choice === undefined) plan.aid.ambiguousNames.push(name);
    else plan.aid.chosenNames.push({ ...name, choice });
}

/** The tracker's party ids for a pick, once the file's and the new parties have theirs. */
export function resolvePick(
  pick: PartyPick,
  fileIds: Map<string, number>,
  newIds: Map<string, number>,
): number {
  if ('id' in pick) return pick.id;
  if ('listKey' in pick) return fileIds.get(pick.listKey)!;
  return newIds.get(pick.refKey)!;
}
