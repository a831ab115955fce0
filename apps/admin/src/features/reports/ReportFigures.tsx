import { DataTable, EmptyState, Markdown, formatFigure, formatFraction, type I18n } from '@lnob/ui';
import { indicatorName, sourceLabel, unitLabel } from '../plans/labels';
import type { ReportFieldsFragment } from './operations';
import { useI18n } from '../plans/i18n';

type ReportValue = ReportFieldsFragment['values'][number];

/** The columns of a report's figures: indicator, value (right-aligned when `numeric`), source, note. */
export const figureColumns = (t: I18n['t'], numeric: boolean) => [t('reports.indicator'), numeric ? { label: t('reports.value'), className: 'lnob-plans__num' } : t('reports.value'), t('reports.source'), t('reports.note')];

/** A figure's row heading: the indicator's name and, muted, its unit. */
export function FigureName(p: { indicator: ReportValue['indicator']; name: string }) {
  const { locale } = useI18n();
  return (
    <th scope="row">
      {p.name} <span className="lnob-muted">({unitLabel(p.indicator.unit, locale)})</span>
    </th>
  );
}

/** Where a figure came from, and the value the hub computed (when `computed`: it is worth saying). */
export function FigureSource(p: { value: ReportValue; computed: boolean }) {
  const { t, locale } = useI18n();
  const v = p.value;
  return (
    <>
      {sourceLabel(v.source, locale)}
      {p.computed && v.computedValue !== null ? <div className="lnob-muted">{t('reports.computed', { value: formatFigure(v.computedValue, v.indicator.unit, locale) })}</div> : null}
    </>
  );
}

/** The figures and narrative of a report the caller cannot change. */
export function ReportFigures(p: { report: ReportFieldsFragment }) {
  const { t, locale } = useI18n();
  const { report } = p;
  return (
    <section data-testid="report-figures">
      <h2>{t('reports.figures')}</h2>
      {report.values.length === 0 ? (
        <EmptyState message={t('reports.noFigures')} />
      ) : (
        <DataTable className="lnob-plans__table" columns={figureColumns(t, true)}>
          {report.values.map((v) => (
            <tr key={v.indicator.id} data-indicator={v.indicator.code}>
              <FigureName indicator={v.indicator} name={indicatorName(v.indicator, locale)} />
              <td className="lnob-plans__num">
                {v.value === null ? <span className="lnob-muted">{t('indicators.noValue')}</span> : formatFigure(v.value, v.indicator.unit, locale)}
                {v.numerator !== null && v.denominator !== null ? <div className="lnob-muted">{formatFraction(v.numerator, v.denominator, locale)}</div> : null}
              </td>
              <td>
                <FigureSource value={v} computed={v.computedValue !== v.value} />
              </td>
              <td>{v.note ?? t('state.none')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t('reports.narrative')}</h2>
      {report.narrative ? <Markdown source={report.narrative} className="lnob-markdown lnob-plans__section" /> : <p className="lnob-muted">{t('state.none')}</p>}
    </section>
  );
}
