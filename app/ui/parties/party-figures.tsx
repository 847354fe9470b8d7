import Link from '@/app/ui/link';
import type { AidSide, PartyDetail } from '@/db/queries/parties/party-detail';
import { formatCount, formatUsd, formatUsdExact, pluralize } from '@/app/lib/format';

interface CardProps {
  id: string;
  title: string;
  href: string;
  figure: string;
  exact?: string;
  note: string;
  apart?: boolean;
}

/** One headline figure, linked to the filtered list of the rows it counts. */
function FigureCard({ id, title, href, figure, exact, note, apart }: CardProps) {
  return (
    <article className={apart ? 'card card-apart' : 'card'} aria-labelledby={`figure-${id}`}>
      <h3 id={`figure-${id}`}>{title}</h3>
      <p className="figure" data-testid={`party-${id}`}>
        <Link href={href} title={exact}>
          {figure}
        </Link>
      </p>
      <p className="card-note">{note}</p>
    </article>
  );
}

function committedFigure(side: AidSide): { figure: string; exact?: string } {
  if (side.committedCount === 0) return { figure: 'None' };
  if (side.committedUnquantified === side.committedCount) return { figure: formatUsd(null) };
  return { figure: formatUsd(side.committedUsd), exact: formatUsdExact(side.committedUsd) };
}

function committedNote(side: AidSide): string {
  if (side.committedCount === 0) return 'no approved, authorized or delivered package';
  const unknown =
    side.committedUnquantified > 0
      ? `, ${formatCount(side.committedUnquantified)} of undisclosed amount`
      : '';
  return `${pluralize(side.committedCount, 'package')} approved, authorized or delivered${unknown}`;
}

function requestNote(side: AidSide): string {
  const { count, unquantified, knownUsd } = side.requests;
  const amount = unquantified === count ? 'amount not disclosed' : `${formatUsd(knownUsd)} where known`;
  return `${amount} · not included in committed aid`;
}

export function PartyFigures({ party }: { party: PartyDetail }) {
  const { slug, name, figures } = party;
  // A page as of a day leads to the lists as of the same day.
  const asofTail = party.asof ? `&asof=${party.asof}` : '';
  const { given, received, imposed, suffered } = figures;
  return (
    <section className="section" aria-labelledby="figures-heading">
      <h2 id="figures-heading">At a glance</h2>
      <div className="cards">
        <FigureCard
          id="given"
          title="Aid given (committed)"
          href={`/aid?donor=${slug}&status=committed${asofTail}`}
          {...committedFigure(given)}
          note={committedNote(given)}
        />
        <FigureCard
          id="received"
          title="Aid received (committed)"
          href={`/aid?recipient=${slug}&status=committed${asofTail}`}
          {...committedFigure(received)}
          note={committedNote(received)}
        />
        <FigureCard
          id="imposed"
          title="Sanctions imposed (in force)"
          href={`/sanctions?imposer=${slug}&status=imposed${asofTail}`}
          figure={formatCount(imposed.inForce)}
          note={`in force, imposed by ${name}`}
        />
        <FigureCard
          id="suffered"
          title="Sanctions suffered (in force)"
          href={`/sanctions?target=${slug}&status=imposed${asofTail}`}
          figure={formatCount(suffered.inForce)}
          note={`in force, targeting ${name}`}
        />
        {/* Threats and uncommitted aid are shown apart, and only when there are some. */}
        {imposed.threatened > 0 && (
          <FigureCard
            id="threatened"
            title="Measures threatened"
            href={`/sanctions?imposer=${slug}&status=threatened${asofTail}`}
            figure={formatCount(imposed.threatened)}
            note={`threatened by ${name}, not in force`}
            apart
          />
        )}
        {suffered.threatened > 0 && (
          <FigureCard
            id="threatened-against"
            title="Threatened against it"
            href={`/sanctions?target=${slug}&status=threatened${asofTail}`}
            figure={formatCount(suffered.threatened)}
            note={`measures threatened against ${name}, not in force`}
            apart
          />
        )}
        {given.requests.count > 0 && (
          <FigureCard
            id="requests-given"
            title="Asked of it or pledged"
            href={`/aid?donor=${slug}&status=uncommitted${asofTail}`}
            figure={pluralize(given.requests.count, 'package')}
            note={requestNote(given)}
            apart
          />
        )}
        {received.requests.count > 0 && (
          <FigureCard
            id="requests-received"
            title="Asked for or pledged to it"
            href={`/aid?recipient=${slug}&status=uncommitted${asofTail}`}
            figure={pluralize(received.requests.count, 'package')}
            note={requestNote(received)}
            apart
          />
        )}
      </div>
    </section>
  );
}
