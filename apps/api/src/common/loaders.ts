import type { DataSource } from 'typeorm';
import { createAreaLoaders } from '../modules/areas/area.loaders';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders';

/** All request-scoped loaders: created per request, so nothing is cached across callers. */
export function createLoaders(ds: DataSource) {
  return { ...createAreaLoaders(ds), ...createOrganizationLoaders(ds) };
}

export type Loaders = ReturnType<typeof createLoaders>;
