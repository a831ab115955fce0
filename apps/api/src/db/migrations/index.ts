import { Foundation1732100000000 } from './1732100000000-foundation';

/** Every migration, in order. One set for both engines, written with TypeORM's schema API. */
export const migrations = [Foundation1732100000000];
