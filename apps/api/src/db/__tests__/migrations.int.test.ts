import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../data-source';
import { migrations } from '../migrations';
import { createLogger } from '../../logger';
import { engines, freshDatabase } from '../../testing/harness';

describe.each(engines())('migrations on %s', (engine) => {
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase(engine);
    drop = fresh.drop;
    ds = createDataSource(fresh.db, createLogger('silent'));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('applies every migration once, in order', async () => {
    expect(await migrate(ds)).toEqual(migrations.map((m) => new m().name));
    expect(await migrate(ds)).toEqual([]);
  });

  it('leaves a schema that matches the entities exactly (no drift)', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be rolled back to an empty database and applied again', async () => {
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    const tables = (await ds.createQueryRunner().getTables(['area', 'organization'])).map((t) => t.name);
    expect(tables).toEqual([]);
    expect((await migrate(ds)).length).toBe(migrations.length);
  });
});
