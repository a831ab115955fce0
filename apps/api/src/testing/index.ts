export * from './harness';
export { createDataSource, detectFlavor, migrate } from '../db/data-source';
export { entities } from '../db/entities';
export { AreaEntity, AreaSuccessionEntity } from '../modules/areas/area.entity';
export { OrganizationEntity, OrganizationSuccessionEntity } from '../modules/organizations/organization.entity';
export { createLogger } from '../logger';
export { parseDatabaseUrl } from '../config';
