import type { ResolvedParams } from './params/resolve-params';
import type { AID_PARAMS } from './params/aid';
import type { CHANGE_PARAMS } from './params/changes';
import type { EVENT_PARAMS } from './params/events';
import type { OVERVIEW_PARAMS } from './params/overview';
import type { PARTY_PARAMS } from './params/parties';
import type { SANCTION_PARAMS } from './params/sanctions';
import type { SOURCE_PARAMS } from './params/sources';
import { CHANGE_KIND_LABELS } from '@/domain/changes';
import { formatDate, formatLanguage, formatVocabulary } from './format';

// What a view shows, in words, for its citation: "Aid from United States to Ukraine,
// category: military, 2022". Parties read as the sentence puts them (from, to, by, on);
// other filters as "name: value"; whole years as years.

type Part = string | false | undefined;

const join = (head: string, parts: Part[]) => [head, ...parts.filter(Boolean)].join(', ');
const named = (label: string, value: string | undefined) => value && `${label}: ${formatVocabulary(value)}`;
const matching = (q: string | undefined) => q && `matching “${q}”`;
const side = (word: string, party: { name: string } | undefined) => (party ? ` ${word} ${party.name}` : '');

/** `2022`, `2022–2023`, `from 1 Mar 2022`, `1 Mar 2022 – 30 Jun 2022`: whole years as years, else the days. */
export function dateRange(from: string | undefined, to: string | undefined): string | undefined {
  const whole = (!from || from.endsWith('-01-01')) && (!to || to.endsWith('-12-31'));
  const day = (iso: string) => (whole ? iso.slice(0, 4) : formatDate(iso));
  if (from && to) return day(from) === day(to) ? day(from) : `${day(from)}${whole ? '–' : ' – '}${day(to)}`;
  if (from) return `from ${day(from)}`;
  if (to) return `until ${day(to)}`;
  return undefined;
}

const AID_STATUS_WORDS: Record<string, string> = {
  committed: 'Committed (approved to delivered)',
  uncommitted: 'Requested or pledged',
};

export function aidViewTitle({ values: v, parties: p }: ResolvedParams<typeof AID_PARAMS>): string {
  const head = `Aid${side('from', p.donor)}${side('to', p.recipient)}${side('involving', p.party)}`;
  return join(head, [
    named('category', v.category),
    v.status && `status: ${AID_STATUS_WORDS[v.status] ?? formatVocabulary(v.status)}`,
    dateRange(v.from, v.to),
    matching(v.q),
  ]);
}

export function sanctionViewTitle({ values: v, parties: p }: ResolvedParams<typeof SANCTION_PARAMS>): string {
  const head = `Sanctions${side('by', p.imposer)}${side('on', p.target)}${side('involving', p.party)}`;
  return join(head, [
    named('measure', v.measure),
    named('status', v.status),
    named('target kind', v.targetKind),
    dateRange(v.from, v.to),
    matching(v.q),
  ]);
}

export function eventViewTitle({ values: v, parties: p }: ResolvedParams<typeof EVENT_PARAMS>): string {
  return join(`Events${side('involving', p.party)}`, [dateRange(v.from, v.to), matching(v.q)]);
}

export function partyViewTitle({ values: v }: ResolvedParams<typeof PARTY_PARAMS>): string {
  return join('Parties', [named('kind', v.kind), named('role', v.role), matching(v.q)]);
}

export function sourceViewTitle({ values: v }: ResolvedParams<typeof SOURCE_PARAMS>): string {
  return join('Sources', [
    v.language && `language: ${formatLanguage(v.language)}`,
    dateRange(v.from, v.to),
    matching(v.q),
  ]);
}

export function changeViewTitle({ values: v, parties: p }: ResolvedParams<typeof CHANGE_PARAMS>): string {
  const head = `Changes${v.kind ? ` to ${CHANGE_KIND_LABELS[v.kind].toLowerCase()}` : ''}`;
  return join(`${head}${side('involving', p.party)}`, [dateRange(v.since, v.until)]);
}

export function overviewViewTitle({ values: v, parties: p }: ResolvedParams<typeof OVERVIEW_PARAMS>): string {
  return join(`Overview${side('of', p.party)}`, [
    named('aid category', v.category),
    named('sanction measure', v.measure),
    dateRange(v.from, v.to),
  ]);
}
