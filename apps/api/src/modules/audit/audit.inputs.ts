import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/relay/connection';
import { DateTimeScalar } from '../../common/scalars';

@InputType({ description: 'Filter for the audit trails. All conditions combine with AND.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Object type, e.g. `Organization`, `User`, `ApiKey`, `Area`, `RoleAssignment`.' })
  @IsOptional()
  @Length(1, 32)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'One object, by its global id.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries by this user.' })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this time.' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @ValidateNested()
  filter?: AuditLogFilter | null;
}
