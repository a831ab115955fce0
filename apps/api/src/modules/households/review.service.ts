import type { DataSource, EntityManager } from 'typeorm';
import {
  classificationProblems,
  classifyHousehold,
  conflict,
  DECISION_NUMBER_MAX_LENGTH,
  DomainError,
  isDomainError,
  POVERTY_STANDARDS,
  Problems,
  REVIEW_NOTES_MAX_LENGTH,
  reviewRecordingProblems,
  reviewToCorrect,
  type ClassificationInput,
  type FieldError,
  type LocalDate,
  type PovertyStandard,
  type Residence,
  type ReviewKind,
} from '@lnob/domain';
import { withWriteLock } from '../../db/write-lock';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { HouseholdAccess, newReviewRow } from './household.access';
import { HouseholdReviewEntity, type HouseholdEntity } from './household.entity';
import { applyHouseholdFacts, reviewFactOf } from './poverty-summary';

export interface NewReview {
  householdId: number;
  year: number;
  kind: ReviewKind;
  incomePerPersonPerMonth?: number | null;
  scoreA?: number | null;
  deprivedIndicators?: string[] | null;
  scoreB?: number | null;
  decisionNumber?: string | null;
  decisionDate?: LocalDate | null;
  notes?: string | null;
  correction?: boolean | null;
}

interface ReviewTarget {
  household: HouseholdEntity;
  residence: Residence;
  /** Every review row of the household (corrections included), kept current as reviews are recorded. */
  reviews: HouseholdReviewEntity[];
}

/** The domain rule speaks of `reviewYear`; the API input calls it `year`. */
const toInputPath = (e: FieldError): FieldError => ({ ...e, path: e.path.replace(/^input\.reviewYear$/, 'input.year') });

/**
 * Reviews (rà soát) of households: the class is derived here with `classifyHousehold` (the
 * standard of the review year, the residence of the household's area); clients never send it.
 * One PERIODIC review per household and year; a correction supersedes the latest one and is audited.
 */
export class HouseholdReviewService {
  private readonly access: HouseholdAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new HouseholdAccess(caller);
  }

  /** The registry of poverty standards (for review forms and integrators). */
  standards(): readonly PovertyStandard[] {
    this.caller.require('household.read');
    return POVERTY_STANDARDS;
  }

  /** Records one review; answers it with its household and every review of the household now (the new one included). */
  async record(i: NewReview) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const target = await this.target(m, i.householdId);
      const review = await this.recordIn(m, target, i);
      return { review, household: target.household, reviews: target.reviews };
    });
  }

  /**
   * Several reviews of one household in one transaction (the demo loader), each recorded in order
   * exactly as `record` would; any problem rolls back all of them.
   */
  async recordAll(householdId: number, reviews: Omit<NewReview, 'householdId'>[]) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const target = await this.target(m, householdId);
      const rows: HouseholdReviewEntity[] = [];
      for (const i of reviews) rows.push(await this.recordIn(m, target, { ...i, householdId }));
      return { reviews: rows, household: target.household };
    });
  }

  /** The household to review (writable), the residence of its area, and its reviews so far (one read for the duplicate check and the summary). */
  private async target(m: EntityManager, householdId: number): Promise<ReviewTarget> {
    const household = await this.access.writable(m, householdId);
    const area = await m.getRepository(AreaEntity).findOneByOrFail({ id: household.areaId });
    const reviews = await m.getRepository(HouseholdReviewEntity).find({ where: { householdId: household.id } });
    return { household, residence: area.urban ? 'URBAN' : 'RURAL', reviews };
  }

  /** Validates, classifies and stores one review, moves the poverty summary and audits it; `t.reviews` gains the new row. */
  private async recordIn(m: EntityManager, t: ReviewTarget, i: NewReview): Promise<HouseholdReviewEntity> {
    const h = t.household;
    const input: ClassificationInput = {
      reviewYear: i.year,
      residence: t.residence,
      incomePerPersonPerMonth: i.incomePerPersonPerMonth,
      scoreA: i.scoreA,
      deprivedIndicators: i.deprivedIndicators,
      scoreB: i.scoreB,
    };
    const p = new Problems();
    const decisionNumber = i.decisionNumber?.trim() || null;
    const notes = i.notes?.trim() || null;
    if (decisionNumber && decisionNumber.length > DECISION_NUMBER_MAX_LENGTH) p.add('input.decisionNumber', `at most ${DECISION_NUMBER_MAX_LENGTH} characters`);
    if (notes && notes.length > REVIEW_NOTES_MAX_LENGTH) p.add('input.notes', `at most ${REVIEW_NOTES_MAX_LENGTH} characters`);
    // The latest review of the same year and kind: the one a correction supersedes.
    const previous = reviewToCorrect(t.reviews, i.year, i.kind);
    const recording = reviewRecordingProblems(previous, i);
    for (const r of recording) if (r.rule === 'NOTHING_TO_CORRECT') p.add('input.correction', r.message);
    const classification = classificationProblems(input).map(toInputPath);
    if (p.any) {
      p.addAll(classification);
      p.throwIfAny();
    }
    let c;
    try {
      c = classifyHousehold(input);
    } catch (e) {
      throw isDomainError(e) ? new DomainError(e.code, e.reason, e.message, e.fieldErrors.map(toInputPath)) : e;
    }
    if (recording.some((r) => r.rule === 'REVIEW_EXISTS')) {
      throw conflict('REVIEW_EXISTS', `The household already has a periodic review of ${i.year}; send it as a correction.`, [
        { path: 'input.correction', message: 'a periodic review of this year exists: set correction: true to correct it' },
      ]);
    }
    const repo = m.getRepository(HouseholdReviewEntity);
    const factsBefore = t.reviews.map(reviewFactOf);
    const row = await repo.save(
      newReviewRow(m, h.id, { ...i, decisionNumber, notes }, { class: c.class, standardCode: c.standardCode, residence: input.residence, correctionOfId: i.correction ? previous!.id : null }, new Date()),
    );
    t.reviews.push(row);
    // The poverty summary moves in the same transaction (this year and the transition of the next).
    await applyHouseholdFacts(m, { household: h, reviews: factsBefore }, { household: h, reviews: [...factsBefore, reviewFactOf(row)] });
    await this.access.audit(m, 'HouseholdReview', i.correction ? 'correct' : 'record', h.areaPath, i.correction ? previous : null, row);
    return row;
  }
}
