/**
 * Proves that the module boundaries of architecture.md §Nx are really enforced: a forbidden import
 * makes lint fail with an ERROR from @nx/enforce-module-boundaries (and, for libs/domain and libs/ui,
 * also from the graph-free `no-restricted-imports` second line of defence).
 *
 * Nothing is written to the tree: the ESLint Node API lints source text under a virtual file name
 * inside the project whose rules we want.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { readCachedProjectGraph } from 'nx/src/devkit-exports';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const NX_RULE = '@nx/enforce-module-boundaries';
const RESTRICTED = 'no-restricted-imports';

/**
 * Nx only knows an npm package (and so can only ban it) once it is in the lockfile. `urql` arrives
 * with the front ends; until then only `no-restricted-imports` catches it.
 */
function inLockfile(pkg: string): boolean {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, unknown>;
  };
  return Boolean(lock.packages?.[`node_modules/${pkg}`]);
}

let eslint: ESLint;

async function lint(project: string, code: string): Promise<Linter.LintMessage[]> {
  const filePath = path.join(repoRoot, project, 'src', '__lint_probe__.ts');
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return result.messages;
}

beforeAll(async () => {
  expect(existsSync(path.join(repoRoot, 'eslint.config.mjs'))).toBe(true);
  eslint = new ESLint({ cwd: repoRoot });
  // Loading the config makes sure Nx's project graph is cached (see eslint.config.mjs).
  await eslint.calculateConfigForFile(path.join(repoRoot, 'libs/domain/src/index.ts'));
});

describe('project graph', () => {
  it.each([
    ['@lnob/domain', ['type:domain', 'platform:shared']],
    ['@lnob/ui', ['type:ui', 'platform:browser']],
    ['@lnob/api', ['type:app', 'platform:server']],
    // tools/package.json must be a workspace (root "workspaces" needs "tools", not only "tools/*"),
    // otherwise Nx does not see it: its lint and tests would not run in CI at all.
    ['@lnob/tools', ['type:tool', 'platform:server']],
  ])('%s is an Nx project tagged %j', (name, tags) => {
    const graph = readCachedProjectGraph();
    const node = graph.nodes[name];
    expect(node, `${name} is not in the Nx project graph`).toBeDefined();
    expect(node.data.tags ?? []).toEqual(expect.arrayContaining(tags));
  });
});

describe('eslint config', () => {
  it.each(['libs/domain', 'libs/ui', 'apps/api', 'tools'])(
    '%s: @nx/enforce-module-boundaries is on as an error',
    async (project) => {
      const config = await eslint.calculateConfigForFile(path.join(repoRoot, project, 'src', 'x.ts'));
      const setting = config.rules[NX_RULE];
      expect(setting, `${NX_RULE} not configured for ${project}`).toBeDefined();
      expect(setting[0]).toBe(2);
    },
  );
});

type Case = {
  name: string;
  project: string;
  code: string;
  /** Rules that must report an error; empty = the import is allowed. */
  errors: string[];
};

const urqlRules = inLockfile('urql') ? [NX_RULE, RESTRICTED] : [RESTRICTED];

const forbidden: Case[] = [
  { name: 'typeorm in libs/domain', project: 'libs/domain', code: `import { DataSource } from 'typeorm';\nexport const d = DataSource;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'react in libs/domain', project: 'libs/domain', code: `import React from 'react';\nexport const r = React;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'graphql in libs/domain', project: 'libs/domain', code: `import { GraphQLError } from 'graphql';\nexport const g = GraphQLError;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'type-graphql in libs/domain', project: 'libs/domain', code: `import { Field } from 'type-graphql';\nexport const f = Field;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'class-validator in libs/domain', project: 'libs/domain', code: `import { IsInt } from 'class-validator';\nexport const v = IsInt;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'mysql2 subpath in libs/domain', project: 'libs/domain', code: `import mysql from 'mysql2/promise';\nexport const m = mysql;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'type-only typeorm import in libs/domain', project: 'libs/domain', code: `import type { Repository } from 'typeorm';\nexport type R = Repository<object>;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: '@lnob/ui from libs/domain (domain → ui)', project: 'libs/domain', code: `import * as ui from '@lnob/ui';\nexport const u = ui;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: '@lnob/api from libs/domain (lib → app)', project: 'libs/domain', code: `import * as api from '@lnob/api';\nexport const a = api;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'urql in libs/ui', project: 'libs/ui', code: `import { Client } from 'urql';\nexport const c = Client;\n`, errors: urqlRules },
  { name: 'typeorm in libs/ui', project: 'libs/ui', code: `import { DataSource } from 'typeorm';\nexport const d = DataSource;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 'graphql in libs/ui', project: 'libs/ui', code: `import { parse } from 'graphql';\nexport const p = parse;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: '@lnob/api from libs/ui (browser → server, lib → app)', project: 'libs/ui', code: `import * as api from '@lnob/api';\nexport const a = api;\n`, errors: [NX_RULE, RESTRICTED] },
  { name: 're-export of typeorm in libs/domain', project: 'libs/domain', code: `export * from 'typeorm';\n`, errors: [NX_RULE, RESTRICTED] },
  // no-restricted-imports does not look at import(): only the Nx rule catches this one.
  { name: 'dynamic import of typeorm in libs/domain', project: 'libs/domain', code: `export const load = () => import('typeorm');\n`, errors: [NX_RULE] },
  { name: 'relative import across projects (libs/ui → libs/domain/src)', project: 'libs/ui', code: `import * as d from '../../domain/src/index';\nexport const x = d;\n`, errors: [NX_RULE] },
];

const allowed: Case[] = [
  { name: 'relative import inside libs/domain', project: 'libs/domain', code: `import { x } from './y';\nexport const z = x;\n`, errors: [] },
  { name: 'node builtin in libs/domain', project: 'libs/domain', code: `import { strict as assert } from 'node:assert';\nexport const a = assert;\n`, errors: [] },
  { name: '@lnob/domain from libs/ui', project: 'libs/ui', code: `import * as d from '@lnob/domain';\nexport const x = d;\n`, errors: [] },
  { name: '@lnob/ui from apps/api (apps may use ui)', project: 'apps/api', code: `import * as ui from '@lnob/ui';\nexport const u = ui;\n`, errors: [] },
  { name: '@lnob/domain and typeorm from apps/api', project: 'apps/api', code: `import * as d from '@lnob/domain';\nimport { DataSource } from 'typeorm';\nexport const x = [d, DataSource];\n`, errors: [] },
  { name: '@lnob/api and @lnob/domain from tools', project: 'tools', code: `import * as api from '@lnob/api';\nimport * as d from '@lnob/domain';\nexport const x = [api, d];\n`, errors: [] },
];

describe('forbidden imports fail lint', () => {
  it.each(forbidden)('$name', async ({ project, code, errors }) => {
    const messages = await lint(project, code);
    const errorRules = new Set(messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
    for (const rule of errors) {
      expect(errorRules, `${rule} did not report an error; got ${JSON.stringify(messages, null, 1)}`).toContain(rule);
    }
    // There must be no fatal parse error masking the real result.
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
});

describe('allowed imports pass the boundary rules', () => {
  it.each(allowed)('$name', async ({ project, code }) => {
    const messages = await lint(project, code);
    const boundary = messages.filter((m) => m.ruleId === NX_RULE || m.ruleId === RESTRICTED || m.fatal);
    expect(boundary, JSON.stringify(boundary, null, 1)).toEqual([]);
  });
});
