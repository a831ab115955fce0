import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { visibleArea, visibleOrganization } from '../../common/visibility';
import { AreaObject } from '../areas/area.object';
import { PERSONAL_NOTE, PersonalData } from '../audit/personal-data';
import { OrganizationObject } from '../organizations/organization.object';
import {
  HouseholdPayload,
  HouseholdsArgs,
  RegisterHouseholdInput,
  SetHouseholdSponsorInput,
  UpdateHouseholdInput,
} from './household.inputs';
import { HouseholdConnection, HouseholdMemberObject, HouseholdObject, locateHousehold } from './household.object';
import { HouseholdReviewObject } from './review.object';

@ArgsType()
class HouseholdArgs {
  @Field(() => ID, { description: 'Global id of the household.' })
  id: string;
}

@ArgsType()
class MembersArgs {
  @Field(() => Boolean, { nullable: true, description: 'Include members who were removed (default false).' })
  includeRemoved?: boolean | null;
}

@Resolver(() => HouseholdObject)
export class HouseholdResolver {
  @Query(() => HouseholdObject, { description: 'One household. Unknown ids and households outside your scope answer NOT_FOUND.' })
  async household(@Args() { id }: HouseholdArgs, @Ctx() ctx: HubContext): Promise<HouseholdObject> {
    return HouseholdObject.from(await ctx.services.households.get(rowIdOf(id, 'Household')));
  }

  @Query(() => HouseholdConnection, { description: 'Households within your scope, in registration order (keyset-paginated).' })
  async households(@Args() args: HouseholdsArgs, @Ctx() ctx: HubContext): Promise<HouseholdConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const { rows, count } = await ctx.services.households.list(
      {
        areaId: optionalRowIdOf(f.areaId, 'Area', 'filter.areaId'),
        year: f.year,
        class: f.class,
        ethnicMinority: f.ethnicMinority,
        sponsorOrganizationId: optionalRowIdOf(f.sponsorOrganizationId, 'Organization', 'filter.sponsorOrganizationId'),
        housingStatus: f.housingStatus,
        status: f.status,
        search: f.search,
        nationalId: f.nationalId,
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.householdById.prime(r.id, r);
    return toConnection(HouseholdConnection, rows, first, after !== null, HouseholdObject.from, (r) => ({ key: r.id, id: r.id }), count);
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The area the household lives in (null only if outside your area view).' })
  async area(@Root() h: HouseholdObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    const row = visibleArea(ctx, await ctx.loaders.areaById.load(h.areaRowId));
    return row && AreaObject.from(row, ctx.today);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization sponsoring the household (tổ chức nhận đỡ đầu), if any and visible to you.' })
  async sponsor(@Root() h: HouseholdObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (h.sponsorRowId === null) return null;
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(h.sponsorRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }

  @FieldResolver(() => String, { nullable: true, description: `Full name of the head of the household (chủ hộ). ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('Household', locateHousehold))
  async headName(@Root() h: HouseholdObject, @Ctx() ctx: HubContext): Promise<string | null> {
    const members = await ctx.loaders.membersByHousehold.load(h.rowId);
    return members.find((m) => m.active && m.relation === 'HEAD')?.fullName ?? null;
  }

  @FieldResolver(() => [HouseholdMemberObject], { description: 'The members, in the order they were added (removed ones only on request).' })
  async members(@Root() h: HouseholdObject, @Args() { includeRemoved }: MembersArgs, @Ctx() ctx: HubContext): Promise<HouseholdMemberObject[]> {
    const rows = await ctx.loaders.membersByHousehold.load(h.rowId);
    return rows.filter((m) => includeRemoved || m.active).map((m) => HouseholdMemberObject.from(m, h.areaPath));
  }

  @FieldResolver(() => [HouseholdReviewObject], {
    description: 'Review history, newest first. The latest review of each year is `effective`; it carries the transition from the previous year.',
  })
  async reviews(@Root() h: HouseholdObject, @Ctx() ctx: HubContext): Promise<HouseholdReviewObject[]> {
    return HouseholdReviewObject.history(await ctx.loaders.reviewsByHousehold.load(h.rowId));
  }

  @Mutation(() => HouseholdPayload, {
    description:
      'Register a household with its members (exactly one HEAD) in an area where you may capture data. Every problem is ' +
      'reported at once; a national ID of a member of another active household is CONFLICT / DUPLICATE_NATIONAL_ID.',
  })
  async registerHousehold(@Arg('input') i: RegisterHouseholdInput, @Ctx() ctx: HubContext): Promise<HouseholdPayload> {
    const row = await ctx.services.households.register({ ...i, areaId: rowIdOf(i.areaId, 'Area', 'input.areaId'), members: i.members ?? [] });
    return { household: HouseholdObject.from(row) };
  }

  @Mutation(() => HouseholdPayload, { description: 'Change a household\'s facts or status.' })
  async updateHousehold(@Arg('input') i: UpdateHouseholdInput, @Ctx() ctx: HubContext): Promise<HouseholdPayload> {
    const { id, ...changes } = i;
    const row = await ctx.services.households.update(rowIdOf(id, 'Household', 'input.id'), changes);
    return { household: HouseholdObject.from(row) };
  }

  @Mutation(() => HouseholdPayload, { description: 'Set or clear the organization sponsoring a household (nhận đỡ đầu).' })
  async setHouseholdSponsor(@Arg('input') i: SetHouseholdSponsorInput, @Ctx() ctx: HubContext): Promise<HouseholdPayload> {
    const row = await ctx.services.households.setSponsor(
      rowIdOf(i.householdId, 'Household', 'input.householdId'),
      optionalRowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
    );
    return { household: HouseholdObject.from(row) };
  }
}
