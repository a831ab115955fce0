export * from './calendar';
export * from './status';
export * from './workflow';
export * from './values';
export * from './compliance';
