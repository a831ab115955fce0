import { Field, Int, ObjectType } from 'type-graphql';
import { apiKeyState, type ApiKeyScope } from '@lnob/domain';
import { ApiKeyScopeEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar } from '../../common/scalars';
import type { ApiKeyEntity } from './api-key.entity';

@ObjectType('ApiKey', {
  implements: Node,
  description:
    'A read-only key for an integrator (provincial portal, statistics office…). Send it as `Authorization: Bearer lnob_…`. ' +
    'It reads what its scopes name within its organization\'s subtree, at most `requestsPerMinute` requests a minute.',
})
export class ApiKeyObject extends Node {
  rowId: number;
  organizationRowId: number;
  createdByRowId: number | null;

  @Field({ description: 'What the key is for, e.g. "Cổng thông tin tỉnh Trà Vinh".' })
  name: string;

  @Field({ description: 'First characters of the secret, to recognise the key (the secret itself is never shown again).' })
  prefix: string;

  @Field(() => [ApiKeyScopeEnum], { description: 'What it may read.' })
  scopes: ApiKeyScope[];

  @Field({ description: 'Whether it may read personal fields (names, birth dates, ID numbers, contact details) in its scope.' })
  personalData: boolean;

  @Field(() => LocalDateScalar, { description: 'Last day the key works.' })
  expiresOn: string;

  @Field(() => Int, { description: 'Rate limit; beyond it requests get HTTP 429, RATE_LIMITED.' })
  requestsPerMinute: number;

  @Field(() => DateTimeScalar, { description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last request made with the key (updated at most once a minute).' })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked (null: not revoked).' })
  revokedAt: Date | null;

  @Field({ description: 'Neither revoked nor expired.' })
  active: boolean;

  static from(e: ApiKeyEntity, today: string): ApiKeyObject {
    const o = new ApiKeyObject();
    o.id = toGlobalId('ApiKey', e.id);
    o.rowId = e.id;
    o.organizationRowId = e.organizationId;
    o.createdByRowId = e.createdById;
    o.name = e.name;
    o.prefix = e.prefix;
    o.scopes = e.scopes as ApiKeyScope[];
    o.personalData = e.personalData;
    o.expiresOn = e.expiresOn;
    o.requestsPerMinute = e.requestsPerMinute;
    o.createdAt = e.createdAt;
    o.lastUsedAt = e.lastUsedAt;
    o.revokedAt = e.revokedAt;
    o.active = apiKeyState(e, today) === 'ACTIVE';
    return o;
  }
}

@ObjectType('ApiKeyConnection', { description: 'A page of API keys, newest first.' })
export class ApiKeyConnection extends Connection(ApiKeyObject, 'ApiKey') {}
