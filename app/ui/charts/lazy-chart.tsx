'use client';

import { useEffect, useRef, useState, type ComponentType } from 'react';
import { ChartPlaceholder, type PlaceholderProps } from './chart-placeholder';

type Charts = typeof import('./recharts-charts');

/** Which chart to draw and its props: data only, as it crosses from the server. */
export type ChartSpec = {
  [K in keyof Charts]: { type: K; props: React.ComponentProps<Charts[K]> };
}[keyof Charts];

// Recharts draws nothing on the server and is the heaviest code on any page: it loads once,
// for all charts, when the first one nears the screen; the page never waits for it.
let charts: Promise<Charts> | null = null;
const loadCharts = () => (charts ??= import('./recharts-charts'));

// Far enough ahead that a chart scrolled to at reading speed is drawn when it arrives.
const AHEAD = '400px 0px';

interface Props {
  chart: ChartSpec;
  /** The box's height in px, the same with the placeholder as with the chart: nothing moves. */
  height: number;
  /**
   * The figures the box shows until the chart is drawn, and all it shows without JavaScript.
   * Written out here from the rows the chart draws: the page's data carries them once, not
   * again as the table's elements.
   */
  placeholder: PlaceholderProps;
}

/** A chart's box: its placeholder from the server, replaced by the chart as it nears the screen. */
export function LazyChart({ chart, height, placeholder }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Charts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        void loadCharts().then((m) => live && setLoaded(m));
      },
      { rootMargin: AHEAD },
    );
    seen.observe(el);
    return () => {
      live = false;
      seen.disconnect();
    };
  }, []);

  const Chart = loaded?.[chart.type] as ComponentType<typeof chart.props> | undefined;
  return (
    <div ref={box} className="chart-box" style={{ height }} data-chart-state={Chart ? 'drawn' : 'waiting'}>
      {Chart ? <Chart {...chart.props} /> : <ChartPlaceholder {...placeholder} />}
    </div>
  );
}
