// Every chart drawn with Recharts, in one module: the browser imports it (one chunk, once)
// when the first chart nears the screen, never with the page (see lazy-chart.tsx).
export { BarsChart } from './bars-chart';
export { FlowsChart } from './flows-chart';
export { RunningTotalChart } from './running-total-chart';
