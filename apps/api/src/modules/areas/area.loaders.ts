import type { DataSource } from 'typeorm';
import { byIdLoader, childCountLoader, childrenLoader, successionLoader } from '../../common/hierarchy';
import type { Caller } from '../auth/caller';
import { AreaEntity, AreaSuccessionEntity } from './area.entity';

/** Request-scoped loaders of the areas module: one factory each. */
export function createAreaLoaders(ds: DataSource, caller: Caller) {
  const areaById = byIdLoader(ds, AreaEntity);
  const visible = caller.scope('area.read').areaPathSql('path');
  return {
    areaById,
    areaChildren: childrenLoader(ds, AreaEntity, 'area', 'code', areaById, visible),
    areaChildCount: childCountLoader(ds, 'area', visible),
    /** Links where the area is the successor (its predecessors). */
    areaPredecessors: successionLoader(ds, AreaSuccessionEntity, 'successorId'),
    /** Links where the area is the predecessor (its successors). */
    areaSuccessors: successionLoader(ds, AreaSuccessionEntity, 'predecessorId'),
  };
}
