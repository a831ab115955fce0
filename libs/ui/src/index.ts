export * from './format';
export * from './files';
export * from './label';
export * from './i18n';
export * from './messages';
export * from './error-messages';
export * from './code-labels';
export * from './react';
