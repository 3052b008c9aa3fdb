export * from './lib/enums';
export * from './lib/labels';
export * from './lib/api';
export * from './lib/reporting';
export * from './lib/jobs';
export * from './lib/indicators';
export * from './lib/stabsstelle';
export * from './lib/imports';
