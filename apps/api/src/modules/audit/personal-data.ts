import type { MiddlewareFn } from 'type-graphql';
import { forbidden } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import type { NodeTypeName } from '../../common/relay/global-id';

/** Where a personal field's object sits, and whose it is. */
export interface PersonalLocation {
  rowId: number;
  orgPath: string | null;
  areaPath: string | null;
  /** The user the data belongs to, who may always read it. */
  ownerUserId?: number | null;
}

/** Said on every guarded field, so integrators see the rule in the schema. */
export const PERSONAL_NOTE =
  'Personal data: without a personal-data grant covering the object this field is null and the response carries a ' +
  'FORBIDDEN / PERSONAL_DATA_GRANT_REQUIRED error for its path; every read is audited (personalDataReads).';

/**
 * The personal-data guard, one mechanism for every personal field: the caller needs
 * `personalData.read` over the object (or owns the data); otherwise the field resolves to null with
 * an error entry for its path. Every value returned is recorded for the read audit.
 */
export function PersonalData<R>(entityType: NodeTypeName, locate: (root: R, ctx: HubContext) => Promise<PersonalLocation>): MiddlewareFn<HubContext> {
  return async ({ root, context, info }, next) => {
    const value = await next();
    if (value === null || value === undefined) return value;
    const where = await locate(root as R, context);
    const own = where.ownerUserId != null && where.ownerUserId === context.caller.userId;
    if (!own && !context.caller.scope('personalData.read').coversPaths(where.orgPath, where.areaPath)) {
      throw forbidden('PERSONAL_DATA_GRANT_REQUIRED', `Reading ${entityType}.${info.fieldName} needs a personal-data grant covering it.`);
    }
    context.personalReads.add(entityType, where.rowId, info.fieldName, where.orgPath, where.areaPath);
    return value;
  };
}
