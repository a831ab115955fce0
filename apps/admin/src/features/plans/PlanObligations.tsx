import { DataTable, EmptyState, formatFigure, formatLocalDate, formatPeriod, type I18n, type Locale } from '@lnob/ui';
import { href } from '../../app/router';
import { frequencyLabel, indicatorName, reporterRuleLabel, targetKindLabel, unitLabel } from './labels';
import type { PlanDetail } from './operations';
import { pad, planName, rangeText } from './parts';
import { useI18n } from './i18n';

type Obligation = PlanDetail['obligations'][number];

/** Units a figure is shown with (`12,5 %`, `1.234 ₫`): no unit name after them. */
const SIGNED_UNITS = new Set(['PERCENT', 'POINT', 'VND']);

/** When an obligation's reports are due (`Trước ngày 10/12 hằng năm`, `Trước ngày 10 tháng cuối kỳ`). */
function obligationDue(o: Obligation, t: I18n['t'], locale: Locale): string {
  if (o.frequency === 'ONE_OFF') {
    const due = o.dueOn ? t('plans.dueBy', { date: formatLocalDate(o.dueOn) }) : t('plans.noDue');
    return o.period ? `${formatPeriod(o.period, locale)} · ${due}` : due;
  }
  if (o.frequency === 'ANNUAL' && o.dueMonth !== null) return t('plans.dueEveryYear', { day: pad(o.dueDay), month: pad(o.dueMonth) });
  if (o.dueMonthOffset > 0) return t('plans.dueMonthsAfter', { day: o.dueDay, offset: o.dueMonthOffset });
  return t('plans.dueLastMonth', { day: o.dueDay });
}

/** The obligations tab: each reporting obligation, when it is due, to whom, who reports and on which indicators; the way to compliance. */
export function PlanObligations(p: { plan: PlanDetail }) {
  const { t, locale } = useI18n();
  const { obligations } = p.plan;
  if (obligations.length === 0) return <EmptyState message={t('plans.noObligations')} />;
  return (
    <>
      <p>
        <a href={href('/reports/compliance', { plan: p.plan.id, planName: planName(p.plan) })} data-testid="compliance-link">
          {t('plans.compliance')}
        </a>
      </p>
      <DataTable className="lnob-plans__table" testId="plan-obligations" columns={[t('plans.obligation'), t('plans.frequency'), t('plans.reportsTo'), t('plans.reporters'), t('plans.reportIndicators')]}>
        {obligations.map((o) => (
          <tr key={o.id} data-id={o.id}>
            <th scope="row">{o.title}</th>
            <td>
              {frequencyLabel(o.frequency, locale)}
              <div className="lnob-muted">{obligationDue(o, t, locale)}</div>
              <div className="lnob-muted">{t('plans.yearsOf', { from: o.firstYear, to: o.lastYear })}</div>
            </td>
            <td>{o.recipient.name}</td>
            <td>
              <div className="lnob-muted">{reporterRuleLabel(o.reporterRule, locale)}</div>
              {o.reporters.length > 0 ? (
                <ul className="lnob-list">
                  {o.reporters.map((r) => (
                    <li key={r.id}>{r.name}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            <td>
              {o.indicators.length === 0 ? (
                t('state.none')
              ) : (
                <ul className="lnob-list">
                  {o.indicators.map((i) => (
                    <li key={i.id}>
                      <code>{i.code}</code> {indicatorName(i, locale)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** The targets tab: each indicator's target for an area or organization over its periods. */
export function PlanTargets(p: { targets: PlanDetail['targets'] }) {
  const { t, locale } = useI18n();
  if (p.targets.length === 0) return <EmptyState message={t('plans.noTargets')} />;
  return (
    <DataTable className="lnob-plans__table" testId="plan-targets" columns={[t('plans.indicator'), t('plans.scope'), t('plans.periods'), t('plans.targetValue')]}>
      {p.targets.map((x) => (
        <tr key={x.id} data-id={x.id}>
          <th scope="row">
            {indicatorName(x.indicator, locale)} <code className="lnob-muted">{x.indicator.code}</code>
          </th>
          <td>{x.area?.name ?? x.organization?.name ?? t('state.none')}</td>
          <td>{rangeText(t, x.fromPeriod, x.toPeriod, (v) => formatPeriod(v, locale))}</td>
          <td>
            {targetKindLabel(x.kind, locale)}: <strong>{formatFigure(x.value, x.indicator.unit, locale)}</strong>
            {SIGNED_UNITS.has(x.indicator.unit) ? null : <span className="lnob-muted"> {unitLabel(x.indicator.unit, locale)}</span>}
            {x.note ? <div className="lnob-muted">{x.note}</div> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
