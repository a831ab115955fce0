import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL that clients' codegen reads: apps/api/schema.graphql. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');

export function schemaSdl(schema: GraphQLSchema): string {
  return `# Generated from the type-graphql schema by the API at start-up (npm run schema). Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Write the file when it differs; returns whether it changed. */
export function writeSchemaFile(schema: GraphQLSchema, file = SCHEMA_FILE): boolean {
  const sdl = schemaSdl(schema);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === sdl) return false;
  fs.writeFileSync(file, sdl);
  return true;
}
