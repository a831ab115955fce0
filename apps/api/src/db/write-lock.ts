import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '@lnob/domain';
import { dialectOf } from './dialect';

const LOCK_WAIT_SECONDS = 10;

/**
 * Run `fn` in one transaction while holding a named write lock, so that check-then-write rules
 * (a code unique among overlapping dates, shares of a unit summing to ≤ 1) hold under concurrent
 * requests. MySQL/MariaDB: GET_LOCK on a dedicated connection, released after commit or rollback.
 * SQLite: writes are already serialised by the single connection, a plain transaction suffices.
 */
export async function withWriteLock<T>(ds: DataSource, name: string, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (dialectOf(ds).kind === 'sqlite') return ds.transaction(fn);
  const qr = ds.createQueryRunner();
  await qr.connect();
  // Lock names are server-wide: qualify them with the database, so hubs sharing a server do not wait on each other.
  const lock = `lnob:${String((ds.options as { database?: string }).database ?? '')}:${name}`.slice(0, 64);
  try {
    const [row] = (await qr.query('SELECT GET_LOCK(?, ?) AS got', [lock, LOCK_WAIT_SECONDS])) as { got: number | string | null }[];
    if (Number(row?.got) !== 1) throw conflict('BUSY', `Another change to ${name} is in progress; try again.`);
    try {
      await qr.startTransaction();
      try {
        const result = await fn(qr.manager);
        await qr.commitTransaction();
        return result;
      } catch (e) {
        await qr.rollbackTransaction();
        throw e;
      }
    } finally {
      await qr.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } finally {
    await qr.release();
  }
}
