import type { DataSource } from 'typeorm';
import type { LocalDate } from '@lnob/domain';
import type { Logger } from '../logger';
import type { PersonalReads } from '../modules/audit/personal-reads';
import type { Caller } from '../modules/auth/caller';
import type { Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver gets: one per request. */
export interface HubContext {
  requestId: string;
  dataSource: DataSource;
  /** Who is calling and where each action is allowed (docs/auth.md). */
  caller: Caller;
  /** Services acting for `caller`. */
  services: Services;
  loaders: Loaders;
  /** Personal fields returned by this request, written to the read audit when it ends. */
  personalReads: PersonalReads;
  log: Logger;
  /** "Today" in Vietnam for this request: the default `validOn`. */
  today: LocalDate;
  /** The client's address (Express `req.ip`; behind a proxy set LNOB_TRUST_PROXY): anonymous rate limits. */
  clientAddress: string;
}
