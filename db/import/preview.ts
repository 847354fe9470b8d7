// The preview as text, for the command line (the admin page draws the same plan).

import { planCounts, type ImportPlan } from './plan';

const SHOWN = 5;

export function previewLines(plan: ImportPlan): string[] {
  const c = planCounts(plan);
  const lines = [
    `${plan.list.title} (${plan.format}) · ${plan.fileName} · sha256 ${plan.sha256.slice(0, 12)}… · as of ${plan.asOf}`,
    `Parties:   ${c.parties.new} new, ${c.parties.updated} matched and updated, ${c.parties.unchanged} matched unchanged, ${c.parties.ambiguous} ambiguous`,
    `Sanctions: ${c.sanctions.new} new, ${c.sanctions.updated} updated, ${c.sanctions.unchanged} unchanged, ${c.sanctions.lifted} lifted, ${c.sanctions.held} held (ambiguous party)`,
    ...(c.aid.new + c.aid.updated + c.aid.unchanged + c.aid.held > 0
      ? [
          `Aid:       ${c.aid.new} new, ${c.aid.updated} updated, ${c.aid.unchanged} unchanged, ${c.aid.held} held (ambiguous party); ${c.aid.newParties} new donors or recipients`,
        ]
      : []),
    ...(c.entries.entity
      ? [
          `Entries (${c.entries.entity}): ${c.entries.new} new, ${c.entries.updated} updated, ${c.entries.unchanged} unchanged`,
        ]
      : []),
    `Row errors: ${c.errors}`,
  ];
  const show = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title}:`);
    for (const item of items.slice(0, SHOWN)) lines.push(`  ${item}`);
    if (items.length > SHOWN) lines.push(`  … and ${items.length - SHOWN} more`);
  };
  show(
    'New parties',
    plan.parties.new.map((p) => `${p.record.name} (${p.record.kind}, ${p.record.at})`),
  );
  show(
    'Matched and updated',
    plan.parties.updated.map((p) => `${p.record.name} → party #${p.id} by ${p.via}`),
  );
  show(
    'Ambiguous (not applied: decide on the import page)',
    plan.parties.ambiguous.map(
      (p) => `${p.record.name}: ${p.reason} (${p.candidates.map((c) => `#${c.id} ${c.name}`).join(', ')})`,
    ),
  );
  show(
    'New sanctions',
    plan.sanctions.new.map((s) => s.record.title),
  );
  show(
    'Updated sanctions',
    plan.sanctions.updated.map((s) => `${s.record.title}: ${Object.keys(s.changes).join(', ')}`),
  );
  show(
    'Lifted (no longer on the list)',
    plan.sanctions.lifted.map((s) => s.title),
  );
  show(
    'New aid',
    plan.aid.new.map((a) => `${a.record.title} (${a.record.announcedOn})`),
  );
  show(
    'Aid held back',
    plan.aid.held.map((a) => `${a.record.title}: ${a.reason}`),
  );
  show(
    'New entries',
    plan.entries.new.map((e) => `${e.label} (${e.at})`),
  );
  show(
    'Updated entries',
    plan.entries.updated.map((e) => `#${e.id} ${e.label}: ${e.changes.join(', ')}`),
  );
  if (plan.errors.length > 0) {
    lines.push('Row errors (every one):');
    for (const e of plan.errors) lines.push(`  ${e.at}: ${e.reason}`);
  }
  return lines;
}

/** How many entries the import would add, change or lift. */
export function changeCount(plan: ImportPlan): number {
  const c = planCounts(plan);
  return (
    c.parties.new +
    c.parties.updated +
    c.aid.newParties +
    c.sanctions.new +
    c.sanctions.updated +
    c.sanctions.lifted +
    c.aid.new +
    c.aid.updated +
    c.entries.new +
    c.entries.updated
  );
}

export const changesSomething = (plan: ImportPlan) => changeCount(plan) > 0;
