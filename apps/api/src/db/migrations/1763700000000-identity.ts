import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Users, role assignments, sessions, API keys, and the two append-only audit tables. */
export class Identity1763700000000 implements MigrationInterface {
  name = 'Identity1763700000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'app_user',
        columns: [
          col.id(),
          col.varchar('username', 64),
          col.varchar('displayName', 120),
          binary(col.varchar('nameSearch', 200)),
          col.varchar('email', 254, true),
          col.varchar('phone', 20, true),
          col.varchar('passwordHash', 255),
          col.int('organizationId', true),
          col.bool('active', true),
          { ...col.int('failedLogins'), default: 0 },
          col.timestamp('lockedUntil', true),
          col.timestamp('lastLoginAt', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [
          idx('uq_app_user_username', ['username'], true),
          idx('idx_app_user_name_search', ['nameSearch']),
          idx('idx_app_user_organization', ['organizationId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'role_assignment',
        columns: [
          col.id(),
          col.int('userId'),
          col.varchar('role', 16),
          col.int('organizationId', true),
          col.int('viewOrganizationId', true),
          col.date('validFrom'),
          col.date('validTo', true),
          col.timestamp('createdAt'),
        ],
        indices: [idx('idx_role_assignment_user', ['userId']), idx('idx_role_assignment_organization', ['organizationId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true, isNullable: false },
          col.int('userId'),
          col.timestamp('createdAt'),
          col.timestamp('expiresAt'),
          col.timestamp('revokedAt', true),
        ],
        indices: [idx('idx_user_session_user', ['userId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [
          col.id(),
          col.varchar('name', 120),
          col.varchar('prefix', 16),
          col.varchar('secretHash', 64),
          col.int('organizationId'),
          col.text('scopes'),
          col.bool('personalData', false),
          col.date('expiresOn'),
          col.int('requestsPerMinute'),
          col.int('createdById', true),
          col.timestamp('createdAt'),
          col.timestamp('lastUsedAt', true),
          col.timestamp('revokedAt', true),
        ],
        indices: [idx('uq_api_key_secret_hash', ['secretHash'], true), idx('idx_api_key_organization', ['organizationId'])],
      }),
    );
    const auditColumns = () => [
      col.id(),
      col.timestamp('at'),
      col.int('userId', true),
      col.int('apiKeyId', true),
      col.varchar('actorName', 120),
      col.varchar('requestId', 64),
      col.varchar('entityType', 32),
      col.int('entityRowId'),
      binary(col.varchar('orgPath', 255, true)),
      binary(col.varchar('areaPath', 255, true)),
    ];
    for (const [name, extra] of [
      ['audit_entry', [col.varchar('action', 40), col.text('changes')]],
      ['personal_data_read', [col.text('fields')]],
    ] as const) {
      await q.createTable(
        new Table({
          name,
          columns: [...auditColumns(), ...extra],
          indices: [
            idx(`idx_${name}_entity`, ['entityType', 'entityRowId']),
            idx(`idx_${name}_user`, ['userId']),
            idx(`idx_${name}_at`, ['at']),
            idx(`idx_${name}_org_path`, ['orgPath']),
          ],
        }),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['personal_data_read', 'audit_entry', 'api_key', 'user_session', 'role_assignment', 'app_user']) await q.dropTable(t);
  }
}
