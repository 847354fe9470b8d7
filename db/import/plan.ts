// What an import would change, worked out before anything is written: each party of the
// file matched to the tracker's (same identifier, then same normalised name or strong
// alias) or new; each designation new, updated or unchanged; the list's earlier
// designations missing from this version lifted. The preview shows it; apply.ts writes it.

import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { importBatches, parties, partyAliases, partyIdentifiers, sanctions } from '../schema';
import { choiceFor, NO_RESOLUTIONS, type Choice } from '@/domain/validation/import-resolutions';
import type { ImportFormat } from '@/domain/vocabulary';
import { IMPOSERS } from './imposers';
import { normalizeName } from './normalize';
import { emptyAidPlan, planAid } from './plan-aid';
import { emptyEntriesPlan, entriesPlanner } from './plan-entries';
import type {
  AmbiguousParty,
  ImportPlan,
  PartyCandidate,
  PlanOptions,
  PlannedParty,
  SanctionFields,
} from './plan-types';
import type { ImportedAid, ImportedIdentifier, ImportedParty, ImportedSanction, ParsedFile } from './records';

/** The scheme of the list's own ids, whose holder the list owns (it may rename it). */
const LIST_SCHEMES: Partial<Record<ImportFormat, string>> = {
  'ofac-sdn': 'ofac',
  'un-xml': 'un',
  'eu-fsf': 'eu',
  'uk-xml': 'gb',
};

const idKey = (i: ImportedIdentifier) => `${i.scheme}\u0000${i.value}\u0000${i.country ?? ''}`;

export type { ImportPlan } from './plan-types';

