// Root ESLint flat config for the LNOB Hub workspace.
//
// - typescript-eslint "recommended" (syntax only, not type-aware: it has to stay fast).
// - @nx/enforce-module-boundaries as an ERROR, with the constraints of docs/architecture.md §Nx.
// - no-restricted-imports as a second line of defence for libs/domain and libs/ui: it needs no
//   project graph, and it also catches packages that are not installed (and so are not in the graph).
//
// The Nx rule reads the project graph from Nx's cache (.nx/workspace-data). Under `nx run …:lint`
// Nx has just written it. A plain `npx eslint …` (or the ESLint Node API) on a clean clone would have
// no cache and the rule would be SKIPPED with only a warning, so in that case we build the graph here.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { defineConfig } from 'eslint/config';
import { createProjectGraphAsync } from 'nx/src/devkit-exports.js';
import tseslint from 'typescript-eslint';

if (!process.env.NX_TASK_TARGET_PROJECT) {
  // Not inside an Nx task: make sure a fresh project graph is cached before the rule reads it.
  process.env.NX_DAEMON ??= 'false';
  try {
    await createProjectGraphAsync({ exitOnError: false });
  } catch (err) {
    console.warn(`eslint.config.mjs: could not build the Nx project graph: ${err?.message ?? err}`);
  }
}

/** Packages that code tagged type:domain must never import (architecture.md §Nx). */
const DOMAIN_BANNED = [
  'typeorm',
  'graphql',
  'graphql-scalars',
  'type-graphql',
  'react',
  'react-dom',
  'urql',
  '@urql/*',
  'class-validator',
  'express',
  'mysql2',
  'better-sqlite3',
  'dataloader',
  '@apollo/*',
];

/** Packages that code tagged type:ui must never import (components take props; no data layer). */
const UI_BANNED = ['urql', '@urql/*', 'typeorm', 'graphql', 'type-graphql', 'mysql2', 'better-sqlite3'];

/** Server-only packages that browser code must not import. */
const SERVER_ONLY = [
  'typeorm',
  'mysql2',
  'better-sqlite3',
  'express',
  'type-graphql',
  '@apollo/server',
  '@as-integrations/*',
];

/**
 * Nx matches bannedExternalImports against the whole import specifier (`*` → `.*`), so `mysql2`
 * alone would let `mysql2/promise` through: ban every package's subpaths too.
 */
function withSubpaths(list) {
  return list.flatMap((p) => (p.endsWith('/*') ? [p] : [p, `${p}/*`]));
}

/** An ESLint `no-restricted-imports` regex for a list like the above (`@urql/*` → any @urql package). */
function restrictedRegex(list) {
  const alts = list.map((p) =>
    p.endsWith('/*') ? `${escapeRe(p.slice(0, -2))}/.+` : `${escapeRe(p)}(?:/.+)?`,
  );
  return `^(?:${alts.join('|')})$`;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Options of @nx/enforce-module-boundaries; `allow` lists imports exempt from every check. */
function boundaryOptions(allow) {
  return {
    enforceBuildableLibDependency: false,
    allow,
    depConstraints: [
      // Pure domain: depends only on domain, imports no framework, DB, GraphQL or UI package.
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain'],
        bannedExternalImports: withSubpaths(DOMAIN_BANNED),
      },
      // UI: presentational, takes props; never the data layer.
      {
        sourceTag: 'type:ui',
        onlyDependOnLibsWithTags: ['type:ui', 'type:domain'],
        bannedExternalImports: withSubpaths(UI_BANNED),
      },
      // Apps never import apps (Nx also forbids importing any project of type "app").
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: ['type:domain', 'type:ui'],
      },
      // Tools (seed, bench, e2e) use the API's services and the domain.
      {
        sourceTag: 'type:tool',
        onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:ui', 'type:tool'],
      },
      // Browser code never imports server code.
      {
        sourceTag: 'platform:browser',
        notDependOnLibsWithTags: ['platform:server'],
        bannedExternalImports: withSubpaths(SERVER_ONLY),
      },
      // Shared code runs on both sides, so it depends on neither side's code.
      {
        sourceTag: 'platform:shared',
        notDependOnLibsWithTags: ['platform:server', 'platform:browser'],
      },
    ],
  };
}

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const ALL_CODE = [...TS_FILES, '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.nx/**',
      '**/tmp/**',
      '**/*.config.mts',
      '**/schema.graphql',
    ],
  },

  // Plain JavaScript (config files, scripts).
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },

  // TypeScript: typescript-eslint recommended, not type-aware.
  {
    files: TS_FILES,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // Decorator-heavy code (type-graphql, TypeORM) needs `any` now and then.
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `declare module` / namespaces for type augmentation (e.g. Express Request) are fine.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },

  // Module boundaries (architecture.md §Nx). Needs the Nx project graph (see top of file).
  ...nx.configs['flat/base'],
  {
    files: ALL_CODE,
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions([])] },
  },
  // Tools (seed, bench) load the API's services. Nx forbids importing any project of type "app"
  // (apps/api has tsconfig.app.json) regardless of tags, so for tools only, allow @lnob/api.
  {
    files: ALL_CODE.map((g) => `tools/${g}`),
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(['@lnob/api', '@lnob/api/**'])] },
  },

  // Second line of defence: works without the project graph and for packages not installed yet.
  {
    files: ALL_CODE.map((g) => `libs/domain/${g}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: restrictedRegex(DOMAIN_BANNED),
              message: 'libs/domain is pure: no framework, database, GraphQL or UI imports (architecture.md §Nx).',
            },
            {
              regex: '^@lnob/(?!domain(?:/|$))',
              message: 'libs/domain may depend only on itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ALL_CODE.map((g) => `libs/ui/${g}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: restrictedRegex([...new Set([...UI_BANNED, ...SERVER_ONLY])]),
              message: 'libs/ui components take props: no urql, GraphQL or server packages (architecture.md §Nx).',
            },
            {
              regex: '^@lnob/(?!(?:domain|ui)(?:/|$))',
              message: 'libs/ui may depend only on @lnob/ui and @lnob/domain.',
            },
          ],
        },
      ],
    },
  },
);
