import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader, childCountLoader, childrenLoader } from '../../common/hierarchy';
import { AreaEntity, AreaSuccessionEntity } from './area.entity';

/** Request-scoped loaders of the areas module: one factory each. */
export function createAreaLoaders(ds: DataSource) {
  const areaById = byIdLoader(ds, AreaEntity);
  return {
    areaById,
    areaChildren: childrenLoader(ds, AreaEntity, 'area', 'code', areaById),
    areaChildCount: childCountLoader(ds, 'area'),
    /** Links where the area is the successor (its predecessors). */
    areaPredecessors: successionLoader(ds, 'successorId'),
    /** Links where the area is the predecessor (its successors). */
    areaSuccessors: successionLoader(ds, 'predecessorId'),
  };
}

function successionLoader(ds: DataSource, side: 'successorId' | 'predecessorId') {
  return new DataLoader<number, AreaSuccessionEntity[]>(
    async (ids) => {
      const rows = await ds.getRepository(AreaSuccessionEntity).find({
        where: { [side]: In([...ids]) },
        order: { effectiveOn: 'ASC', id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r[side] === id));
    },
    { maxBatchSize: LOADER_BATCH_MAX },
  );
}