export async function planImport(db: Db, parsed: ParsedFile, options: PlanOptions): Promise<ImportPlan> {
  const { resolutions = NO_RESOLUTIONS, ...described } = options;
  const asOf = parsed.list.versionDate ?? options.asOf;
  const plan: ImportPlan = {
    ...described,
    list: parsed.list,
    asOf,
    parties: { new: [], updated: [], unchanged: [], ambiguous: [], chosen: [] },
    newImposers: [],
    sanctions: { new: [], updated: [], unchanged: 0, lifted: [], held: [] },
    aid: emptyAidPlan(),
    entries: emptyEntriesPlan(),
    errors: [],
  };
  const matcher = partyMatcher(db, LIST_SCHEMES[options.format]);
  const fileParties = new Map<string, PlannedParty | AmbiguousParty>();
  const fileSanctions: ImportedSanction[] = [];
  const fileAid: ImportedAid[] = [];
  const planEntry = entriesPlanner(db, plan, matcher.partiesNamed);
  for await (const item of parsed.records) {
    if (item.type === 'error') plan.errors.push(item.error);
    else if (item.type === 'party') {
      if (fileParties.has(item.party.listKey)) {
        plan.errors.push({
          at: item.party.at,
          reason: `Entry ${item.party.listKey} appears twice in the file.`,
        });
        continue;
      }
      const found = matcher.match(item.party);
      const planned =
        'candidates' in found
          ? choose(found, choiceFor(resolutions.parties, item.party.listKey), matcher.plannedAs, plan)
          : found;
      fileParties.set(item.party.listKey, planned);
      if ('candidates' in planned) plan.parties.ambiguous.push(planned);
      else if (planned.id === null) plan.parties.new.push(planned);
      else if (hasChanges(planned)) plan.parties.updated.push(planned);
      else plan.parties.unchanged.push(planned);
    } else if (item.type === 'sanction') fileSanctions.push(item.sanction);
    else if (item.type === 'entry') planEntry(item.entry);
    else fileAid.push(item.aid);
  }

  const imposerIds = new Map<string, number | null>();
  const imposerOf = (slug: string): number | null | undefined => {
    if (!imposerIds.has(slug)) {
      const row = db.select({ id: parties.id }).from(parties).where(eq(parties.slug, slug)).get();
      if (!row && IMPOSERS[slug]) plan.newImposers.push(slug);
      imposerIds.set(slug, row?.id ?? (IMPOSERS[slug] ? null : undefined!));
    }
    return imposerIds.get(slug);
  };
  // The list's designations the tracker holds, by imposer, read once each.
  const byImposer = new Map<number, Map<string, typeof sanctions.$inferSelect>>();
  const listed = (imposerId: number) => {
    if (!byImposer.has(imposerId)) {
      const rows = db
        .select()
        .from(sanctions)
        .where(and(eq(sanctions.imposingId, imposerId), isNotNull(sanctions.authorityId)))
        .all();
      byImposer.set(imposerId, new Map(rows.map((r) => [r.authorityId!, r])));
    }
    return byImposer.get(imposerId)!;
  };
  // A live sanction with no list id that says what the record says: an editor's entry, or a
  // tracker's own export read back. Taken as the same one, so it is not added twice.
  const twin = db
    .select({ id: sanctions.id })
    .from(sanctions)
    .where(
      and(
        isNull(sanctions.retiredAt),
        isNull(sanctions.authorityId),
        eq(sanctions.imposingId, sql.placeholder('imposingId')),
        eq(sanctions.targetId, sql.placeholder('targetId')),
        eq(sanctions.measure, sql.placeholder('measure')),
        eq(sanctions.status, sql.placeholder('status')),
        eq(sanctions.title, sql.placeholder('title')),
      ),
    )
    .prepare();
  const isTwin = (imposingId: number, targetId: number, r: ImportedSanction) =>
    twin.get({ imposingId, targetId, measure: r.measure, status: r.status, title: r.title }) !== undefined;
  const seen = new Set<string>();
  for (const record of fileSanctions) {
    const target = fileParties.get(record.targetKey);
    const imposerId = imposerOf(record.imposerSlug);
    if (imposerId === undefined) {
      plan.errors.push({ at: record.at, reason: `Unknown imposer “${record.imposerSlug}”.` });
      continue;
    }
    if (!target) {
      plan.errors.push({
        at: record.at,
        reason: `Designation of entry ${record.targetKey}, which the file lacks.`,
      });
      continue;
    }
    // Still on the list, whether or not its party is resolved: never lifted for that.
    seen.add(`${record.imposerSlug}\u0000${record.authorityId}`);
    if ('candidates' in target) {
      plan.sanctions.held.push(record);
      continue;
    }
    const existing = imposerId === null ? undefined : listed(imposerId).get(record.authorityId);
    if (!existing && imposerId !== null && target.id !== null && isTwin(imposerId, target.id, record)) {
      plan.sanctions.unchanged += 1;
      continue;
    }
    if (!existing) {
      plan.sanctions.new.push({ record, imposerSlug: record.imposerSlug, id: null, changes: {} });
      continue;
    }
    const wanted: Partial<SanctionFields> = {
      targetId: target.id ?? -1,
      measure: record.measure,
      status: record.status,
      programme: record.programme ?? null,
      // A file that names no legal act (FtM has no place for one) leaves the tracker's.
      ...(record.legalBasis === undefined ? {} : { legalBasis: record.legalBasis }),
      listedOn: record.listedOn ?? null,
      title: record.title,
      liftedOn: null,
    };
    const changes = Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => existing[key as keyof SanctionFields] !== value),
    ) as Partial<SanctionFields>;
    if (Object.keys(changes).length === 0) plan.sanctions.unchanged += 1;
    else plan.sanctions.updated.push({ record, imposerSlug: record.imposerSlug, id: existing.id, changes });
  }

  // This list's designations that left it: lifted on the list's date, never deleted.
  for (const [slug, imposerId] of imposerIds) {
    if (imposerId === null || imposerId === undefined) continue;
    const earlier = db
      .select({
        id: sanctions.id,
        authorityId: sanctions.authorityId,
        title: sanctions.title,
        announcedOn: sanctions.announcedOn,
      })
      .from(sanctions)
      .innerJoin(importBatches, eq(importBatches.id, sanctions.batchId))
      .where(
        and(
          eq(sanctions.imposingId, imposerId),
          isNotNull(sanctions.authorityId),
          eq(importBatches.format, options.format),
          ne(sanctions.status, 'lifted'),
          isNull(sanctions.retiredAt),
        ),
      )
      .all();
    for (const row of earlier)
      if (!seen.has(`${slug}\u0000${row.authorityId}`))
        plan.sanctions.lifted.push({ id: row.id, title: row.title, announcedOn: row.announcedOn });
  }
  planAid(db, plan, fileAid, fileParties, matcher, resolutions.aidNames);
  return plan;
}

