import { DAY_COUNT, DAYS, type Timeline } from './calendar';
import type { Cast } from './cast';
import { weightedTable, type Rng } from './random';
import type { Language } from './wording';

// A few thousand sources: news, official journals and trackers, in eight languages.
// Kept in memory (they are few) and sorted by date, so a row can cite one published
// on or just after the day it was announced.

interface Publisher {
  name: string;
  domain: string;
  section: string;
  language: Language;
}

const PUBLISHERS = weightedTable<Publisher>([
  [{ name: 'Reuters', domain: 'www.reuters.com', section: 'world', language: 'en' }, 12],
  [{ name: 'Associated Press', domain: 'apnews.com', section: 'article', language: 'en' }, 8],
  [{ name: 'BBC News', domain: 'www.bbc.com', section: 'news', language: 'en' }, 6],
  [{ name: 'The Guardian', domain: 'www.theguardian.com', section: 'world', language: 'en' }, 5],
  [{ name: 'The Kyiv Independent', domain: 'kyivindependent.com', section: 'news', language: 'en' }, 5],
  [
    {
      name: 'U.S. Department of the Treasury',
      domain: 'home.treasury.gov',
      section: 'news/press-releases',
      language: 'en',
    },
    5,
  ],
  [
    {
      name: 'Official Journal of the European Union',
      domain: 'eur-lex.europa.eu',
      section: 'legal-content',
      language: 'en',
    },
    4,
  ],
  [{ name: 'GOV.UK', domain: 'www.gov.uk', section: 'government/news', language: 'en' }, 4],
  [
    {
      name: 'Kiel Institute for the World Economy',
      domain: 'www.ifw-kiel.de',
      section: 'publications',
      language: 'en',
    },
    3,
  ],
  [{ name: 'ReliefWeb', domain: 'reliefweb.int', section: 'report', language: 'en' }, 3],
  [{ name: 'Le Monde', domain: 'www.lemonde.fr', section: 'international/article', language: 'fr' }, 5],
  [{ name: 'France 24', domain: 'www.france24.com', section: 'fr', language: 'fr' }, 3],
  [{ name: 'Der Spiegel', domain: 'www.spiegel.de', section: 'ausland', language: 'de' }, 4],
  [
    {
      name: 'Die Bundesregierung',
      domain: 'www.bundesregierung.de',
      section: 'breg-de/aktuelles',
      language: 'de',
    },
    3,
  ],
  [{ name: 'El País', domain: 'elpais.com', section: 'internacional', language: 'es' }, 5],
  [{ name: 'Corriere della Sera', domain: 'www.corriere.it', section: 'esteri', language: 'it' }, 4],
  [{ name: 'Rzeczpospolita', domain: 'www.rp.pl', section: 'swiat', language: 'pl' }, 4],
  [{ name: 'Ukrainska Pravda', domain: 'www.pravda.com.ua', section: 'news', language: 'uk' }, 5],
  [{ name: 'Suspilne', domain: 'suspilne.media', section: 'news', language: 'uk' }, 3],
  [{ name: 'Meduza', domain: 'meduza.io', section: 'news', language: 'ru' }, 4],
  [{ name: 'Kommersant', domain: 'www.kommersant.ru', section: 'doc', language: 'ru' }, 4],
]);

const TITLES: Record<Language, (x: string) => string> = {
  en: (x) => `${x}: the latest on aid and sanctions`,
  fr: (x) => `${x} : les dernières annonces d’aide et de sanctions`,
  de: (x) => `${x}: neue Hilfen und Sanktionen`,
  es: (x) => `${x}: últimas noticias sobre ayuda y sanciones`,
  it: (x) => `${x}: gli ultimi aiuti e le sanzioni`,
  pl: (x) => `${x}: najnowsze informacje o pomocy i sankcjach`,
  uk: (x) => `${x}: нова допомога та санкції`,
  ru: (x) => `${x}: новая помощь и санкции`,
};

export interface SourceRow {
  id: number;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string;
  language: Language;
  notes: string | null;
}

export interface SourceShelf {
  rows: SourceRow[];
  /** A source published on `day` or within the following days (the latest ones otherwise). */
  near: (rng: Rng, day: number) => SourceRow;
}

export function createSources(
  rng: Rng,
  count: number,
  timeline: Timeline,
  cast: Cast,
  names: Record<Language, string[]>,
): SourceShelf {
  const days = Int32Array.from({ length: count }, () => timeline.anyDay.draw(rng)).sort();
  const rows = Array.from(days, (day, i): SourceRow => {
    const p = PUBLISHERS.draw(rng);
    const about = rng.chance(0.5) ? cast.recipient(rng) : cast.target(rng);
    const date = DAYS[day] as string;
    const id = i + 1;
    const printOnly = rng.chance(0.04);
    return {
      id,
      title: TITLES[p.language](names[p.language][about] ?? cast.name(about)),
      publisher: p.name,
      url: printOnly
        ? null
        : `https://${p.domain}/${p.section}/${date.replaceAll('-', '/')}/${((id * 2_654_435_761) >>> 0).toString(36)}`,
      publishedOn: date,
      language: p.language,
      notes: printOnly ? 'Print edition; no link.' : null,
    };
  });
  // firstOnOrAfter[d]: index of the first source published on day d or later.
  const firstOnOrAfter = new Int32Array(DAY_COUNT + 1);
  let j = 0;
  for (let d = 0; d <= DAY_COUNT; d++) {
    while (j < count && (days[j] as number) < d) j++;
    firstOnOrAfter[d] = j;
  }
  const window = Math.min(count, 6);
  return {
    rows,
    near: (r, day) => {
      const i = (firstOnOrAfter[day] as number) + r.int(window);
      return rows[i < count ? i : count - 1 - r.int(window)] as SourceRow;
    },
  };
}
