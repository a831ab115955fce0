import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader } from '../../common/hierarchy';
import { ApiKeyEntity } from './api-key.entity';
import { RoleAssignmentEntity, UserEntity } from './user.entity';

/** Request-scoped loaders of the auth module (rows only: visibility is checked by the resolvers). */
export function createAuthLoaders(ds: DataSource) {
  return {
    userById: byIdLoader(ds, UserEntity),
    apiKeyById: byIdLoader(ds, ApiKeyEntity),
    /** Every assignment of many users, newest first, in one statement. */
    assignmentsByUser: new DataLoader<number, RoleAssignmentEntity[]>(
      async (ids) => {
        const rows = await ds.getRepository(RoleAssignmentEntity).find({ where: { userId: In([...ids]) }, order: { validFrom: 'DESC', id: 'DESC' } });
        const byUser = new Map<number, RoleAssignmentEntity[]>();
        for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
        return ids.map((id) => byUser.get(id) ?? []);
      },
      { maxBatchSize: LOADER_BATCH_MAX },
    ),
  };
}
