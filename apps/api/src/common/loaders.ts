import type { DataSource } from 'typeorm';
import { createAreaLoaders } from '../modules/areas/area.loaders';
import { createAuthLoaders } from '../modules/auth/auth.loaders';
import type { Caller } from '../modules/auth/caller';
import { createEventLoaders } from '../modules/events/event.loaders';
import { createFundLoaders } from '../modules/funds/fund.loaders';
import { createHouseholdLoaders } from '../modules/households/household.loaders';
import { createIndicatorLoaders } from '../modules/indicators/indicator.loaders';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders';
import { createPlanLoaders } from '../modules/plans/plan.loaders';
import { createReportLoaders } from '../modules/reports/report.loaders';

/** All request-scoped loaders: created per request, so nothing is cached across callers. */
export function createLoaders(ds: DataSource, caller: Caller) {
  return { ...createAreaLoaders(ds, caller), ...createOrganizationLoaders(ds, caller), ...createAuthLoaders(ds), ...createHouseholdLoaders(ds), ...createFundLoaders(ds), ...createPlanLoaders(ds, caller), ...createReportLoaders(ds, caller), ...createEventLoaders(ds, caller), ...createIndicatorLoaders(ds) };
}

export type Loaders = ReturnType<typeof createLoaders>;
