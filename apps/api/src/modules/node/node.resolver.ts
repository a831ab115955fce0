import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { fromGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { AreaObject } from '../areas/area.object';
import { OrganizationObject } from '../organizations/organization.object';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Area': {
        const row = await ctx.loaders.areaById.load(parsed.rowId);
        return row && AreaObject.from(row, ctx.today);
      }
      case 'Organization': {
        const row = await ctx.loaders.organizationById.load(parsed.rowId);
        return row && OrganizationObject.from(row, ctx.today);
      }
    }
  }
}
