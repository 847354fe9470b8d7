import type { AmbiguousName, AmbiguousParty, ImportPlan, PartyCandidate } from '@/db/import/plan-types';
import { formatVocabulary } from '@/app/lib/format';
import { AID_NAME_CHOICE, PARTY_CHOICE, type Choice } from '@/domain/validation/import-resolutions';
import { ImportChoicesForm, type Ambiguity } from './import-choices-form';

type Plan = Pick<ImportPlan, 'parties' | 'aid'>;

const offered = (candidates: PartyCandidate[]): Ambiguity['candidates'] =>
  candidates.map((c) => ({
    id: c.id,
    name: c.name,
    kind: formatVocabulary(c.kind),
    href: `/parties/${c.slug}`,
  }));

/**
 * What the import could not decide alone, for the editor to: the file's parties and the aid
 * names that fit several of the tracker's, those still open first, then those chosen.
 */
export function ImportChoices({ token, plan }: { token: string; plan: Plan }) {
  const party = (a: AmbiguousParty, choice?: Choice): Ambiguity => ({
    field: `${PARTY_CHOICE}${a.record.listKey}`,
    name: a.record.name,
    about: `${formatVocabulary(a.record.kind)}, ${a.record.at}`,
    reason: a.reason,
    candidates: offered(a.candidates),
    choice,
  });
  const aidName = (a: AmbiguousName, choice?: Choice): Ambiguity => ({
    field: `${AID_NAME_CHOICE}${a.key}`,
    name: a.name,
    about: a.rows === 1 ? 'Named by 1 aid row' : `Named by ${a.rows.toLocaleString('en-US')} aid rows`,
    reason: a.reason,
    candidates: offered(a.candidates),
    choice,
  });
  const parties = [
    ...plan.parties.ambiguous.map((a) => party(a)),
    ...plan.parties.chosen.map((a) => party(a, a.choice)),
  ];
  const aidNames = [
    ...plan.aid.ambiguousNames.map((a) => aidName(a)),
    ...plan.aid.chosenNames.map((a) => aidName(a, a.choice)),
  ];
  const total = parties.length + aidNames.length;
  if (total === 0) return null;
  const open = plan.parties.ambiguous.length + plan.aid.ambiguousNames.length;
  return (
    <section className="section" aria-labelledby="ambiguous-parties">
      <h2 id="ambiguous-parties">
        Ambiguous parties ({open === total ? total : `${open} to choose, ${total - open} chosen`})
      </h2>
      <p>
        These fit several of the tracker&rsquo;s parties. Nothing is guessed: what names them is left out of
        the import until you say which party each is, or that it is a new one.
      </p>
      {/* Keyed by the choices saved, so the radios show them again after a save. */}
      <ImportChoicesForm
        key={[...parties, ...aidNames].map((a) => `${a.field}=${a.choice ?? ''}`).join('\n')}
        token={token}
        parties={parties}
        aidNames={aidNames}
      />
    </section>
  );
}
