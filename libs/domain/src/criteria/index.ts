export * from './criteria';
export * from './evaluate';
