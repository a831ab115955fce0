import { useQuery } from 'urql';
import { useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { QueryFallback } from '../common/queries';
import { Succession } from './OrgDetail';
import { AreaDetailDocument } from './operations';
import { DetailTitle, Validity, type SelectLink } from './parts';

export function AreaDetail(p: { id: string; validOn: string; link: SelectLink }) {
  const { t } = useI18n();
  const [res, reexecute] = useQuery({ query: AreaDetailDocument, variables: { id: p.id, validOn: p.validOn }, requestPolicy: 'network-only' });
  const error = describeError(res.error);
  const a = res.data?.area;
  if (!a) return <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <article className="lnob-detail" data-testid="area-detail" aria-labelledby="detail-title">
      <DetailTitle path={a.path} name={a.name} validTo={a.validTo} validOn={p.validOn} href={(id) => p.link('areas', id)} />
      <dl className="lnob-dl">
        <dt>{t('browser.kind')}</dt>
        <dd>
          {t(`areaKind.${a.kind}`)} · {a.urban ? t('browser.urban') : t('browser.rural')}
        </dd>
        <dt>{t('browser.code')}</dt>
        <dd>
          <code>{a.code}</code>
        </dd>
        <dt>{t('browser.validity')}</dt>
        <dd>
          <Validity from={a.validFrom} to={a.validTo} />
        </dd>
      </dl>
      <Succession
        title={t('browser.predecessors')}
        links={a.predecessors.map((s) => ({ id: s.area.id, name: s.area.name, effectiveOn: s.effectiveOn, viewOn: s.area.validTo ?? s.effectiveOn, share: s.share }))}
        href={(id, on) => p.link('areas', id, on)}
      />
      <Succession
        title={t('browser.successors')}
        links={a.successors.map((s) => ({ id: s.area.id, name: s.area.name, effectiveOn: s.effectiveOn, viewOn: s.effectiveOn, share: s.share }))}
        href={(id, on) => p.link('areas', id, on)}
      />
    </article>
  );
}
