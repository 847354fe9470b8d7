'use client';

import dynamic from 'next/dynamic';
import { ChartLoading } from './chart-loading';

// Recharts is the heaviest code on the overview. Each chart loads in its own chunk after
// the page has rendered (client only: Recharts cannot render on the server anyway), so
// the headline figures never wait for it. The placeholder has the chart's size.
// (next/dynamic wants its options written out as a literal at every call.)

export const AidByCategoryChart = dynamic(() => import('./aid-by-category-chart').then((m) => m.AidByCategoryChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidByDonorChart = dynamic(() => import('./aid-by-donor-chart').then((m) => m.AidByDonorChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidByStatusChart = dynamic(() => import('./aid-by-status-chart').then((m) => m.AidByStatusChart), {
  ssr: false,
  loading: ChartLoading,
});
export const CumulativeAidChart = dynamic(() => import('./cumulative-aid-chart').then((m) => m.CumulativeAidChart), {
  ssr: false,
  loading: ChartLoading,
});
export const AidFlowChart = dynamic(() => import('./aid-flow-chart').then((m) => m.AidFlowChart), {
  ssr: false,
  loading: ChartLoading,
});
export const SanctionBreakdownChart = dynamic(() => import('./sanction-breakdown-chart').then((m) => m.SanctionBreakdownChart), {
  ssr: false,
  loading: ChartLoading,
});
export const SanctionsOverTimeChart = dynamic(() => import('./sanctions-over-time-chart').then((m) => m.SanctionsOverTimeChart), {
  ssr: false,
  loading: ChartLoading,
});