/**
 * An ambiguous party as the editor chose: matched to the candidate chosen, or new. A choice
 * that is no longer a candidate (the data changed since) leaves it ambiguous, saying so.
 */
function choose(
  found: AmbiguousParty,
  choice: Choice | undefined,
  plannedAs: (record: ImportedParty, id: number | null) => PlannedParty,
  plan: ImportPlan,
): PlannedParty | AmbiguousParty {
  if (choice === undefined) return found;
  if (choice !== 'new' && !found.candidates.some((c) => c.id === choice))
    return {
      ...found,
      reason: `${found.reason} The party chosen earlier (#${choice}) is no longer one of them: choose again.`,
    };
  plan.parties.chosen.push({ ...found, choice });
  return { ...plannedAs(found.record, choice === 'new' ? null : choice), via: 'editor' };
}

const hasChanges = (p: PlannedParty) =>
  Object.keys(p.changes).length > 0 || p.newIdentifiers.length > 0 || p.newAliases.length > 0;

/** Finds the tracker's party a file's party is, from what the tracker holds now. */
function partyMatcher(db: Db, listScheme: string | undefined) {
  const byIdentifier = new Map<string, number>();
  for (const row of db.select().from(partyIdentifiers).all())
    byIdentifier.set(idKey({ ...row, country: row.country || undefined }), row.partyId);
  const live = db
    .select({
      id: parties.id,
      slug: parties.slug,
      name: parties.name,
      kind: parties.kind,
      countryCode: parties.countryCode,
      description: parties.description,
    })
    .from(parties)
    .where(isNull(parties.retiredAt))
    .all();
  const byId = new Map(live.map((p) => [p.id, p]));
  const byName = new Map<string, Set<number>>();
  const addName = (name: string, id: number) => {
    const key = normalizeName(name);
    if (!byName.has(key)) byName.set(key, new Set());
    byName.get(key)!.add(id);
  };
  for (const p of live) addName(p.name, p.id);
  const aliasesOf = new Map<number, Set<string>>();
  for (const a of db.select().from(partyAliases).all()) {
    if (a.strength === 'strong') addName(a.name, a.partyId);
    if (!aliasesOf.has(a.partyId)) aliasesOf.set(a.partyId, new Set());
    aliasesOf.get(a.partyId)!.add(a.normalized);
  }
  // A party the list itself gave another id is another entry of the list, whatever its name.
  const listIdOf = new Map<number, string>();
  if (listScheme)
    for (const row of db.select().from(partyIdentifiers).where(eq(partyIdentifiers.scheme, listScheme)).all())
      listIdOf.set(row.partyId, row.value);

  // An identifier may still name a retired party: read it when asked.
  const candidate = (id: number): PartyCandidate => {
    const { slug, name, kind } =
      byId.get(id) ??
      db
        .select({ slug: parties.slug, name: parties.name, kind: parties.kind })
        .from(parties)
        .where(eq(parties.id, id))
        .get()!;
    return { id, slug, name, kind };
  };

  const match = (record: ImportedParty): PlannedParty | AmbiguousParty => {
    // The list's own id decides: two entries of a list may share a passport or a ship's IMO.
    const own = record.identifiers.find((i) => i.scheme === listScheme);
    const ownMatch = own && byIdentifier.get(idKey(own));
    const byIds = new Set(
      ownMatch !== undefined
        ? [ownMatch]
        : record.identifiers
            .map((i) => byIdentifier.get(idKey(i)))
            .filter((id): id is number => id !== undefined),
    );
    if (byIds.size > 1)
      return {
        record,
        candidates: [...byIds].map(candidate),
        reason: 'Its identifiers belong to different parties.',
      };
    let id: number | null = byIds.size === 1 ? [...byIds][0]! : null;
    let via: PlannedParty['via'] = id === null ? null : 'identifier';
    if (id === null) {
      const ownKey = record.identifiers.find((i) => i.scheme === listScheme)?.value;
      const names = [
        record.name,
        ...record.aliases.filter((a) => a.strength === 'strong').map((a) => a.name),
      ];
      const candidates = new Set<number>();
      for (const name of names)
        for (const candidate of byName.get(normalizeName(name)) ?? [])
          if (!listIdOf.has(candidate) || listIdOf.get(candidate) === ownKey) candidates.add(candidate);
      if (candidates.size > 1)
        return {
          record,
          candidates: [...candidates].map(candidate),
          reason: 'Its name matches several parties.',
        };
      if (candidates.size === 1) [id, via] = [[...candidates][0]!, 'name'];
    }
    return { ...plannedAs(record, id), via };
  };

  /** The record as this party of the tracker (what the list adds to it), or as a new one. */
  const plannedAs = (record: ImportedParty, id: number | null): PlannedParty => {
    if (id === null)
      return {
        record,
        id: null,
        via: null,
        changes: {},
        // An id another party holds stays with it (the unique index keeps one holder per id).
        newIdentifiers: record.identifiers.filter((i) => !byIdentifier.has(idKey(i))),
        newAliases: record.aliases,
      };
    const known = aliasesOf.get(id) ?? new Set();
    const current = byId.get(id);
    const owned = listScheme !== undefined && listIdOf.has(id);
    const changes: PlannedParty['changes'] = {};
    if (owned && current) {
      const wanted: Required<PlannedParty['changes']> = {
        name: record.name,
        kind: record.kind,
        countryCode: record.countryCode ?? null,
        description: record.description ?? null,
      };
      Object.assign(
        changes,
        Object.fromEntries(
          Object.entries(wanted).filter(([key, value]) => current[key as keyof typeof wanted] !== value),
        ),
      );
    }
    const ownName = normalizeName(changes.name ?? current?.name ?? '');
    return {
      record,
      id,
      via: null,
      changes,
      // An id another party holds stays with it (the unique index keeps one holder per id).
      newIdentifiers: record.identifiers.filter((i) => !byIdentifier.has(idKey(i))),
      newAliases: dedupe(record.aliases).filter((a) => {
        const key = normalizeName(a.name);
        return key !== ownName && !known.has(key);
      }),
    };
  };
  /** The tracker's live parties with this name or strong alias, accents and case aside. */
  const partiesNamed = (name: string) => [...(byName.get(normalizeName(name)) ?? [])];
  return { match, plannedAs, partiesNamed, candidate };
}

/** The aliases of a record once each, by normalised name (the first spelling kept). */
export function dedupe<T extends { name: string }>(aliases: T[]): T[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = normalizeName(a.name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The counts the preview shows and the batch keeps. */
export function planCounts(plan: ImportPlan) {
  return {
    parties: {
      new: plan.parties.new.length + plan.newImposers.length,
      updated: plan.parties.updated.length,
      unchanged: plan.parties.unchanged.length,
      ambiguous: plan.parties.ambiguous.length,
    },
    sanctions: {
      new: plan.sanctions.new.length,
      updated: plan.sanctions.updated.length,
      unchanged: plan.sanctions.unchanged,
      lifted: plan.sanctions.lifted.length,
      held: plan.sanctions.held.length,
    },
    aid: {
      new: plan.aid.new.length,
      updated: plan.aid.updated.length,
      unchanged: plan.aid.unchanged,
      held: plan.aid.held.length,
      newParties: plan.aid.newParties.size,
    },
    entries: {
      entity: plan.entries.entity,
      new: plan.entries.new.length,
      updated: plan.entries.updated.length,
      unchanged: plan.entries.unchanged,
    },
    errors: plan.errors.length,
  };
}
