'use client';

import dynamic from 'next/dynamic';
import { ChartLoading } from './chart-loading';

// Recharts is the heaviest code on the overview. The charts load after the page has
// rendered (client only: Recharts cannot render on the server anyway), so the headline
// figures never wait for them; all from one module, so shared code loads once (see
// overview-charts.ts). The placeholder has the chart's size.
// (next/dynamic wants its options written out as a literal at every call.)

export const AidByCategoryChart = dynamic(() => import('./overview-charts').then((m) => m.AidByCategoryChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidByDonorChart = dynamic(() => import('./overview-charts').then((m) => m.AidByDonorChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidByStatusChart = dynamic(() => import('./overview-charts').then((m) => m.AidByStatusChart), {
  ssr: false,
  loading: ChartLoading,
});
export const CumulativeAidChart = dynamic(() => import('./overview-charts').then((m) => m.CumulativeAidChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidFlowChart = dynamic(() => import('./overview-charts').then((m) => m.AidFlowChart), {
  ssr: false,
  loading: ChartLoading,
});
export const SanctionBreakdownChart = dynamic(() => import('./overview-charts').then((m) => m.SanctionBreakdownChart), {
  ssr: false,
  loading: ChartLoading,
});
export const SanctionsOverTimeChart = dynamic(() => import('./overview-charts').then((m) => m.SanctionsOverTimeChart), {
  ssr: false,
  loading: ChartLoading,
});

// A party page's charts: one kind, loaded on its own, so a party page does not fetch the overview's.
export const PeriodBarChart = dynamic(() => import('./period-bar-chart').then((m) => m.PeriodBarChart), {
  ssr: false,
  loading: ChartLoading,
});
