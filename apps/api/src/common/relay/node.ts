import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'An object with an opaque global id (Relay). Fetch any of them with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; stable, never reuse or parse it.' })
  id: string;
}
