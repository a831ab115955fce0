export * from './codes';
export * from './checks';
