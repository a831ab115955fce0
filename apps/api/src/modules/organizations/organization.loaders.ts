import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LOADER_BATCH_MAX, type LocalDate } from '@lnob/domain';
import { byIdLoader, childCountLoader, childrenLoader, successionLoader } from '../../common/hierarchy';
import type { Caller } from '../auth/caller';
import { OrganizationEntity, OrganizationSuccessionEntity } from './organization.entity';

export interface AreaLevelKey {
  areaId: number | null;
  level: string;
  validOn: LocalDate;
}

const areaLevelKey = (k: { areaId: number | null; level: string; validOn?: string }) => `${k.areaId ?? 'central'}|${k.level}|${k.validOn ?? ''}`;

/** Request-scoped loaders of the organizations module. */
export function createOrganizationLoaders(ds: DataSource, caller: Caller) {
  const organizationById = byIdLoader(ds, OrganizationEntity);
  const visible = caller.scope('organization.read').organizationSql('');
  return {
    organizationById,
    organizationChildren: childrenLoader(ds, OrganizationEntity, 'organization', 'nameSearch', organizationById, visible),
    organizationChildCount: childCountLoader(ds, 'organization', visible),
    /** Every organization of one area and level active on a date: a VFF committee and its members. */
    organizationsByAreaLevel: new DataLoader<AreaLevelKey, OrganizationEntity[], string>(
      async (keys) => {
        const byDate = new Map<string, AreaLevelKey[]>();
        for (const k of keys) byDate.set(k.validOn, [...(byDate.get(k.validOn) ?? []), k]);
        const found = new Map<string, OrganizationEntity[]>();
        for (const [validOn, group] of byDate) {
          const areaIds = [...new Set(group.map((k) => k.areaId).filter((a): a is number => a != null))];
          const central = group.some((k) => k.areaId == null);
          const qb = ds
            .getRepository(OrganizationEntity)
            .createQueryBuilder('o')
            .where('o.level IN (:...levels)', { levels: [...new Set(group.map((k) => k.level))] })
            .andWhere('o.validFrom <= :d AND (o.validTo IS NULL OR o.validTo >= :d)', { d: validOn });
          const areaConds: string[] = [];
          if (areaIds.length) areaConds.push('o.areaId IN (:...areaIds)');
          if (central) areaConds.push('o.areaId IS NULL');
          qb.andWhere(`(${areaConds.join(' OR ')})`, { areaIds });
          const rows = await qb.orderBy('o.nameSearch').addOrderBy('o.id').getMany();
          for (const r of rows) {
            organizationById.prime(r.id, r);
            const key = areaLevelKey({ areaId: r.areaId, level: r.level, validOn });
            found.set(key, [...(found.get(key) ?? []), r]);
          }
        }
        return keys.map((k) => found.get(areaLevelKey(k)) ?? []);
      },
      { maxBatchSize: LOADER_BATCH_MAX, cacheKeyFn: areaLevelKey },
    ),
    organizationPredecessors: successionLoader(ds, OrganizationSuccessionEntity, 'successorId'),
    organizationSuccessors: successionLoader(ds, OrganizationSuccessionEntity, 'predecessorId'),
  };
}
