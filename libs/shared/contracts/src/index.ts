export * from './lib/enums';
export * from './lib/labels';
export * from './lib/api';
export * from './lib/stabsstelle';
