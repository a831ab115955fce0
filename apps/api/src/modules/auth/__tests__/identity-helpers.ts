/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Shared set-up for the identity & access integration tests (login, users, API keys, personal data, audit). */
import { randomUUID } from 'node:crypto';
import { demoData } from '@lnob/domain/fixtures';
import type { Role } from '@lnob/domain';
import { toGlobalId } from '../../../common/relay/global-id';
import { TEST_PASSWORD, type GqlResult, type TestHub } from '../../../testing/harness';
import { AuditEntryEntity, PersonalDataReadEntity } from '../../audit/audit.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { UserEntity } from '../user.entity';

/** A password every rule accepts (and that contains none of the test usernames). */
export const GOOD_PASSWORD = 'Mat-khau-2026!';

/** A fresh request id, to send as `x-request-id` and find the rows the request wrote. */
export const rid = () => `test-${randomUUID()}`;

/** The demo organization of a fixture key (e.g. `vff-quang-nam`). */
export async function orgRow(hub: TestHub, key: string): Promise<OrganizationEntity> {
  const f = demoData.organizations.find((o) => o.key === key);
  if (!f) throw new Error(`no organization fixture ${key}`);
  return hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name: f.name, validFrom: f.validFrom });
}

export const orgGid = async (hub: TestHub, key: string) => toGlobalId('Organization', (await orgRow(hub, key)).id);

export const userRow = (hub: TestHub, username: string) => hub.dataSource.getRepository(UserEntity).findOneByOrFail({ username });

export const userGid = async (hub: TestHub, username: string) => toGlobalId('User', (await userRow(hub, username)).id);

/** A user made by the server itself (not under test), optionally with a role in its organization from `validFrom`. */
export async function makeUser(
  hub: TestHub,
  username: string,
  orgKey: string,
  o: { role?: Role; email?: string | null; phone?: string | null; password?: string; validFrom?: string } = {},
): Promise<{ id: number; gid: string; username: string; password: string }> {
  const org = await orgRow(hub, orgKey);
  const password = o.password ?? GOOD_PASSWORD;
  const u = await hub.services.users.create({
    username,
    displayName: `Người thử ${username}`,
    email: o.email === undefined ? `${username}@example.vn` : o.email,
    phone: o.phone === undefined ? '0900 123 456' : o.phone,
    password,
    organizationId: org.id,
  });
  if (o.role) await hub.services.users.assignRole({ userId: u.id, role: o.role, organizationId: org.id, viewOrganizationId: null, validFrom: o.validFrom ?? '2024-01-01', validTo: null });
  return { id: u.id, gid: toGlobalId('User', u.id), username, password };
}

export const LOGIN = `mutation ($u: String!, $p: String!) {
  login(input: { username: $u, password: $p }) { token expiresAt viewer { permissions expiresAt user { id username } } }
}`;

/** Signs in anonymously (not cached, unlike `hub.tokenOf`): the raw answer. */
export const login = (hub: TestHub, username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
  hub.gql<any>(LOGIN, { u: username, p: password }, { as: null, headers });

/** A new session token of its own (so revoking it does not disturb the cached ones). */
export async function freshToken(hub: TestHub, username: string, password = TEST_PASSWORD): Promise<string> {
  const r = await login(hub, username, password);
  if (!r.data?.login?.token) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

export async function rowCount(hub: TestHub, table: string): Promise<number> {
  const rows: { n: number | string }[] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

/** Row counts of the tables identity writes touch, to prove a failed write left nothing behind. */
export async function counts(hub: TestHub): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['app_user', 'role_assignment', 'api_key', 'user_session', 'audit_entry', 'organization', 'area']) out[t] = await rowCount(hub, t);
  return out;
}

export const auditRowsOf = (hub: TestHub, requestId: string) =>
  hub.dataSource.getRepository(AuditEntryEntity).find({ where: { requestId }, order: { id: 'ASC' } });

export const readRowsOf = (hub: TestHub, requestId: string) =>
  hub.dataSource.getRepository(PersonalDataReadEntity).find({ where: { requestId }, order: { id: 'ASC' } });

/** The first error's code and reason. */
export const cr = (r: GqlResult<any>) => ({ code: r.errors?.[0]?.extensions.code, reason: r.errors?.[0]?.extensions.reason });

/** Names of the root fields of the Mutation type, by introspection. */
export async function mutationNames(hub: TestHub): Promise<string[]> {
  const r = await hub.gql<any>('{ __schema { mutationType { fields { name } } } }', {}, { as: null });
  return r.data.__schema.mutationType.fields.map((f: any) => f.name).sort();
}
