import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { API_KEY_RATE_DEFAULT, API_KEY_RATE_MAX, type ApiKeyScope } from '@lnob/domain';
import { ApiKeyScopeEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar } from '../../common/scalars';
import { ApiKeyObject } from './api-key.object';

@InputType({ description: 'Filter for `apiKeys`.' })
export class ApiKeyFilter {
  @Field(() => ID, { nullable: true, description: 'Keys of this organization only.' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include revoked keys (default false).' })
  includeRevoked?: boolean | null;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field(() => ApiKeyFilter, { nullable: true })
  @ValidateNested()
  filter?: ApiKeyFilter | null;
}

@InputType({ description: 'A new integrator key.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for (1–120 characters).' })
  name: string;

  @Field(() => ID, { description: 'The organization whose subtree the key reads.' })
  organizationId: string;

  @Field(() => [ApiKeyScopeEnum], { description: 'What it may read (at least one).' })
  scopes: ApiKeyScope[];

  @Field({ description: 'Grant personal fields in its scope (you must hold that grant yourself).' })
  personalData: boolean;

  @Field(() => LocalDateScalar, { description: 'Last day the key works: after today, at most two years ahead.' })
  expiresOn: string;

  @Field(() => Int, { nullable: true, description: `Requests a minute (default ${API_KEY_RATE_DEFAULT}, at most ${API_KEY_RATE_MAX}).` })
  requestsPerMinute?: number | null;
}

@InputType({ description: 'Revoke a key: it stops working at once.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  id: string;
}

@ObjectType({ description: 'A new key and its secret.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyObject, { description: 'The key.' })
  apiKey: ApiKeyObject;

  @Field({ description: 'The secret (`lnob_…`). Shown this once: the hub keeps only a hash. Store it safely.' })
  secret: string;
}

@ObjectType({ description: 'Result of an API key mutation.' })
export class ApiKeyPayload {
  @Field(() => ApiKeyObject, { description: 'The key after the change.' })
  apiKey: ApiKeyObject;
}
