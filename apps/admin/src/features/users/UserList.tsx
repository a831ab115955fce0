import { useState } from 'react';
import { ROLES, type Role } from '@lnob/domain';
import { Badge, Button, EmptyState, Notice, SelectField, TextField, formatTimestamp, useI18n } from '@lnob/ui';
import { href, navigate, useRoute } from '../../app/router';
import { useSetQuery } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { useDebounced } from '../common/paging';
import { OrganizationPicker, type Picked } from '../common/Pickers';
import { CreateUserDialog } from './UserDialogs';
import { UsersDocument, USERS_PAGE } from './operations';

export function UserList() {
  const { t } = useI18n();
  const route = useRoute();
  const setQuery = useSetQuery();
  const [text, setText] = useState(route.query.get('q') ?? '');
  const search = useDebounced(text.trim(), 300);
  const role = (route.query.get('role') ?? '') as Role | '';
  const active = route.query.get('active') ?? '';
  const [org, setOrg] = useState<Picked | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const filter = {
    search: search || undefined,
    role: role || undefined,
    active: active === '' ? undefined : active === 'true',
    organizationId: org?.id,
  };
  const list = usePagedQuery(UsersDocument, { filter }, USERS_PAGE);

  return (
    <div className="lnob-page">
      <header className="lnob-page__header">
        <h1>{t('users.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('users.new')}
        </Button>
      </header>
      {created ? <Notice kind="success">{t('users.created', { name: created })}</Notice> : null}
      <div className="lnob-toolbar">
        <TextField type="search" label={t('form.search')} placeholder={t('users.search')} value={text} onChange={setText} name="q" />
        <SelectField
          label={t('users.filterRole')}
          value={role}
          onChange={(v) => setQuery({ role: v || null })}
          options={[{ value: '', label: t('form.all') }, ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
        />
        <SelectField
          label={t('users.filterActive')}
          value={active}
          onChange={(v) => setQuery({ active: v || null })}
          options={[
            { value: '', label: t('form.all') },
            { value: 'true', label: t('users.active') },
            { value: 'false', label: t('users.inactive') },
          ]}
        />
        <OrganizationPicker label={t('users.filterOrganization')} value={org} onChange={setOrg} />
      </div>
      <PagedResults
        query={list}
        conn={list.res.data?.users}
        total
        empty={<EmptyState message={filter.search || filter.role || filter.organizationId || active ? t('state.noResults') : t('state.empty')} />}
      >
        {(conn) => (
          <table className="lnob-table" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('users.displayName')}</th>
                <th>{t('users.username')}</th>
                <th>{t('users.organization')}</th>
                <th>{t('users.role')}</th>
                <th>{t('users.filterActive')}</th>
                <th>{t('users.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: u }) => (
                <tr key={u.id}>
                  <td>
                    <a href={href(`/users/${encodeURIComponent(u.id)}`)}>{u.displayName}</a>
                  </td>
                  <td>
                    <code>{u.username}</code>
                  </td>
                  <td>{u.organization?.name ?? <span className="lnob-muted">{t('users.outOfView')}</span>}</td>
                  <td>
                    {[...new Set(u.assignments.map((a) => a.role))].map((r) => (
                      <Badge key={r}>{t(`role.${r}`)}</Badge>
                    ))}
                  </td>
                  <td>
                    <UserStatus active={u.active} lockedUntil={u.lockedUntil} />
                  </td>
                  <td>{u.lastLoginAt ? formatTimestamp(u.lastLoginAt) : t('state.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
      {creating ? (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={(u) => {
            setCreating(false);
            setCreated(u.displayName);
            navigate(href(`/users/${encodeURIComponent(u.id)}`));
          }}
        />
      ) : null}
    </div>
  );
}

export function UserStatus(p: { active: boolean; lockedUntil: string | null }) {
  const { t } = useI18n();
  const locked = p.lockedUntil !== null && Date.parse(p.lockedUntil) > Date.now();
  return (
    <>
      {p.active ? <Badge tone="good">{t('users.active')}</Badge> : <Badge tone="bad">{t('users.inactive')}</Badge>}{' '}
      {locked && p.lockedUntil ? <Badge tone="warn">{t('users.locked', { time: formatTimestamp(p.lockedUntil) })}</Badge> : null}
    </>
  );
}
