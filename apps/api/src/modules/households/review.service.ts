import type { DataSource } from 'typeorm';
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
  type ClassificationInput,
  type FieldError,
  type LocalDate,
  type PovertyStandard,
  type ReviewKind,
} from '@lnob/domain';
import { withWriteLock } from '../../db/write-lock';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { HouseholdAccess } from './household.access';
import { HouseholdReviewEntity } from './household.entity';
import { applyHouseholdFacts, reviewFactsOf } from './poverty-summary';

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

  async record(i: NewReview) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const h = await this.access.writable(m, i.householdId);
      const area = await m.getRepository(AreaEntity).findOneByOrFail({ id: h.areaId });
      const input: ClassificationInput = {
        reviewYear: i.year,
        residence: area.urban ? 'URBAN' : 'RURAL',
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
      const previous = await m.getRepository(HouseholdReviewEntity).findOne({
        where: { householdId: h.id, year: i.year, kind: i.kind },
        order: { id: 'DESC' },
      });
      if (i.correction && !previous) p.add('input.correction', `there is no ${i.kind} review of ${i.year} to correct`);
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
      if (i.kind === 'PERIODIC' && previous && !i.correction) {
        throw conflict('REVIEW_EXISTS', `The household already has a periodic review of ${i.year}; send it as a correction.`, [
          { path: 'input.correction', message: 'a periodic review of this year exists: set correction: true to correct it' },
        ]);
      }
      const repo = m.getRepository(HouseholdReviewEntity);
      const factsBefore = await reviewFactsOf(m, h.id);
      const row = await repo.save(
        repo.create({
          householdId: h.id,
          year: i.year,
          kind: i.kind,
          incomePerPersonPerMonth: i.incomePerPersonPerMonth ?? null,
          scoreA: i.scoreA ?? null,
          deprivedIndicators: i.deprivedIndicators ?? null,
          scoreB: i.scoreB ?? null,
          class: c.class,
          standardCode: c.standardCode,
          residence: input.residence,
          decisionNumber,
          decisionDate: i.decisionDate ?? null,
          notes,
          correctionOfId: i.correction ? previous!.id : null,
          createdAt: new Date(),
        }),
      );
      // The poverty summary moves in the same transaction (this year and the transition of the next).
      await applyHouseholdFacts(m, { household: h, reviews: factsBefore }, { household: h, reviews: [...factsBefore, { id: row.id, year: row.year, class: c.class }] });
      await this.access.audit(m, 'HouseholdReview', i.correction ? 'correct' : 'record', h.areaPath, i.correction ? previous : null, row);
      return { review: row, household: h };
    });
  }
}
