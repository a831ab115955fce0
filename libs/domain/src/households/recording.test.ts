import { describe, expect, it } from 'vitest';
import { householdUnitProblem, reviewRecordingProblems, reviewToCorrect, sameReviewFacts, type ReviewFacts } from './recording';

describe('householdUnitProblem', () => {
  it.each([
    ['HAMLET', true, false],
    ['COMMUNE', true, false],
    ['WARD', false, false],
    ['SPECIAL_ZONE', true, false],
    ['DISTRICT', false, false],
    ['DISTRICT', true, true],
    ['PROVINCE', true, true],
  ])('%s with sub-units %s → refused %s', (kind, sub, refused) => {
    expect(householdUnitProblem(kind, sub) !== null).toBe(refused);
  });
});

describe('reviewToCorrect / reviewRecordingProblems', () => {
  const reviews = [
    { id: 1, year: 2024, kind: 'PERIODIC' },
    { id: 5, year: 2024, kind: 'PERIODIC' },
    { id: 3, year: 2024, kind: 'REGULAR' },
    { id: 4, year: 2023, kind: 'PERIODIC' },
  ];
  it('is the latest review of that year and kind', () => {
    expect(reviewToCorrect(reviews, 2024, 'PERIODIC')?.id).toBe(5);
    expect(reviewToCorrect(reviews, 2024, 'REGULAR')?.id).toBe(3);
    expect(reviewToCorrect(reviews, 2025, 'PERIODIC')).toBeNull();
  });
  it.each([
    ['first periodic review', null, 'PERIODIC', false, []],
    ['second periodic review', 5, 'PERIODIC', false, ['REVIEW_EXISTS']],
    ['correction of it', 5, 'PERIODIC', true, []],
    ['correction of nothing', null, 'PERIODIC', true, ['NOTHING_TO_CORRECT']],
    ['second regular review', 3, 'REGULAR', false, []],
    ['regular correction of nothing', null, 'REGULAR', true, ['NOTHING_TO_CORRECT']],
  ] as const)('%s', (_name, previousId, kind, correction, rules) => {
    const previous = previousId === null ? null : reviews.find((r) => r.id === previousId)!;
    expect(reviewRecordingProblems(previous, { year: 2024, kind, correction }).map((p) => p.rule)).toEqual(rules);
  });
});

describe('sameReviewFacts', () => {
  const base: ReviewFacts = { incomePerPersonPerMonth: 1_000_000, scoreA: null, scoreB: null, deprivedIndicators: ['A', 'B'], decisionNumber: '1/QĐ', decisionDate: '2024-12-14', notes: null };
  it.each<[string, Partial<ReviewFacts>, boolean]>([
    ['identical', {}, true],
    ['indicators in another order', { deprivedIndicators: ['B', 'A'] }, true],
    ['another income', { incomePerPersonPerMonth: 1_000_001 }, false],
    ['one indicator less', { deprivedIndicators: ['A'] }, false],
    ['indicators null vs empty', { deprivedIndicators: null }, false],
    ['another decision date', { decisionDate: '2024-12-15' }, false],
    ['a note', { notes: 'x' }, false],
  ])('%s → %s', (_name, change, same) => {
    expect(sameReviewFacts(base, { ...base, ...change })).toBe(same);
  });
});
