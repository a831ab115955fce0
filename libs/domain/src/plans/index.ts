export * from './codes';
export * from './draft';
export * from './tasks';
export * from './obligations';
export * from './milestones';
export * from './reporters';
