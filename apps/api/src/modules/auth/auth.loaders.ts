import type { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../common/hierarchy';
import { ApiKeyEntity } from './api-key.entity';
import { RoleAssignmentEntity, UserEntity } from './user.entity';

/** Request-scoped loaders of the auth module (rows only: visibility is checked by the resolvers). */
export function createAuthLoaders(ds: DataSource) {
  return {
    userById: byIdLoader(ds, UserEntity),
    apiKeyById: byIdLoader(ds, ApiKeyEntity),
    /** Every assignment of many users, newest first, in one statement. */
    assignmentsByUser: groupedLoader(ds, RoleAssignmentEntity, 'userId', { validFrom: 'DESC', id: 'DESC' }),
  };
}
