export * from './lib/chart-model';
export * from './lib/chart-colours';
export { buildChartConfig, type ChartConfigInput } from './lib/chart-config';
export { DataChart } from './lib/data-chart';
