import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as domain from './index';

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('@lnob/domain', () => {
  it.each([
    'DomainError', 'Problems', 'REASONS', 'ERROR_CODES', 'badInput', 'notFound', 'conflict', 'forbidden',
    'clampPageSize', 'PAGE_SIZE_MAX', 'parseVnd', 'isVnd', 'parseLocalDate', 'todayLocal', 'addDays',
    'parsePeriod', 'formatPeriod', 'periodOf', 'parseDateTime', 'formatDateTime', 'foldVietnamese',
    'searchPattern', 'childPath', 'subtreeRange', 'wouldCreateCycle', 'rebasePath', 'isValidOn', 'closeOn',
    'validateShares', 'mapValuesToSuccessors', 'successorsOf', 'AREA_KINDS', 'levelOfArea',
    'allowedChildKinds', 'expectedOrganizationLevel',
    'FUND_LEVELS', 'TRANSACTION_KINDS', 'DISBURSEMENT_CATEGORIES', 'CHANNELS', 'buildEntries',
    'entryGroupProblems', 'checkFundBalance', 'checkReversal', 'movementProblems', 'checkFundOpen', 'canonicalJson',
    'idempotencyDecision', 'pledgeStanding', 'disbursementEligibility', 'checkHouseholdDonor', 'peakMonthWindow',
    'summaryRange', 'donorDisplayName', 'disbursementDisclosure', 'parseBankStatementCsv', 'proposeMatches',
    'reconciledShare',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });

  it.each(sourceFiles(SRC).map((f) => [relative(SRC, f), f]))('%s imports nothing outside the library', (_name, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => !s.startsWith('.'))).toEqual([]);
  });
});
