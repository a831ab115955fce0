import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '@lnob/domain';
import type { HubContext } from './context';

/**
 * Interim admin switch: mutations are decorated `@Authorized()` and need the admin token
 * (`Authorization: Bearer $LNOB_ADMIN_TOKEN`). The identity issue replaces this checker with roles.
 */
export const adminAuthChecker: AuthChecker<HubContext> = ({ context }) => {
  if (context.isAdmin) return true;
  if (context.hasCredentials) throw forbidden('ADMIN_REQUIRED', 'This operation needs the administrator token.');
  throw unauthenticated('Send the administrator token as "Authorization: Bearer …".');
};
