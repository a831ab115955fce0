import { Foundation1732100000000 } from './1732100000000-foundation';
import { Identity1763700000000 } from './1763700000000-identity';
import { Households1763800000000 } from './1763800000000-households';
import { PovertySummary1763900000000 } from './1763900000000-poverty-summary';
import { ImportJobs1764000000000 } from './1764000000000-import-jobs';
import { Funds1764100000000 } from './1764100000000-funds';
import { BankStatements1764200000000 } from './1764200000000-bank-statements';
import { Plans1764300000000 } from './1764300000000-plans';
import { Reports1764310000000 } from './1764310000000-reports';
import { Indicators1764320000000 } from './1764320000000-indicators';
import { Events1764330000000 } from './1764330000000-events';

/** Every migration, in order. One set for both engines, written with TypeORM's schema API. */
export const migrations = [Foundation1732100000000, Identity1763700000000, Households1763800000000, PovertySummary1763900000000, ImportJobs1764000000000, Funds1764100000000, BankStatements1764200000000, Plans1764300000000, Reports1764310000000, Indicators1764320000000, Events1764330000000];
