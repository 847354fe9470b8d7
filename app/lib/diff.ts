// What changed between two snapshots of an entry, field by field, for the history pages.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'id']);

export function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'quote' in v)) {
    return value.map((c: { sourceId: number; quote: string }) => `source #${c.sourceId}: “${c.quote}”`).join('\n');
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** `donorId` → `Donor id`. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (HIDDEN.has(field)) continue;
    const a = show(before?.[field]);
    const b = show(after?.[field]);
    if (a !== b) changes.push({ field: fieldLabel(field), before: a, after: b });
  }
  return changes;
}
