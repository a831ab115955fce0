import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { rowIdOf } from '../../common/relay/global-id';
import {
  AddHouseholdMemberInput,
  HouseholdMemberPayload,
  RecordReviewInput,
  RecordReviewPayload,
  RemoveHouseholdMemberInput,
  UpdateHouseholdMemberInput,
} from './household.inputs';
import { newestFirst } from './household.loaders';
import { HouseholdMemberObject, HouseholdObject } from './household.object';
import type { HouseholdEntity, HouseholdMemberEntity } from './household.entity';
import { HouseholdReviewObject, PovertyStandardObject } from './review.object';

const memberPayload = (r: { member: HouseholdMemberEntity; household: HouseholdEntity }): HouseholdMemberPayload => ({
  member: HouseholdMemberObject.from(r.member, r.household.areaPath),
  household: HouseholdObject.from(r.household),
});

/** Members and reviews of households, and the poverty standards reviews are classified with. */
@Resolver()
export class HouseholdReviewResolver {
  @Query(() => [PovertyStandardObject], { description: 'The poverty standards (chuẩn nghèo) the API classifies reviews with, oldest first.' })
  povertyStandards(@Ctx() ctx: HubContext): PovertyStandardObject[] {
    return ctx.services.householdReviews.standards().map(PovertyStandardObject.from);
  }

  @Mutation(() => RecordReviewPayload, {
    description:
      'Record a review: the API derives the class (never sent by clients). A second PERIODIC review of a household and year is ' +
      'CONFLICT / REVIEW_EXISTS unless sent with `correction: true`.',
  })
  async recordReview(@Arg('input') i: RecordReviewInput, @Ctx() ctx: HubContext): Promise<RecordReviewPayload> {
    const r = await ctx.services.householdReviews.record({ ...i, householdId: rowIdOf(i.householdId, 'Household', 'input.householdId'), kind: i.kind ?? 'PERIODIC' });
    // A new review changes the history (and the transition): the service answers with all of it.
    const rows = [...r.reviews].sort(newestFirst);
    ctx.loaders.reviewsByHousehold.clear(r.household.id).prime(r.household.id, rows);
    const history = HouseholdReviewObject.history(rows);
    return { review: history.find((o) => o.rowId === r.review.id)!, household: HouseholdObject.from(r.household) };
  }

  @Mutation(() => HouseholdMemberPayload, { description: 'Add a member to a household (not as HEAD: make a member head with updateHouseholdMember).' })
  async addHouseholdMember(@Arg('input') i: AddHouseholdMemberInput, @Ctx() ctx: HubContext): Promise<HouseholdMemberPayload> {
    const { householdId, ...member } = i;
    const r = await ctx.services.householdMembers.add(rowIdOf(householdId, 'Household', 'input.householdId'), member);
    ctx.loaders.membersByHousehold.clear(r.household.id);
    return memberPayload(r);
  }

  @Mutation(() => HouseholdMemberPayload, { description: 'Change a member; `relation: HEAD` with `formerHeadRelation` hands over the headship.' })
  async updateHouseholdMember(@Arg('input') i: UpdateHouseholdMemberInput, @Ctx() ctx: HubContext): Promise<HouseholdMemberPayload> {
    const { id, ...changes } = i;
    const r = await ctx.services.householdMembers.update(rowIdOf(id, 'HouseholdMember', 'input.id'), changes);
    ctx.loaders.membersByHousehold.clear(r.household.id);
    return memberPayload(r);
  }

  @Mutation(() => HouseholdMemberPayload, { description: 'Remove a member (kept as history with `active: false`). The head cannot be removed.' })
  async removeHouseholdMember(@Arg('input') i: RemoveHouseholdMemberInput, @Ctx() ctx: HubContext): Promise<HouseholdMemberPayload> {
    const r = await ctx.services.householdMembers.remove(rowIdOf(i.id, 'HouseholdMember', 'input.id'));
    ctx.loaders.membersByHousehold.clear(r.household.id);
    return memberPayload(r);
  }
}
