import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LOADER_BATCH_MAX, type LocalDate } from '@lnob/domain';
import { byIdLoader, groupedLoader } from '../../common/hierarchy';
import type { Caller } from '../auth/caller';
import { ReportEntity, ReportValueEntity } from './report.entity';
import { ReportService, type CascadeCompliance } from './report.service';

/**
 * Request-scoped loaders of the reports module. Rows by id and the stored values of many reports
 * (resolvers check scope); the compliance of many cascade nodes in one grouped statement per date,
 * over the reports the caller may read.
 */
export function createReportLoaders(ds: DataSource, caller: Caller) {
  return {
    reportById: byIdLoader(ds, ReportEntity),
    reportValuesByReport: groupedLoader(ds, ReportValueEntity, 'reportId', { id: 'ASC' }),
    cascadeCompliance: new DataLoader<{ planId: number; asOf: LocalDate }, CascadeCompliance | null, string>(
      async (keys) => {
        const byDate = new Map<LocalDate, number[]>();
        for (const k of keys) byDate.set(k.asOf, [...(byDate.get(k.asOf) ?? []), k.planId]);
        const found = new Map<string, CascadeCompliance>();
        const service = new ReportService(ds, caller);
        for (const [asOf, ids] of byDate) {
          for (const [planId, c] of await service.cascadeCompliance([...new Set(ids)], asOf)) found.set(`${planId}|${asOf}`, c);
        }
        return keys.map((k) => found.get(`${k.planId}|${k.asOf}`) ?? null);
      },
      { maxBatchSize: LOADER_BATCH_MAX, cacheKeyFn: (k) => `${k.planId}|${k.asOf}` },
    ),
  };
}
