import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../schema';
import { SCHEMA_FILE, schemaSdl } from '../schema-file';

describe('apps/api/schema.graphql', () => {
  it('is the schema the API builds (run `npm run schema` and commit it when this fails)', async () => {
    const built = schemaSdl(await buildHubSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });

  it('describes every type and field for integrators', async () => {
    const schema = await buildHubSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!type.description && type.name !== 'Query' && type.name !== 'Mutation') missing.push(type.name);
      if ('getFields' in type && type.name !== 'Query' && type.name !== 'Mutation') {
        for (const f of Object.values(type.getFields())) {
          if (!f.description && !['id', 'edges', 'node', 'cursor', 'pageInfo'].includes(f.name)) missing.push(`${type.name}.${f.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
