export * from './i18n-context';
export * from './controls';
export * from './states';
export * from './tree';
export * from './layout';
export * from './markdown';
export * from './table';
