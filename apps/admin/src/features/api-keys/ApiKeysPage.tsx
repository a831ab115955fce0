import { useState } from 'react';
import { useMutation } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Badge, Button, Checkbox, ConfirmDialog, EmptyState, Notice, SecretReveal, formatLocalDate, formatTimestamp, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { useRoute } from '../../app/router';
import { useSetQuery } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { ApiKeysDocument, API_KEYS_PAGE, RevokeApiKeyDocument, type ApiKeyFieldsFragment } from './operations';

/**
 * Integrator keys: list (optionally with revoked ones), create — the secret is shown once, in a
 * dialog, and kept nowhere else — and revoke after confirmation.
 */
export default function ApiKeysPage() {
  const { t } = useI18n();
  const route = useRoute();
  const setQuery = useSetQuery();
  const includeRevoked = route.query.get('revoked') === '1';
  const list = usePagedQuery(ApiKeysDocument, { includeRevoked }, API_KEYS_PAGE);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [revokeError, setRevokeError] = useState<AppError | null>(null);
  const [revokedDone, setRevokedDone] = useState(false);
  const [revokeState, revoke] = useMutation(RevokeApiKeyDocument);
  const today = todayLocal();

  return (
    <div className="lnob-page">
      <header className="lnob-page__header">
        <h1>{t('apiKeys.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('apiKeys.new')}
        </Button>
      </header>
      <p className="lnob-muted">{t('apiKeys.intro')}</p>
      {revokedDone ? <Notice kind="success">{t('apiKeys.revokedDone')}</Notice> : null}
      <div className="lnob-toolbar">
        <Checkbox label={t('apiKeys.showRevoked')} checked={includeRevoked} onChange={(v) => setQuery({ revoked: v ? '1' : null })} name="includeRevoked" />
      </div>
      <PagedResults query={list} conn={list.res.data?.apiKeys} empty={<EmptyState />}>
        {(conn) => (
          <table className="lnob-table" data-testid="api-keys">
            <thead>
              <tr>
                <th>{t('apiKeys.name')}</th>
                <th>{t('apiKeys.prefix')}</th>
                <th>{t('apiKeys.organization')}</th>
                <th>{t('apiKeys.scopes')}</th>
                <th>{t('apiKeys.expiresOn')}</th>
                <th>{t('apiKeys.requestsPerMinute')}</th>
                <th>{t('apiKeys.createdAt')}</th>
                <th>{t('apiKeys.lastUsedAt')}</th>
                <th>{t('apiKeys.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: k }) => (
                <tr key={k.id} data-key-name={k.name}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{k.organization?.name ?? t('state.none')}</td>
                  <td>
                    {k.scopes.map((s) => (
                      <Badge key={s}>{t(`apiKeyScope.${s}`)}</Badge>
                    ))}
                    {k.personalData ? <Badge tone="warn">{t('apiKeys.personalData')}</Badge> : null}
                  </td>
                  <td>{formatLocalDate(k.expiresOn)}</td>
                  <td>{k.requestsPerMinute}</td>
                  <td>
                    {formatTimestamp(k.createdAt)}
                    {k.createdBy ? <div className="lnob-muted">{k.createdBy.displayName}</div> : null}
                  </td>
                  <td>{k.lastUsedAt ? formatTimestamp(k.lastUsedAt) : t('state.none')}</td>
                  <td>
                    {k.revokedAt ? (
                      <Badge tone="bad">{t('apiKeys.revoked', { time: formatTimestamp(k.revokedAt) })}</Badge>
                    ) : k.expiresOn < today ? (
                      <Badge tone="warn">{t('apiKeys.expired')}</Badge>
                    ) : (
                      <Badge tone="good">{t('apiKeys.active')}</Badge>
                    )}
                  </td>
                  <td>
                    {!k.revokedAt ? (
                      <Button
                        variant="danger"
                        onClick={() => {
                          setRevokeError(null);
                          setRevoking(k);
                        }}
                      >
                        {t('apiKeys.revoke')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>

      {creating ? (
        <CreateApiKeyDialog
          onClose={() => setCreating(false)}
          onCreated={(name, value) => {
            setCreating(false);
            setSecret({ name, value });
          }}
        />
      ) : null}
      {secret ? <SecretReveal title={t('apiKeys.secretTitle', { name: secret.name })} secret={secret.value} onDone={() => setSecret(null)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={t('apiKeys.revoke')}
          message={t('apiKeys.revokeConfirm', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          danger
          busy={revokeState.fetching}
          error={<FormError error={revokeError} />}
          onCancel={() => setRevoking(null)}
          onConfirm={async () => {
            const r = await revoke({ input: { id: revoking.id } });
            const e = describeError(r.error);
            setRevokeError(e);
            if (!e) {
              setRevoking(null);
              setRevokedDone(true);
            }
          }}
        />
      ) : null}
    </div>
  );
}
