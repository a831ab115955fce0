import { AreaEntity, AreaSuccessionEntity } from '../modules/areas/area.entity';
import { OrganizationEntity, OrganizationSuccessionEntity } from '../modules/organizations/organization.entity';

/** Every entity the hub maps; modules add theirs here. */
export const entities = [AreaEntity, AreaSuccessionEntity, OrganizationEntity, OrganizationSuccessionEntity];
