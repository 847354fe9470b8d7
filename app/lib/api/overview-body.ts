import 'server-only';
import {
  getOverviewAidCharts,
  getOverviewHeadlines,
  getOverviewSanctionCharts,
  getOverviewTimeline,
} from '@/app/lib/overview-data';
import type { OverviewFilter } from '@/db/queries/overview/overview-filter';
import type { SanctionGroup, StatusCounts } from '@/db/queries/sanctions/overview-sanctions';
import type { OverviewBody, OverviewTables } from '@/domain/api/overview';

// The overview's figures as the API names them, from the same cached reads the page
// renders, so the JSON, each CSV and the page agree for the same filters.

const PAGES = { event: '/events', aid: '/aid', threat: '/sanctions', sanction: '/sanctions' } as const;

const statusCells = (byStatus: StatusCounts, total: number) => ({ ...byStatus, total });

export async function readOverview(
  filter: OverviewFilter,
): Promise<Pick<OverviewBody, 'headlines' | 'tables' | 'timeline_total'>> {
  const [headlines, aid, sanctions, timeline] = await Promise.all([
    getOverviewHeadlines(filter),
    getOverviewAidCharts(filter),
    getOverviewSanctionCharts(filter),
    getOverviewTimeline(filter),
  ]);
  const totals = headlines.aid;
  const group = <K extends string>(g: SanctionGroup<K>) => statusCells(g.byStatus, g.total);
  const tables: OverviewTables = {
    aid_by_category: aid.totals.byCategory.map((c) => ({
      category: c.category,
      committed_usd: c.usd,
      packages: c.count,
    })),
    aid_by_donor: aid.byDonor.donors.map((d) => ({
      donor: d.slug,
      donor_name: d.name,
      humanitarian_usd: d.byCategory.humanitarian,
      military_usd: d.byCategory.military,
      economic_usd: d.byCategory.economic,
      committed_usd: d.usd,
      packages: d.count,
    })),
    aid_by_status: aid.byStatus.map((s) => ({
      status: s.status,
      packages: s.count,
      known_usd: s.knownUsd,
      undisclosed: s.unquantified,
    })),
    aid_flows: aid.flows.map((f) => ({
      donor: f.donor.slug,
      donor_name: f.donor.name,
      recipient: f.recipient.slug,
      recipient_name: f.recipient.name,
      committed_usd: f.usd,
      packages: f.count,
    })),
    aid_over_time: aid.cumulative.points.map((p) => ({
      period: aid.cumulative.bin === 'month' ? p.date.slice(0, 7) : p.date,
      bin: aid.cumulative.bin,
      committed_usd: p.usd,
      cumulative_usd: p.cumulativeUsd,
    })),
    aid_over_time_events: aid.events.flatMap((m) =>
      m.events.map((e) => ({ date: m.date, event_id: e.id, title: e.title, permalink: `/events/${e.id}` })),
    ),
    sanctions_by_imposer: sanctions.byImposer.map((g) => ({
      imposer: g.slug,
      imposer_name: g.name,
      ...statusCells(g.byStatus, g.total),
    })),
    sanctions_by_target_kind: sanctions.byTargetKind.map((g) => ({ target_kind: g.key, ...group(g) })),
    sanctions_by_measure: sanctions.byMeasure.map((g) => ({ measure: g.key, ...group(g) })),
    sanctions_over_time: sanctions.overTime.points.map((g) => ({
      period: g.key,
      bin: sanctions.overTime.bin,
      ...group(g),
    })),
    timeline: timeline.entries.map((e) => ({
      date: e.date,
      type: e.type,
      id: e.id,
      title: e.title,
      status: e.status,
      kind: e.kind,
      amount_usd: e.amountUsd,
      parties: e.parties.map((p) => p.slug),
      party_names: e.parties.map((p) => p.name),
      permalink: `${PAGES[e.type]}/${e.id}`,
    })),
  };
  return {
    headlines: {
      aid: {
        committed_usd: totals.committedUsd,
        committed_packages: totals.committedCount,
        uncommitted_packages: totals.uncommitted.count,
        uncommitted_known_usd: totals.uncommitted.knownUsd,
        uncommitted_undisclosed: totals.uncommitted.unquantifiedCount,
      },
      sanctions: {
        in_force: headlines.sanctions.inForce,
        imposers: headlines.sanctions.imposers,
        targets: headlines.sanctions.targets,
        threatened: headlines.sanctions.threatened,
      },
    },
    tables,
    timeline_total: timeline.total,
  };
}
