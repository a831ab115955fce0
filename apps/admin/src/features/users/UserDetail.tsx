import { useState } from 'react';
import { useQuery } from 'urql';
import { Badge, Button, Checkbox, EmptyState, Notice, PersonalValue, formatLocalDate, formatTimestamp, useI18n } from '@lnob/ui';
import { describeError, hiddenPersonalFields } from '../../app/errors';
import { QueryError } from '../../app/ErrorView';
import { href } from '../../app/router';
import { QueryFallback, useWithheldSoFar } from '../common/queries';
import { UserStatus } from './UserList';
import { AssignRoleDialog, EditUserDialog, EndAssignmentDialog, ResetPasswordDialog } from './UserDialogs';
import { UserDetailDocument, type UserDetailQuery } from './operations';

type Assignment = UserDetailQuery['user']['assignments'][number];
type Open = { kind: 'edit' } | { kind: 'password' } | { kind: 'assign' } | { kind: 'end'; assignment: Assignment } | null;

/**
 * One user: details (e-mail and phone are personal: without a grant they read "hidden", not an
 * error), role assignments, and the administrator's actions.
 */
export function UserDetail(p: { id: string }) {
  const { t } = useI18n();
  const [includeEnded, setIncludeEnded] = useState(false);
  const [res, reexecute] = useQuery({ query: UserDetailDocument, variables: { id: p.id, includeEnded } });
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const error = describeError(res.error);
  const u = res.data?.user;

  // Which personal fields the API withheld (e-mail, phone).
  const hidden = useWithheldSoFar(hiddenPersonalFields(res.error, ['user']));

  if (!u) return <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  return (
    <div className="lnob-page" data-testid="user-detail">
      <a href={href('/users')} className="lnob-back">
        {t('users.back')}
      </a>
      <header className="lnob-page__header">
        <h1>
          {u.displayName} <UserStatus active={u.active} lockedUntil={u.lockedUntil} />
        </h1>
        <div className="lnob-page__actions">
          <Button onClick={() => setOpen({ kind: 'edit' })}>{t('users.edit')}</Button>
          <Button onClick={() => setOpen({ kind: 'password' })}>{t('users.resetPassword')}</Button>
        </div>
      </header>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {error ? <QueryError error={error} /> : null}
      <dl className="lnob-dl">
        <dt>{t('users.username')}</dt>
        <dd>
          <code>{u.username}</code>
        </dd>
        <dt>{t('users.email')}</dt>
        <dd data-testid="user-email">
          <PersonalValue value={u.email} hidden={hidden.has('email')} />
        </dd>
        <dt>{t('users.phone')}</dt>
        <dd data-testid="user-phone">
          <PersonalValue value={u.phone} hidden={hidden.has('phone')} />
        </dd>
        <dt>{t('users.organization')}</dt>
        <dd>{u.organization ? <a href={href('/organizations', { sel: u.organization.id })}>{u.organization.name}</a> : <span className="lnob-muted">{t('users.outOfView')}</span>}</dd>
        <dt>{t('users.lastLogin')}</dt>
        <dd>{u.lastLoginAt ? formatTimestamp(u.lastLoginAt) : t('state.none')}</dd>
        <dt>{t('users.createdAt')}</dt>
        <dd>{formatTimestamp(u.createdAt)}</dd>
      </dl>

      <section>
        <header className="lnob-section__header">
          <h2>{t('users.assignments')}</h2>
          <Checkbox label={t('users.showEnded')} checked={includeEnded} onChange={setIncludeEnded} />
          <Button variant="primary" onClick={() => setOpen({ kind: 'assign' })}>
            {t('users.assignRole')}
          </Button>
        </header>
        {u.assignments.length === 0 ? (
          <EmptyState message={t('users.noAssignments')} />
        ) : (
          <table className="lnob-table" data-testid="assignments">
            <thead>
              <tr>
                <th>{t('users.role')}</th>
                <th>{t('users.assignmentOrganization')}</th>
                <th>{t('users.viewOrganization')}</th>
                <th>{t('users.validFrom')}</th>
                <th>{t('users.validTo')}</th>
                <th>{t('apiKeys.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {u.assignments.map((a) => (
                <tr key={a.id}>
                  <td>{t(`role.${a.role}`)}</td>
                  <td>{a.organization?.name ?? <span className="lnob-muted">{t('users.outOfView')}</span>}</td>
                  <td>{a.viewOrganization?.name ?? t('state.none')}</td>
                  <td>{formatLocalDate(a.validFrom)}</td>
                  <td>{a.validTo ? formatLocalDate(a.validTo) : t('state.none')}</td>
                  <td>{a.active ? <Badge tone="good">{t('users.assignmentActive')}</Badge> : <Badge>{t('users.assignmentInactive')}</Badge>}</td>
                  <td>
                    {a.active ? (
                      <Button variant="danger" onClick={() => setOpen({ kind: 'end', assignment: a })}>
                        {t('users.endAssignment')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {open?.kind === 'edit' ? <EditUserDialog user={u} hidden={hidden} onClose={() => setOpen(null)} onSaved={() => finish(t('form.saved'))} /> : null}
      {open?.kind === 'password' ? <ResetPasswordDialog user={u} onClose={() => setOpen(null)} onDone={() => finish(t('users.passwordReset'))} /> : null}
      {open?.kind === 'assign' ? <AssignRoleDialog userId={u.id} onClose={() => setOpen(null)} onDone={() => finish(t('users.assigned'))} /> : null}
      {open?.kind === 'end' ? <EndAssignmentDialog assignment={open.assignment} onClose={() => setOpen(null)} onDone={() => finish(t('users.assignmentEnded'))} /> : null}
    </div>
  );
}
