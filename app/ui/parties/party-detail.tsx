import Link from '@/app/ui/link';
import type { PartyDetail } from '@/db/queries/parties/party-detail';
import { formatCountry } from '@/app/lib/country';
import { formatVocabulary } from '@/app/lib/format';
import { PartyLinks } from '@/app/ui/party-links';
import { DateText, PartyLink } from '@/app/ui/values';
import { PartyCharts } from './party-charts';
import { PartyFigures } from './party-figures';
import { PartyTables } from './party-tables';

export function PartyDetailView({ party }: { party: PartyDetail }) {
  const country = formatCountry(party.countryCode);
  return (
    <article aria-labelledby="party-name">
      <p className="breadcrumb">
        <Link href="/parties">Parties</Link> / {formatVocabulary(party.kind)}
      </p>
      <h1 id="party-name">{party.name}</h1>
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
      <PartyTables party={party} />
      <p className="muted">
        Last updated <DateText iso={party.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
