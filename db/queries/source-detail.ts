import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import type { AidCategory, AidStatus, SanctionMeasure, SanctionStatus } from '../vocabulary';
import type { PartyRef } from './aid-list';

/** A row citing the source, with every quote it takes from it (in the source's language). */
interface Citing {
  id: number;
  title: string;
  date: string;
  quotes: string[];
}

export interface CitingAid extends Citing {
  donor: PartyRef;
  recipient: PartyRef;
  category: AidCategory;
  status: AidStatus;
  amountUsd: number | null;
}

export interface CitingSanction extends Citing {
  imposer: PartyRef;
  target: PartyRef;
  measure: SanctionMeasure;
  status: SanctionStatus;
}

export interface SourceDetail {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  notes: string | null;
  updatedAt: string;
  aid: CitingAid[];
  sanctions: CitingSanction[];
  events: Citing[];
}

type Flat = Omit<Citing, 'quotes'> & { quote: string; aSlug: string; aName: string; bSlug: string; bName: string };

/** One row per citing entry, its quotes gathered in citation order. */
function gather<R extends Flat, T>(rows: R[], build: (row: R) => T): (T & { quotes: string[] })[] {
  const byId = new Map<number, T & { quotes: string[] }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { ...build(row), quotes: [] };
    entry.quotes.push(row.quote);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

const pair = (r: Flat) => [{ slug: r.aSlug, name: r.aName }, { slug: r.bSlug, name: r.bName }] as const;

/** One live source and every live row citing it (aid, sanctions, events), or null. */
export function getSource(id: number): SourceDetail | null {
  const db = getDb();
  const source = db.get<Omit<SourceDetail, 'aid' | 'sanctions' | 'events'>>(sql`
    SELECT id, title, publisher, url, published_on AS publishedOn, language, notes, updated_at AS updatedAt
    FROM sources WHERE id = ${id} AND retired_at IS NULL`);
  if (!source) return null;

  const aid = db.all<Flat & Pick<CitingAid, 'category' | 'status' | 'amountUsd'>>(sql`
    SELECT a.id, a.title, a.announced_on AS date, a.category, a.status, a.amount_usd AS amountUsd, c.quote,
           d.slug AS aSlug, d.name AS aName, r.slug AS bSlug, r.name AS bName
    FROM citations c
    JOIN aid_packages a ON a.id = c.aid_package_id AND a.retired_at IS NULL
    JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
    WHERE c.source_id = ${id}
    ORDER BY a.announced_on, a.id, c.id`);
  const sanctions = db.all<Flat & Pick<CitingSanction, 'measure' | 'status'>>(sql`
    SELECT x.id, x.title, x.announced_on AS date, x.measure, x.status, c.quote,
           i.slug AS aSlug, i.name AS aName, t.slug AS bSlug, t.name AS bName
    FROM citations c
    JOIN sanctions x ON x.id = c.sanction_id AND x.retired_at IS NULL
    JOIN parties i ON i.id = x.imposing_id JOIN parties t ON t.id = x.target_id
    WHERE c.source_id = ${id}
    ORDER BY x.announced_on, i.name, t.name, x.id, c.id`);
  const events = db.all<Flat>(sql`
    SELECT e.id, e.title, e.occurred_on AS date, c.quote, '' AS aSlug, '' AS aName, '' AS bSlug, '' AS bName
    FROM citations c
    JOIN events e ON e.id = c.event_id AND e.retired_at IS NULL
    WHERE c.source_id = ${id}
    ORDER BY e.occurred_on, e.id, c.id`);

  return {
    ...source,
    aid: gather(aid, (r) => {
      const [donor, recipient] = pair(r);
      return { id: r.id, title: r.title, date: r.date, donor, recipient, category: r.category, status: r.status, amountUsd: r.amountUsd };
    }),
    sanctions: gather(sanctions, (r) => {
      const [imposer, target] = pair(r);
      return { id: r.id, title: r.title, date: r.date, imposer, target, measure: r.measure, status: r.status };
    }),
    events: gather(events, (r) => ({ id: r.id, title: r.title, date: r.date })),
  };
}
