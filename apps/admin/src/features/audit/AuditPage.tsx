import { useState, type FormEvent } from 'react';
import { Button, DateField, EmptyState, Notice, SelectField, TextField, endOfVietnamDay, formatTimestamp, startOfVietnamDay, useI18n } from '@lnob/ui';
import { href, navigate, useRoute } from '../../app/router';
import { PagedResults, usePagedQuery } from '../common/queries';
import { UserPicker, type Picked } from '../common/Pickers';
import { AuditLogDocument, AUDIT_PAGE, type AuditLogQuery } from './operations';

/** Entity types the API writes audit entries for (free text is accepted too). */
const AUDIT_ENTITY_TYPES = ['User', 'RoleAssignment', 'ApiKey', 'Organization', 'Area'] as const;

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

/**
 * The audit log, newest first. Filters live in the URL (`#/audit?type=User&id=…&user=…&from=…&to=…`);
 * each entry unfolds to its changes (field, before → after).
 */
export default function AuditPage() {
  const route = useRoute();
  // A new filter in the URL (form, link to an entity's history) starts a fresh form and page 1.
  return <AuditView key={route.query.toString()} />;
}

function AuditView() {
  const { t } = useI18n();
  const route = useRoute();
  const q = route.query;
  const applied = { type: q.get('type') ?? '', id: q.get('id') ?? '', user: q.get('user') ?? '', userName: q.get('userName') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' };

  // The form edits a draft; "apply" writes it to the URL.
  const [type, setType] = useState(applied.type);
  const [entityId, setEntityId] = useState(applied.id);
  const [user, setUser] = useState<Picked | null>(applied.user ? { id: applied.user, name: applied.userName || applied.user } : null);
  const [from, setFrom] = useState(applied.from);
  const [to, setTo] = useState(applied.to);
  const badRange = Boolean(from && to && from > to);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (badRange) return;
    navigate(href('/audit', { type, id: entityId.trim(), user: user?.id, userName: user?.name, from, to }));
  };
  const clear = () => {
    setType('');
    setEntityId('');
    setUser(null);
    setFrom('');
    setTo('');
    navigate(href('/audit'));
  };

  const filter = {
    entityType: applied.type || undefined,
    entityId: applied.id || undefined,
    userId: applied.user || undefined,
    from: applied.from ? startOfVietnamDay(applied.from) : undefined,
    to: applied.to ? endOfVietnamDay(applied.to) : undefined,
  };
  const list = usePagedQuery(AuditLogDocument, { filter }, AUDIT_PAGE);
  const conn = list.res.data?.auditLog;
  const filtered = Object.values(filter).some(Boolean);

  return (
    <div className="lnob-page">
      <header className="lnob-page__header">
        <h1>{t('audit.title')}</h1>
        <span className="lnob-muted">{t('audit.newestFirst')}</span>
      </header>
      <form className="lnob-toolbar lnob-filters" onSubmit={apply} aria-label={t('form.search')}>
        <SelectField
          label={t('audit.entityType')}
          name="entityType"
          value={type}
          onChange={setType}
          options={[{ value: '', label: t('form.all') }, ...[...new Set([...AUDIT_ENTITY_TYPES, ...(type ? [type] : [])])].map((x) => ({ value: x, label: x }))]}
        />
        <TextField label={t('audit.entityId')} name="entityId" value={entityId} onChange={setEntityId} />
        <UserPicker label={t('audit.user')} value={user} onChange={setUser} />
        <DateField label={t('audit.from')} name="from" value={from} onChange={setFrom} />
        <DateField label={t('audit.to')} name="to" value={to} onChange={setTo} error={badRange ? t('audit.invalidRange') : null} />
        <div className="lnob-toolbar__buttons">
          <Button type="submit" variant="primary" disabled={badRange}>
            {t('form.apply')}
          </Button>
          <Button onClick={clear}>{t('form.clear')}</Button>
        </div>
      </form>
      <PagedResults query={list} conn={conn} empty={<EmptyState message={filtered ? t('state.noResults') : t('state.empty')} />}>
        {(page) => (
          <ol className="lnob-audit" data-testid="audit-entries">
            {page.edges.map(({ node }) => (
              <AuditEntryRow key={node.id} entry={node} />
            ))}
          </ol>
        )}
      </PagedResults>
      {conn && list.error ? <Notice kind="error">{t('state.error')}</Notice> : null}
    </div>
  );
}

/** A JSON-encoded audit value, readable: strings without quotes, null as "—", objects as JSON. */
export function auditValue(raw: string | null): string {
  if (raw === null) return '—';
  try {
    const v: unknown = JSON.parse(raw);
    if (v === null) return '—';
    if (typeof v === 'string') return v;
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  } catch {
    return raw;
  }
}

function AuditEntryRow(p: { entry: Entry }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const e = p.entry;
  return (
    <li className="lnob-audit__entry" data-entry-id={e.id}>
      <div className="lnob-audit__summary">
        <time dateTime={e.at}>{formatTimestamp(e.at, { seconds: true })}</time>
        <strong>{e.action}</strong>
        <span>
          {e.entityType}{' '}
          <a href={href('/audit', { type: e.entityType, id: e.entityId })} title={t('audit.entityHistory')}>
            <code>{e.entityId}</code>
          </a>
        </span>
        <span>
          {t('audit.actor')}: {e.actorName}
          {e.apiKey ? ` (${t('audit.viaApiKey', { name: e.apiKey.name })})` : null}
        </span>
        <span className="lnob-muted">
          {t('state.requestId')}: <code>{e.requestId}</code>
        </span>
        <Button variant="link" aria-expanded={open} onClick={() => setOpen((x) => !x)} disabled={e.changes.length === 0}>
          {open ? t('audit.hideChanges') : e.changes.length === 0 ? t('audit.noChanges') : t('audit.showChanges', { count: e.changes.length })}
        </Button>
      </div>
      {open ? (
        <table className="lnob-table lnob-audit__changes">
          <thead>
            <tr>
              <th>{t('audit.field')}</th>
              <th>{t('audit.before')}</th>
              <th aria-hidden="true" />
              <th>{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {e.changes.map((c) => (
              <tr key={c.field}>
                <td>
                  <code>{c.field}</code>
                </td>
                <td className="lnob-audit__before">{auditValue(c.before)}</td>
                <td aria-hidden="true">→</td>
                <td className="lnob-audit__after">{auditValue(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}
