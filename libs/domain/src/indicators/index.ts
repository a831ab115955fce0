export * from './codes';
export * from './decimal';
export * from './figures';
export * from './targets';
export * from './catalogue';
