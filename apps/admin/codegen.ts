/**
 * Typed GraphQL operations for the admin app, generated from the COMMITTED API schema
 * (apps/api/schema.graphql), never from a running server. Documents: src/**\/*.graphql (one
 * operations.graphql per feature). Output: src/gql (gitignored); scripts/split-documents.mjs then
 * gives each document its own module so lazily loaded screens carry only their own queries.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));

const config: CodegenConfig = {
  schema: path.resolve(here, '../api/schema.graphql'),
  documents: [path.join(here, 'src/**/*.graphql')],
  ignoreNoDocuments: false,
  // CODEGEN_VERBOSE=1 shows the validation errors of documents against the schema.
  silent: !process.env.CODEGEN_VERBOSE,
  generates: {
    [path.join(here, 'src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          Period: 'string',
          VND: 'number',
        },
      },
    },
  },
};

export default config;
