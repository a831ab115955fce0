import type { DataSource } from 'typeorm';
import { byIdLoader, childCountLoader, childrenLoader, successionLoader } from '../../common/hierarchy';
import { AreaEntity, AreaSuccessionEntity } from './area.entity';

/** Request-scoped loaders of the areas module: one factory each. */
export function createAreaLoaders(ds: DataSource) {
  const areaById = byIdLoader(ds, AreaEntity);
  return {
    areaById,
    areaChildren: childrenLoader(ds, AreaEntity, 'area', 'code', areaById),
    areaChildCount: childCountLoader(ds, 'area'),
    /** Links where the area is the successor (its predecessors). */
    areaPredecessors: successionLoader(ds, AreaSuccessionEntity, 'successorId'),
    /** Links where the area is the predecessor (its successors). */
    areaSuccessors: successionLoader(ds, AreaSuccessionEntity, 'predecessorId'),
  };
}
