import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { ViewerObject } from './user.object';

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field({ description: 'Username (case-insensitive).' })
  username: string;

  @Field({ description: 'Password.' })
  password: string;
}

@ObjectType({ description: 'A new session. Send the token as `Authorization: Bearer <token>`.' })
export class LoginPayload {
  @Field({ description: 'Signed session token (JWT); valid until `expiresAt` or `logout`.' })
  token: string;

  @Field(() => DateTimeScalar, { description: 'When the token expires (12 hours after sign-in).' })
  expiresAt: Date;

  @Field(() => ViewerObject, { description: 'The signed-in user and their permissions.' })
  viewer: ViewerObject;
}

@ObjectType({ description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field({ description: 'True when an open session was ended.' })
  revoked: boolean;
}

@InputType({ description: 'Change one\'s own password.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  currentPassword: string;

  @Field({ description: 'The new password: at least 8 characters, not containing the username.' })
  newPassword: string;
}
