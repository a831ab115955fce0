import { buildHubSchema } from './schema';
import { SCHEMA_FILE, writeSchemaFile } from './schema-file';

buildHubSchema()
  .then((schema) => {
    const changed = writeSchemaFile(schema);
    console.log(`${SCHEMA_FILE}: ${changed ? 'updated' : 'up to date'}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
