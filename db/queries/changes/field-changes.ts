import type { AuditAction, AuditedEntity } from '../../../domain/vocabulary';
import { CHANGE_KINDS, ENTITY_OF_KIND, type ChangeAction, type ChangeKind } from '../../../domain/changes';

// What the public feed may say about a change, from the audit log's snapshots. Only the
// fields named here ever leave: a column added later stays out until someone lists it.

/** Fields shown with their value before and after: short, and public on the entry's page. */
const VALUE_FIELDS = new Set([
  'title',
  'name',
  'slug',
  'kind',
  'countryCode',
  'status',
  'measure',
  'category',
  'amount',
  'currency',
  'amountUsd',
  'announcedOn',
  'effectiveOn',
  'liftedOn',
  'listedOn',
  'occurredOn',
  'programme',
  'legalBasis',
  'publisher',
  'url',
  'publishedOn',
  'language',
]);

/** Public fields named when they change, their values too long or only ids (read them on the entry's page). */
const NAMED_FIELDS = new Set([
  'description',
  'notes',
  'citations',
  'partyIds',
  'donorId',
  'recipientId',
  'imposingId',
  'targetId',
  'parentId',
  'exchangeRate',
  'rateOn',
  'rateSource',
]);

export type FieldValue = string | number | null;

export interface FieldChange {
  field: string;
  /** Present for the fields whose values the feed shows. */
  before?: FieldValue;
  after?: FieldValue;
}

type Snapshot = Record<string, unknown> | null;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown): FieldValue =>
  typeof v === 'string' || typeof v === 'number' ? v : v === null || v === undefined ? null : String(v);

/** The public fields an edit changed, in the snapshot's order; none for the other actions. */
export function fieldChanges(action: AuditAction, before: Snapshot, after: Snapshot): FieldChange[] {
  if (action !== 'update' || !before || !after) return [];
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[field], after[field])) continue;
    if (VALUE_FIELDS.has(field))
      changes.push({ field, before: shown(before[field]), after: shown(after[field]) });
    else if (NAMED_FIELDS.has(field)) changes.push({ field });
  }
  return changes;
}

/** The action in words: an edit that lifts a sanction is its lifting. */
export function changeAction(
  action: AuditAction,
  entity: AuditedEntity,
  before: Snapshot,
  after: Snapshot,
): ChangeAction {
  if (action === 'create') return 'added';
  if (action === 'retire') return 'retired';
  if (action === 'restore') return 'restored';
  if (entity === 'sanction' && after?.status === 'lifted' && before?.status !== 'lifted') return 'lifted';
  return 'edited';
}

export const KIND_OF_ENTITY = Object.fromEntries(CHANGE_KINDS.map((k) => [ENTITY_OF_KIND[k], k])) as Record<
  AuditedEntity,
  ChangeKind
>;

/** The entry's public page: parties by slug, the others by id. */
export function permalink(entity: AuditedEntity, id: number, snapshot: Snapshot): string {
  const kind = KIND_OF_ENTITY[entity];
  const slug = snapshot?.slug;
  if (entity === 'party' && typeof slug === 'string') return `/parties/${encodeURIComponent(slug)}`;
  return `/${kind}/${id}`;
}

/** What the entry is called: its title or name after the change, else before, else its id. */
export function entryTitle(id: number, before: Snapshot, after: Snapshot): string {
  for (const s of [after, before]) {
    const t = s?.title ?? s?.name;
    if (typeof t === 'string' && t.trim() !== '') return t;
  }
  return `#${id}`;
}
