import Link from '@/app/ui/link';
import type { PageResult } from '@/db/queries/list/filters';
import type { PartyDetail } from '@/db/queries/parties/party-detail';
import { formatCount, pluralize } from '@/app/lib/format';
import { listDownloads, type Download, type Params } from '@/app/lib/view-links';
import { DownloadLinks } from '@/app/ui/view-tools/download-links';
import { AidTable, EventTable, SanctionTable } from '@/app/ui/tables/entry-tables';
import styles from './party-detail.module.css';

interface Block {
  id: string;
  title: string;
  result: PageResult<unknown>;
  noun: [string, string];
  /** The full list, filtered to this party. */
  href: string;
  /** The same rows, all of them, as files. */
  downloads: Download[];
  table: React.ReactNode;
}

/**
 * The party's latest rows of each kind, whatever their status (the badges say which are
 * committed or in force), each with the way to all of them and their downloads; empty kinds
 * named in one line. `params` are the page's own (its date), which the downloads carry.
 */
export function PartyTables({ party, params }: { party: PartyDetail; params: Params }) {
  const { slug, name, activity: a } = party;
  const files = (api: string, filter: Params) => listDownloads(api, { ...filter, ...params });
  // A page as of a day leads to the lists as of the same day.
  const asofTail = party.asof ? `&asof=${party.asof}` : '';
  const blocks: Block[] = [
    {
      id: 'aid-given',
      title: 'Aid packages as donor',
      result: a.aidGiven,
      noun: ['aid package', 'aid packages'],
      href: `/aid?donor=${slug}${asofTail}`,
      downloads: files('/api/v1/aid', { donor: slug }),
      table: <AidTable caption={`Aid packages with ${name} as donor`} rows={a.aidGiven.rows} />,
    },
    {
      id: 'aid-received',
      title: 'Aid packages as recipient',
      result: a.aidReceived,
      noun: ['aid package', 'aid packages'],
      href: `/aid?recipient=${slug}${asofTail}`,
      downloads: files('/api/v1/aid', { recipient: slug }),
      table: <AidTable caption={`Aid packages with ${name} as recipient`} rows={a.aidReceived.rows} />,
    },
    {
      id: 'sanctions-imposed',
      title: 'Sanctions as imposing party',
      result: a.sanctionsImposed,
      noun: ['sanction', 'sanctions'],
      href: `/sanctions?imposer=${slug}${asofTail}`,
      downloads: files('/api/v1/sanctions', { imposer: slug }),
      table: <SanctionTable caption={`Sanctions by ${name}`} rows={a.sanctionsImposed.rows} />,
    },
    {
      id: 'sanctions-suffered',
      title: 'Sanctions as target',
      result: a.sanctionsSuffered,
      noun: ['sanction', 'sanctions'],
      href: `/sanctions?target=${slug}${asofTail}`,
      downloads: files('/api/v1/sanctions', { target: slug }),
      table: <SanctionTable caption={`Sanctions on ${name}`} rows={a.sanctionsSuffered.rows} />,
    },
    {
      id: 'events',
      title: 'Events',
      result: a.events,
      noun: ['event', 'events'],
      href: `/events?party=${slug}${asofTail}`,
      downloads: files('/api/v1/events', { party: slug }),
      table: <EventTable caption={`Events involving ${name}`} rows={a.events.rows} />,
    },
  ];
  const shown = blocks.filter((b) => b.result.total > 0);
  const empty = blocks.filter((b) => b.result.total === 0);

  return (
    <>
      {shown.map((b) => (
        <section key={b.id} className="section" aria-labelledby={`${b.id}-heading`}>
          <h2 id={`${b.id}-heading`}>
            {b.title} <span className="muted">({formatCount(b.result.total)})</span>
          </h2>
          {b.table}
          <div className={styles.foot}>
            <p className={styles.seeAll}>
              <Link href={b.href}>
                {b.result.total > b.result.rows.length
                  ? `All ${pluralize(b.result.total, ...b.noun)}`
                  : `${b.result.total === 1 ? 'This' : 'These'} in the full list`}{' '}
                →
              </Link>
            </p>
            <DownloadLinks downloads={b.downloads} what={b.title.toLowerCase()} />
          </div>
        </section>
      ))}
      {empty.length > 0 && (
        <p className="muted" data-testid="nothing-recorded">
          Nothing recorded for {name}:{' '}
          {empty.map((b) => b.title.charAt(0).toLowerCase() + b.title.slice(1)).join('; ')}.
        </p>
      )}
    </>
  );
}
