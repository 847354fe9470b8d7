import Link from '@/app/ui/link';
import type { PartyDetail } from '@/db/queries/parties/party-detail';
import { formatCountry } from '@/app/lib/country';
import { formatVocabulary } from '@/app/lib/format';
import { PartyLinks } from '@/app/ui/party-links';
import { DateText, PartyLink } from '@/app/ui/values';
import { ViewTools } from '@/app/ui/view-tools/view-tools';
import { PartyCharts } from './party-charts';
import { PartyFigures } from './party-figures';
import { PartyTables } from './party-tables';

interface Props {
  party: PartyDetail;
  /** Today (UTC), for the permalink's date. */
  today: string;
  /** The date the page shows the party as of, when its URL names one. */
  asof?: string;
}

export function PartyDetailView({ party, today, asof }: Props) {
  const country = formatCountry(party.countryCode);
  const params = { asof };
  return (
    <article aria-labelledby="party-name">
      <p className="breadcrumb">
        <Link href="/parties">Parties</Link> / {formatVocabulary(party.kind)}
      </p>
      <h1 id="party-name">{party.name}</h1>
      <ViewTools
        title={`${party.name}: aid, sanctions and events`}
        path={`/parties/${party.slug}`}
        params={params}
        today={today}
        downloads={[]}
      />
      <section className="section" aria-label="About">
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{formatVocabulary(party.kind)}</dd>
          <dt>Country</dt>
          <dd>
            {country ? (
              `${country} (${party.countryCode})`
            ) : (
              <span className="muted">none (not a single country)</span>
            )}
          </dd>
          {party.parent && (
            <>
              <dt>Part of</dt>
              <dd>
                <PartyLink party={party.parent} />
              </dd>
            </>
          )}
          {party.children.length > 0 && (
            <>
              <dt>Includes</dt>
              <dd>
                <PartyLinks parties={party.children} />
              </dd>
            </>
          )}
        </dl>
        {party.description && <p>{party.description}</p>}
      </section>
      <PartyFigures party={party} />
      <PartyCharts party={party} />
      <PartyTables party={party} params={params} />
      <p className="muted">
        Last updated <DateText iso={party.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
