import { describe, expect, it } from 'vitest';
import { REPORT_STATES, type ReportState } from './status';
import { assertReportTransition, canTakeReportAction, narrativeProblems, REPORT_ACTIONS, returnReasonProblems, type ReportAction } from './workflow';

/** Every state × action: the next state, or the CONFLICT reason. */
// prettier-ignore
const TABLE: Record<ReportState, Record<ReportAction, string>> = {
  //           SAVE                        SUBMIT                      RETURN                     APPROVE                    ACCEPT
  OPEN:      { SAVE: 'OPEN',                     SUBMIT: 'SUBMITTED',                RETURN: 'REPORT_NOT_SUBMITTED',    APPROVE: 'REPORT_NOT_SUBMITTED',    ACCEPT: 'REPORT_NOT_APPROVED' },
  RETURNED:  { SAVE: 'RETURNED',                 SUBMIT: 'SUBMITTED',                RETURN: 'REPORT_NOT_SUBMITTED',    APPROVE: 'REPORT_NOT_SUBMITTED',    ACCEPT: 'REPORT_NOT_APPROVED' },
  SUBMITTED: { SAVE: 'REPORT_ALREADY_SUBMITTED', SUBMIT: 'REPORT_ALREADY_SUBMITTED', RETURN: 'RETURNED',                APPROVE: 'APPROVED',                ACCEPT: 'REPORT_NOT_APPROVED' },
  APPROVED:  { SAVE: 'REPORT_ALREADY_SUBMITTED', SUBMIT: 'REPORT_ALREADY_SUBMITTED', RETURN: 'RETURNED',                APPROVE: 'REPORT_ALREADY_APPROVED', ACCEPT: 'ACCEPTED' },
  ACCEPTED:  { SAVE: 'REPORT_ALREADY_ACCEPTED',  SUBMIT: 'REPORT_ALREADY_ACCEPTED',  RETURN: 'REPORT_ALREADY_ACCEPTED', APPROVE: 'REPORT_ALREADY_ACCEPTED', ACCEPT: 'REPORT_ALREADY_ACCEPTED' },
};

describe('assertReportTransition', () => {
  const cells = REPORT_STATES.flatMap((state) => REPORT_ACTIONS.map((action) => ({ state, action, expected: TABLE[state][action] })));

  it.each(cells)('$action from $state → $expected', ({ state, action, expected }) => {
    if ((REPORT_STATES as readonly string[]).includes(expected)) {
      expect(assertReportTransition(state, action)).toBe(expected);
      expect(canTakeReportAction(state, action)).toBe(true);
    } else {
      expect(() => assertReportTransition(state, action)).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: expected }));
      expect(canTakeReportAction(state, action)).toBe(false);
    }
  });
});

describe('returnReasonProblems', () => {
  it.each<[string, unknown, boolean]>([
    ['5 characters with a diacritic', 'Thiếu', true],
    ['4 characters after trimming', '  abcd  ', false],
    ['5 characters', 'abcde', true],
    ['2000 characters', 'x'.repeat(2000), true],
    ['2001 characters', 'x'.repeat(2001), false],
    ['empty', '', false],
    ['missing', null, false],
  ])('%s', (_n, reason, ok) => {
    expect(returnReasonProblems(reason).length === 0).toBe(ok);
    if (!ok) expect(returnReasonProblems(reason)[0].path).toBe('input.reason');
  });
});

describe('narrativeProblems', () => {
  it.each<[string | null, number]>([
    [null, 0],
    ['', 0],
    ['x'.repeat(20000), 0],
    ['x'.repeat(20001), 1],
  ])('%#', (text, n) => {
    expect(narrativeProblems(text)).toHaveLength(n);
  });
});
