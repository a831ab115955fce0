import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@lnob/domain';
import { LocalDateScalar } from '../scalars';
import { encodeCursor, type Cursor } from './cursor';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last edge.' })
  hasNextPage: boolean;

  @Field({ description: 'True when `after` was given (items precede the first edge).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, default ${PAGE_SIZE_DEFAULT}, at most ${PAGE_SIZE_MAX}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from `pageInfo.endCursor`).' })
  after?: string | null;
}

@ArgsType()
export class ChildrenArgs extends PageArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Children valid on this date (default: the date the parent is viewed on).' })
  validOn?: string | null;
}

/** Generic Relay connection type: `edges { cursor node }`, `pageInfo`, opt-in `totalCount`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    /** Set by `page()`: counts the whole filtered set only when the client asks for totalCount. */
    counter: () => Promise<number>;

    @Field(() => Int, { description: 'Size of the whole filtered set. Costs one COUNT query: ask only when needed.' })
    totalCount(): Promise<number> {
      return this.counter();
    }
  }
  return ConnectionClass;
}

/**
 * Build a connection from rows fetched with limit `first + 1` (the extra row proves a next page).
 */
export function toConnection<C extends { edges: unknown[] }, R, T>(
  ConnectionCtor: new () => C,
  rows: R[],
  first: number,
  hadCursor: boolean,
  toNode: (row: R) => T,
  cursorOf: (row: R) => Cursor,
  counter: () => Promise<number>,
): C {
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({ cursor: encodeCursor(cursorOf(r)), node: toNode(r) }));
  const conn = new ConnectionCtor();
  Object.assign(conn, {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    counter,
  });
  return conn;
}
