import { PLEDGE_STATUSES } from '@lnob/domain';
import { Badge, EmptyState, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { FilterSelect, oneOf } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { pledgeStatusLabel } from './labels';
import { PLEDGES_PAGE, PledgesDocument, type FundFieldsFragment, type PledgeStatus } from './operations';

const TONE: Record<PledgeStatus, 'neutral' | 'good' | 'bad' | 'warn'> = { OPEN: 'neutral', PARTIAL: 'warn', FULFILLED: 'good', OVERDUE: 'bad' };

function PledgeStatusBadge(p: { status: PledgeStatus }) {
  const { locale } = useI18n();
  return (
    <Badge tone={TONE[p.status]}>
      <span data-status={p.status}>{pledgeStatusLabel(p.status, locale)}</span>
    </Badge>
  );
}

/**
 * `#/funds/<id>?tab=pledges&status=…`: the fund's pledges with their standing today (open, partly
 * fulfilled, fulfilled, overdue), fulfilled and outstanding amounts, and "ghi nhận thực hiện",
 * which opens the donation form for the pledge.
 */
export function PledgeList(p: { fund: FundFieldsFragment }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const status = oneOf(PLEDGE_STATUSES, route.query.get('status'));
  const list = usePagedQuery(PledgesDocument, { fundId: p.fund.id, filter: { status } }, PLEDGES_PAGE);
  const conn = list.res.data?.pledges;
  const capture = can('data.capture');
  const v = (n: number) => formatVnd(n, locale);
  return (
    <section data-testid="pledges">
      <div className="lnob-toolbar">
        <FilterSelect label={t('funds.pledgeStatus')} name="status" value={status} options={PLEDGE_STATUSES.map((s) => ({ value: s, label: pledgeStatusLabel(s, locale) }))} />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={status ? t('state.noResults') : t('funds.noPledges')} />}>
        {(page) => (
          <table className="lnob-table" data-testid="pledges-table">
            <thead>
              <tr>
                <th>{t('funds.donor')}</th>
                <th>{t('funds.pledgedOn')}</th>
                <th>{t('funds.dueOn')}</th>
                <th className="lnob-funds__num">{t('funds.pledged')}</th>
                <th className="lnob-funds__num">{t('funds.fulfilled')}</th>
                <th className="lnob-funds__num">{t('funds.outstanding')}</th>
                <th>{t('funds.pledgeStatus')}</th>
                {capture ? <th aria-label={t('funds.actions')} /> : null}
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: x }) => (
                <tr key={x.id} data-id={x.id} data-status={x.status}>
                  <td>
                    {x.donor?.name ?? t('state.none')}
                    {x.anonymous ? <Badge>{t('funds.anonymous')}</Badge> : null}
                    {x.note ? <div className="lnob-muted">{x.note}</div> : null}
                  </td>
                  <td>{formatLocalDate(x.pledgedOn)}</td>
                  <td>{formatLocalDate(x.dueOn)}</td>
                  <td className="lnob-funds__num">{v(x.amount)}</td>
                  <td className="lnob-funds__num">{v(x.fulfilled)}</td>
                  <td className="lnob-funds__num">{v(x.outstanding)}</td>
                  <td>
                    <PledgeStatusBadge status={x.status} />
                  </td>
                  {capture ? (
                    <td>
                      {x.outstanding > 0 && x.donor ? (
                        <a className="lnob-button lnob-button--link" href={withQuery(route, { form: 'donation', pledge: x.id })} data-testid="fulfil">
                          {t('funds.fulfil')}
                        </a>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
    </section>
  );
}
