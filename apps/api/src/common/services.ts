import type { DataSource } from 'typeorm';
import { AreaService } from '../modules/areas/area.service';
import { OrganizationService } from '../modules/organizations/organization.service';

/** Services are stateless over the data source; one set per hub. */
export function createServices(ds: DataSource) {
  return { areas: new AreaService(ds), organizations: new OrganizationService(ds) };
}

export type Services = ReturnType<typeof createServices>;
