import type { DataSource } from 'typeorm';
import { todayLocal, type LocalDate } from '@lnob/domain';
import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.writer';
import { Caller } from '../auth/caller';
import { PlanEntity } from '../plans/plan.entity';
import { openReportInstances } from './report-generation';

/** How often the clock opens the reporting periods that came due (reports open 30 days before their due date). */
const REPORTING_CLOCK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Opens the periods of every ISSUED plan whose reports have opened by `asOf` (default: today in
 * Vietnam), one transaction per plan; each plan that got new reports gets an audit entry by the
 * system. Returns the number of reports made per plan id (plans with none are left out).
 */
export async function openAllReportingPeriods(ds: DataSource, asOf: LocalDate = todayLocal(), caller = Caller.system('reporting-clock')): Promise<Map<number, number>> {
  const plans = await ds.getRepository(PlanEntity).find({ select: { id: true, orgPath: true, areaPath: true }, where: { status: 'ISSUED' }, order: { id: 'ASC' } });
  const made = new Map<number, number>();
  for (const p of plans) {
    const created = await ds.transaction(async (m) => {
      const n = await openReportInstances(m, p.id, asOf);
      if (n > 0) await recordAudit(m, caller, { entityType: 'Plan', entityRowId: p.id, action: 'openReportingPeriods', before: null, after: { asOf, created: n }, orgPath: p.orgPath });
      return n;
    });
    if (created > 0) made.set(p.id, created);
  }
  return made;
}

/**
 * The hourly clock of the API process (started by main.ts, never by the tests): opens reporting
 * periods as time passes, at start-up and then every hour. A failed run is logged and retried at
 * the next tick. `stop()` clears the timer and waits for a run in progress. `today` is for tests.
 */
export function startReportingClock(ds: DataSource, log: Logger, intervalMs = REPORTING_CLOCK_INTERVAL_MS, today: () => LocalDate = () => todayLocal()): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const made = await openAllReportingPeriods(ds, today());
        const total = [...made.values()].reduce((a, b) => a + b, 0);
        if (total > 0) log.info({ reports: total, plans: made.size }, 'reporting periods opened');
      } catch (err) {
        log.error({ err }, 'reporting clock: opening reporting periods failed');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
