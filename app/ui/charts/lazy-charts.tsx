'use client';

import dynamic from 'next/dynamic';
import { ChartLoading } from './chart-loading';

// Recharts is the heaviest code a party page loads: its charts load after the page has
// rendered (client only: Recharts cannot render on the server), so the figures never wait
// for them. The placeholder has the chart's size. (The overview's charts are drawn on the
// server instead: see plot.module.css.)
// (next/dynamic wants its options written out as a literal at every call.)

export const PeriodBarChart = dynamic(() => import('./period-bar-chart').then((m) => m.PeriodBarChart), {
  ssr: false,
  loading: ChartLoading,
});
