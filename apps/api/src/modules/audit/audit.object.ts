import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/relay/connection';
import { isNodeTypeName, toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar } from '../../common/scalars';
import type { AuditEntryEntity, PersonalDataReadEntity } from './audit.entity';

@ObjectType('AuditChange', { description: 'One field of an object before and after a change.' })
export class AuditChangeObject {
  @Field({ description: 'Field name, e.g. `name`, `validTo`.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Value before, JSON-encoded (null: absent). Secrets read "[redacted]".' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Value after, JSON-encoded (null: absent). Secrets read "[redacted]".' })
  after: string | null;
}

/**
 * Fields both trails show. Decorated so that type-graphql copies these fields into the subclasses
 * (it inherits fields only from decorated classes); never referenced, so not emitted itself.
 */
@ObjectType()
abstract class AuditBase extends Node {
  rowId: number;
  userRowId: number | null;
  apiKeyRowId: number | null;

  @Field(() => DateTimeScalar, { description: 'When it happened (UTC).' })
  at: Date;

  @Field({ description: 'The request it happened in (as in error responses and server logs).' })
  requestId: string;

  @Field({ description: 'Type of the object, e.g. `Organization`, `User`, `ApiKey`.' })
  entityType: string;

  @Field(() => ID, { description: 'Global id of the object (usable with `node(id:)` while it is in your scope).' })
  entityId: string;

  @Field({ description: 'Who did it, as they were named then (username, `key:lnob_…` or `system`).' })
  actorName: string;

  protected fill(e: AuditEntryEntity | PersonalDataReadEntity, type: 'AuditEntry' | 'PersonalDataRead') {
    this.id = toGlobalId(type, e.id);
    this.rowId = e.id;
    this.userRowId = e.userId;
    this.apiKeyRowId = e.apiKeyId;
    this.at = e.at;
    this.requestId = e.requestId;
    this.entityType = e.entityType;
    this.entityId = isNodeTypeName(e.entityType) ? toGlobalId(e.entityType, e.entityRowId) : `${e.entityType}:${e.entityRowId}`;
    this.actorName = e.actorName;
  }
}

@ObjectType('AuditEntry', { implements: Node, description: 'One mutation\'s effect on one object (nhật ký thay đổi). Append-only.' })
export class AuditEntryObject extends AuditBase {
  @Field({ description: 'What was done: create, update, move, close, merge, assign, revoke, login, loginFailed…' })
  action: string;

  @Field(() => [AuditChangeObject], { description: 'Changed fields, before → after.' })
  changes: AuditChangeObject[];

  static from(e: AuditEntryEntity): AuditEntryObject {
    const o = new AuditEntryObject();
    o.fill(e, 'AuditEntry');
    o.action = e.action;
    o.changes = e.changes.map((c) =>
      Object.assign(new AuditChangeObject(), {
        field: c.field,
        before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
        after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
      }),
    );
    return o;
  }
}

@ObjectType('PersonalDataRead', { implements: Node, description: 'A request\'s reads of personal fields of one object (nhật ký truy cập dữ liệu cá nhân).' })
export class PersonalDataReadObject extends AuditBase {
  @Field(() => [String], { description: 'The personal fields returned.' })
  fields: string[];

  static from(e: PersonalDataReadEntity): PersonalDataReadObject {
    const o = new PersonalDataReadObject();
    o.fill(e, 'PersonalDataRead');
    o.fields = e.fields;
    return o;
  }
}

@ObjectType('AuditEntryConnection', { description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection extends Connection(AuditEntryObject, 'AuditEntry') {}

@ObjectType('PersonalDataReadConnection', { description: 'A page of personal-data reads, newest first.' })
export class PersonalDataReadConnection extends Connection(PersonalDataReadObject, 'PersonalDataRead') {}
