import type { DataSource } from 'typeorm';
import type { LocalDate } from '@lnob/domain';
import { byIdLoader, groupedLoader, keyGroupLoader } from '../../common/hierarchy';
import type { Caller } from '../auth/caller';
import { ReportEntity, ReportValueEntity } from './report.entity';
import { ReportService, type CascadeCompliance } from './report.service';

/**
 * Request-scoped loaders of the reports module. Rows by id and the stored values of many reports
 * (resolvers check scope); the compliance of many cascade nodes in one grouped statement per date,
 * over the reports the caller may read.
 */
export function createReportLoaders(ds: DataSource, caller: Caller) {
  const reports = new ReportService(ds, caller);
  return {
    reportById: byIdLoader(ds, ReportEntity),
    reportValuesByReport: groupedLoader(ds, ReportValueEntity, 'reportId', { id: 'ASC' }),
    cascadeCompliance: keyGroupLoader<{ planId: number; asOf: LocalDate }, CascadeCompliance | null>(
      (k) => `${k.planId}|${k.asOf}`,
      (k) => k.asOf,
      async (keys) => {
        const found = await reports.cascadeCompliance(keys.map((k) => k.planId), keys[0].asOf);
        return (k) => found.get(k.planId);
      },
      () => null,
    ),
  };
}
