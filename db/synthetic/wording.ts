import type { AidCategory } from '../../domain/vocabulary';

// Quotes in the language of the source they come from, as an analyst would paste them.

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pl', 'uk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

interface Wording {
  decimal: string;
  /** Words for thousand, million, billion. */
  scales: [string, string, string];
  category: Record<AidCategory, string>;
  undisclosed: string;
  aid: (donor: string, amount: string, category: string, recipient: string) => string;
  threat: (imposer: string, target: string) => string;
  imposed: (imposer: string, target: string) => string;
  lifted: (imposer: string, target: string) => string;
  event: (party: string, date: string) => string;
}

export const WORDING: Record<Language, Wording> = {
  en: {
    decimal: '.',
    scales: ['thousand', 'million', 'billion'],
    category: { humanitarian: 'humanitarian', military: 'military', economic: 'economic' },
    undisclosed: 'an undisclosed amount',
    aid: (d, a, c, r) => `${d} will provide ${a} in ${c} aid to ${r}`,
    threat: (i, t) => `${i} warned it was ready to sanction ${t}`,
    imposed: (i, t) => `${i} imposed sanctions on ${t}`,
    lifted: (i, t) => `${i} lifted its sanctions on ${t}`,
    event: (p, d) => `Officials in ${p} confirmed the events of ${d}`,
  },
  fr: {
    decimal: ',',
    scales: ['mille', 'millions', 'milliards'],
    category: { humanitarian: 'humanitaire', military: 'militaire', economic: 'économique' },
    undisclosed: 'un montant non divulgué',
    aid: (d, a, c, r) => `${d} fournira ${a} d’aide ${c} à ${r}`,
    threat: (i, t) => `${i} s’est dit prêt à sanctionner ${t}`,
    imposed: (i, t) => `${i} a imposé des sanctions à ${t}`,
    lifted: (i, t) => `${i} a levé ses sanctions contre ${t}`,
    event: (p, d) => `Les autorités de ${p} ont confirmé les événements du ${d}`,
  },
  de: {
    decimal: ',',
    scales: ['Tausend', 'Millionen', 'Milliarden'],
    category: { humanitarian: 'humanitäre', military: 'militärische', economic: 'wirtschaftliche' },
    undisclosed: 'einen nicht genannten Betrag',
    aid: (d, a, c, r) => `${d} stellt ${r} ${a} für ${c} Hilfe bereit`,
    threat: (i, t) => `${i} drohte ${t} mit Sanktionen`,
    imposed: (i, t) => `${i} verhängte Sanktionen gegen ${t}`,
    lifted: (i, t) => `${i} hob die Sanktionen gegen ${t} auf`,
    event: (p, d) => `Behörden in ${p} bestätigten die Ereignisse vom ${d}`,
  },
  es: {
    decimal: ',',
    scales: ['mil', 'millones', 'mil millones'],
    category: { humanitarian: 'humanitaria', military: 'militar', economic: 'económica' },
    undisclosed: 'una cantidad no revelada',
    aid: (d, a, c, r) => `${d} aportará ${a} en ayuda ${c} a ${r}`,
    threat: (i, t) => `${i} advirtió que está dispuesto a sancionar a ${t}`,
    imposed: (i, t) => `${i} impuso sanciones a ${t}`,
    lifted: (i, t) => `${i} levantó sus sanciones contra ${t}`,
    event: (p, d) => `Las autoridades de ${p} confirmaron los hechos del ${d}`,
  },
  it: {
    decimal: ',',
    scales: ['mila', 'milioni', 'miliardi'],
    category: { humanitarian: 'umanitari', military: 'militari', economic: 'economici' },
    undisclosed: 'un importo non divulgato',
    aid: (d, a, c, r) => `${d} fornirà ${a} in aiuti ${c} a ${r}`,
    threat: (i, t) => `${i} si è detto pronto a sanzionare ${t}`,
    imposed: (i, t) => `${i} ha imposto sanzioni a ${t}`,
    lifted: (i, t) => `${i} ha revocato le sanzioni contro ${t}`,
    event: (p, d) => `Le autorità di ${p} hanno confermato gli eventi del ${d}`,
  },
  pl: {
    decimal: ',',
    scales: ['tys.', 'mln', 'mld'],
    category: { humanitarian: 'humanitarnej', military: 'wojskowej', economic: 'gospodarczej' },
    undisclosed: 'nieujawnioną kwotę',
    aid: (d, a, c, r) => `${d} przekaże ${a} pomocy ${c} dla: ${r}`,
    threat: (i, t) => `${i} zagroził sankcjami wobec: ${t}`,
    imposed: (i, t) => `${i} nałożył sankcje na: ${t}`,
    lifted: (i, t) => `${i} zniósł sankcje wobec: ${t}`,
    event: (p, d) => `Władze (${p}) potwierdziły wydarzenia z ${d}`,
  },
  uk: {
    decimal: ',',
    scales: ['тис.', 'млн', 'млрд'],
    category: { humanitarian: 'гуманітарної', military: 'військової', economic: 'економічної' },
    undisclosed: 'нерозкриту суму',
    aid: (d, a, c, r) => `${d} надасть ${a} ${c} допомоги (${r})`,
    threat: (i, t) => `${i} пригрозив санкціями: ${t}`,
    imposed: (i, t) => `${i} запровадив санкції проти: ${t}`,
    lifted: (i, t) => `${i} скасував санкції проти: ${t}`,
    event: (p, d) => `Влада (${p}) підтвердила події ${d}`,
  },
  ru: {
    decimal: ',',
    scales: ['тыс.', 'млн', 'млрд'],
    category: { humanitarian: 'гуманитарной', military: 'военной', economic: 'экономической' },
    undisclosed: 'нераскрытую сумму',
    aid: (d, a, c, r) => `${d} предоставит ${a} ${c} помощи (${r})`,
    threat: (i, t) => `${i} пригрозил санкциями: ${t}`,
    imposed: (i, t) => `${i} ввёл санкции против: ${t}`,
    lifted: (i, t) => `${i} отменил санкции против: ${t}`,
    event: (p, d) => `Власти (${p}) подтвердили события ${d}`,
  },
};

/** "1.25 billion USD" in the quote's language; 3 significant figures, as amounts are announced. */
export function amountText(w: Wording, amount: number, currency: string): string {
  const [scale, unit] =
    amount >= 1e9 ? [2, 1e9] : amount >= 1e6 ? [1, 1e6] : amount >= 1e3 ? [0, 1e3] : [-1, 1];
  if (scale < 0) return `${amount} ${currency}`;
  const x = amount / unit;
  const digits = String(Number(x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)));
  return `${w.decimal === '.' ? digits : digits.replace('.', w.decimal)} ${w.scales[scale]} ${currency}`;
}

/** Each party's name per language, by party id: states as the language writes them, others as named. */
export function localisedNames(
  parties: readonly { id: number; kind: string; countryCode: string | null; name: string }[],
): Record<Language, string[]> {
  const out = {} as Record<Language, string[]>;
  for (const lang of LANGUAGES) {
    const regions = new Intl.DisplayNames(lang, { type: 'region' });
    const names: string[] = [''];
    for (const p of parties)
      names[p.id] = p.kind === 'state' && p.countryCode ? (regions.of(p.countryCode) ?? p.name) : p.name;
    out[lang] = names;
  }
  return out;
}
