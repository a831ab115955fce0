import { Column, Entity, Index, PrimaryColumn, type EntityManager } from 'typeorm';
import {
  factDelta,
  householdYearFacts,
  POVERTY_MEASURES,
  type HouseholdClass,
  type PovertyCounts,
  type ReviewFact,
} from '@lnob/domain';
import { HouseholdReviewEntity } from './household.entity';

/**
 * Poverty statistics per area and review year (bảng tổng hợp): the counts of the households
 * registered on that area (its own rows, not its subtree) with an effective review that year.
 * `areaPath` is the area's path, denormalised so that a subtree is one range on an index.
 * Kept up to date in the transaction of every review write and of every household change that
 * alters it (see `applyHouseholdFacts`); `rebuildPovertySummary` recomputes it from the reviews.
 * A row whose `households` falls to 0 is deleted (so the table equals a rebuild exactly).
 */
@Entity({ name: 'poverty_summary' })
@Index('idx_poverty_summary_year_path', ['year', 'areaPath'])
export class PovertySummaryEntity {
  @PrimaryColumn({ type: 'int' })
  areaId: number;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 255 })
  areaPath: string;

  @Column({ type: 'int' }) households: number;
  @Column({ type: 'int' }) poor: number;
  @Column({ type: 'int' }) nearPoor: number;
  @Column({ type: 'int' }) averageLiving: number;
  @Column({ type: 'int' }) newlyPoor: number;
  @Column({ type: 'int' }) escapedPoverty: number;
  @Column({ type: 'int' }) escapedNearPoverty: number;
  @Column({ type: 'int' }) relapsed: number;
  @Column({ type: 'int' }) ethnicMinorityHouseholds: number;
  @Column({ type: 'int' }) ethnicMinorityPoor: number;
  @Column({ type: 'int' }) ethnicMinorityNearPoor: number;
}

/** A household as far as the statistics care. */
export interface CountedHousehold {
  id: number;
  areaId: number;
  areaPath: string;
  ethnicMinority: boolean;
}

/** A review row as far as the statistics care. */
export const reviewFactOf = (r: Pick<HouseholdReviewEntity, 'id' | 'year' | 'class'>): ReviewFact => ({ id: r.id, year: r.year, class: r.class as HouseholdClass });

/** The review facts of one household (every row, corrections included). */
export async function reviewFactsOf(m: EntityManager, householdId: number): Promise<ReviewFact[]> {
  const rows = await m.getRepository(HouseholdReviewEntity).find({ where: { householdId }, select: { id: true, year: true, class: true } });
  return rows.map(reviewFactOf);
}

type SummaryChange = { areaId: number; areaPath: string; year: number; delta: PovertyCounts };

/**
 * The summary rows a set of household writes moves, summed per (area, year): each household's
 * per-year facts before and after are computed with the domain rule, and only the years whose
 * counts change are kept (a change in year Y also moves the transition of Y + 1).
 */
export class SummaryChanges {
  private readonly changes = new Map<string, SummaryChange>();

  add(
    before: { household: CountedHousehold; reviews: readonly ReviewFact[] },
    after: { household: CountedHousehold; reviews: readonly ReviewFact[] },
  ): this {
    const factsBefore = householdYearFacts(before.reviews, before.household.ethnicMinority);
    const factsAfter = householdYearFacts(after.reviews, after.household.ethnicMinority);
    if (before.household.areaId === after.household.areaId) this.sum(after.household, factDelta(factsBefore, factsAfter));
    else {
      this.sum(before.household, factDelta(factsBefore, new Map()));
      this.sum(after.household, factDelta(new Map(), factsAfter));
    }
    return this;
  }

  private sum(h: CountedHousehold, facts: { year: number; delta: PovertyCounts }[]) {
    for (const { year, delta } of facts) {
      const key = `${h.areaId}:${year}`;
      const c = this.changes.get(key);
      if (c) for (const k of POVERTY_MEASURES) c.delta[k] += delta[k];
      else this.changes.set(key, { areaId: h.areaId, areaPath: h.areaPath, year, delta: { ...delta } });
    }
  }

  /**
   * Writes the changes (inside the write's transaction, under the `households` write lock).
   * Statements: one read of the affected rows per 200 keys, then one UPDATE, INSERT or DELETE per
   * changed (area, year).
   */
  async write(m: EntityManager): Promise<void> {
    const list = [...this.changes.values()].filter((c) => POVERTY_MEASURES.some((k) => c.delta[k] !== 0));
    const repo = m.getRepository(PovertySummaryEntity);
    for (let i = 0; i < list.length; i += 200) {
      const part = list.slice(i, i + 200);
      const existing = await repo.find({ where: part.map((c) => ({ areaId: c.areaId, year: c.year })) });
      const byKey = new Map(existing.map((e) => [`${e.areaId}:${e.year}`, e]));
      const inserts: PovertySummaryEntity[] = [];
      for (const c of part) {
        const row = byKey.get(`${c.areaId}:${c.year}`);
        if (!row) {
          inserts.push({ areaId: c.areaId, year: c.year, areaPath: c.areaPath, ...c.delta });
          continue;
        }
        const households = row.households + c.delta.households;
        if (households === 0) {
          await repo.delete({ areaId: c.areaId, year: c.year });
          continue;
        }
        const set = POVERTY_MEASURES.filter((k) => c.delta[k] !== 0);
        await m.query(
          `UPDATE poverty_summary SET ${set.map((k) => `${k} = ${k} + ?`).join(', ')} WHERE areaId = ? AND year = ?`,
          [...set.map((k) => c.delta[k]), c.areaId, c.year],
        );
      }
      if (inserts.length) await repo.insert(inserts);
    }
  }
}

/** Applies the change of one household's per-year facts to the summary (see SummaryChanges). */
export async function applyHouseholdFacts(
  m: EntityManager,
  before: { household: CountedHousehold; reviews: readonly ReviewFact[] },
  after: { household: CountedHousehold; reviews: readonly ReviewFact[] },
): Promise<void> {
  await new SummaryChanges().add(before, after).write(m);
}
