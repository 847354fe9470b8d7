import { PARTY_FIELDS, type SnapshotNames } from '@/domain/snapshots';
import { formatVocabulary } from './format';

// What changed between two snapshots of an entry, field by field, for the history pages.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'id']);

/** Fields holding a value of a closed vocabulary (`asset_freeze`), shown as the forms show them. */
const VOCABULARY_FIELDS = new Set(['category', 'status', 'measure', 'kind']);

// The form's own labels where the column name would read oddly.
const LABELS: Record<string, string> = {
  donorId: 'Donor',
  recipientId: 'Recipient',
  imposingId: 'Imposing party',
  targetId: 'Target',
  parentId: 'Part of',
  partyIds: 'Parties involved',
  slug: 'Address name',
  countryCode: 'Country',
  url: 'Link',
  occurredOn: 'Date',
  citations: 'Sources',
};

const partyName = (id: unknown, names?: SnapshotNames) =>
  names?.parties[Number(id)] ?? `party #${String(id)}`;

export function show(value: unknown, field?: string, names?: SnapshotNames): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field && PARTY_FIELDS.has(field)) {
    return Array.isArray(value)
      ? value.length === 0
        ? '—'
        : value.map((id) => partyName(id, names)).join(', ')
      : partyName(value, names);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'quote' in v)) {
    return value
      .map(
        (c: { sourceId: number; quote: string }) =>
          `${names?.sources[c.sourceId] ?? `source #${c.sourceId}`}: “${c.quote}”`,
      )
      .join('\n');
  }
  if (typeof value === 'string')
    return field && VOCABULARY_FIELDS.has(field) ? formatVocabulary(value) : value;
  return JSON.stringify(value);
}

/** `donorId` → `Donor`; `legalBasis` → `Legal basis`. */
export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names?: SnapshotNames,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (HIDDEN.has(field)) continue;
    const a = show(before?.[field], field, names);
    const b = show(after?.[field], field, names);
    if (a !== b) changes.push({ field: fieldLabel(field), before: a, after: b });
  }
  return changes;
}
