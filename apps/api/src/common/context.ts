import type { DataSource } from 'typeorm';
import type { LocalDate } from '@lnob/domain';
import type { Logger } from '../logger';
import type { Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver gets: one per request. */
export interface HubContext {
  requestId: string;
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  log: Logger;
  /** "Today" in Vietnam for this request: the default `validOn`. */
  today: LocalDate;
  /** Interim admin switch: true when the request carries the admin token (replaced by roles later). */
  isAdmin: boolean;
  /** Whether the request carried any Authorization header. */
  hasCredentials: boolean;
}
