import type { Download } from '@/app/lib/view-links';
import { DownloadLinks } from '@/app/ui/view-tools/download-links';
import type { Figures } from './chart-config';
import { ChartTable } from './chart-table';
import { EmptyChart } from './empty-chart';
import { LazyChart, type ChartSpec } from './lazy-chart';

interface Props {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows, for readers who cannot see it. */
  summary: string;
  /** Every figure the chart draws, as a table: the same rows the chart is given. */
  figures: Figures;
  /**
   * Fewer rows saying the same, for the box until the chart is drawn, when the full table
   * would fill it many times over (months summed into years, the smallest flows into one row).
   */
  compact?: { rows: Figures['rows']; note: string; columns?: Figures['columns'] };
  /** What the chart's marks mean when they need words (a key to numbered markers). */
  notes?: React.ReactNode;
  /** The chart, drawn in the browser over its figures; `null` when nothing is left to draw. */
  chart: ChartSpec | null;
  /** The chart box's height in px. */
  height?: number;
  /** The table as files, on the line of "View as table". */
  downloads?: Download[];
}

/** A chart with its title, a text summary and the same data as a table: in its box until the chart is drawn, and a click away after. */
export function ChartFrame({
  id,
  title,
  summary,
  figures,
  compact,
  notes,
  chart,
  height = 300,
  downloads,
}: Props) {
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <section aria-labelledby={titleId} className="section chart-frame">
      <h2 id={titleId}>{title}</h2>
      <p className="chart-summary" id={summaryId}>
        {summary}
      </p>
      {chart ? (
        <LazyChart
          chart={chart}
          height={height}
          placeholder={{
            titleId,
            summaryId,
            columns: compact?.columns ?? figures.columns,
            rows: compact?.rows ?? figures.rows,
            note: compact?.note,
          }}
        />
      ) : (
        <div className="chart-box" style={{ height }}>
          <EmptyChart />
        </div>
      )}
      {notes}
      <div className="chart-foot">
        <ChartTable figures={figures} />
        {downloads && <DownloadLinks downloads={downloads} what={`the table: ${title}`} />}
      </div>
    </section>
  );
}
