import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { adminAuthChecker } from './common/admin';
import { Node } from './common/relay/node';
import { AreaObject } from './modules/areas/area.object';
import { AreaResolver } from './modules/areas/area.resolver';
import { HubResolver } from './modules/hub/hub.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OrganizationObject } from './modules/organizations/organization.object';
import { OrganizationResolver } from './modules/organizations/organization.resolver';

/** Build the executable schema once at start-up. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [NodeResolver, HubResolver, AreaResolver, OrganizationResolver],
    orphanedTypes: [AreaObject, OrganizationObject, Node],
    authChecker: adminAuthChecker,
    validate: { forbidUnknownValues: false },
  });
}
