import type { DataSource } from 'typeorm';
import type { Services } from '../../common/services';
import type { Logger } from '../../logger';
import { UserEntity } from './user.entity';

/**
 * First start of a production database: with LNOB_BOOTSTRAP_ADMIN_PASSWORD set and no users yet,
 * create `admin`, a nationwide SYSTEM_ADMIN, through the services (validated and audited).
 */
export async function ensureBootstrapAdmin(services: Services, ds: DataSource, password: string | null, log: Logger): Promise<boolean> {
  if (!password || (await ds.getRepository(UserEntity).count()) > 0) return false;
  const user = await services.users.create({ username: 'admin', displayName: 'System administrator', email: null, phone: null, password, organizationId: null });
  await services.users.assignRole({ userId: user.id, role: 'SYSTEM_ADMIN', organizationId: null, viewOrganizationId: null, validFrom: '2000-01-01', validTo: null });
  log.warn('created the bootstrap administrator "admin": sign in, change its password, then unset LNOB_BOOTSTRAP_ADMIN_PASSWORD');
  return true;
}
