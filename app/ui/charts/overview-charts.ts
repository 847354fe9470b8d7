// The overview's charts behind one dynamic import, so they load as one chunk group.
// Imported one by one, each chart was its own group, and Turbopack copied the modules
// several charts share (Recharts' Legend, the formatters, the palette) into each of them.
export { AidByCategoryChart } from './aid-by-category-chart';
export { AidByDonorChart } from './aid-by-donor-chart';
export { AidByStatusChart } from './aid-by-status-chart';
export { AidFlowChart } from './aid-flow-chart';
export { CumulativeAidChart } from './cumulative-aid-chart';
export { SanctionBreakdownChart } from './sanction-breakdown-chart';
export { SanctionsOverTimeChart } from './sanctions-over-time-chart';
