import { useQuery } from 'urql';
import { Badge, DataTable, EmptyState, SelectField, formatLocalDate, formatPeriod } from '@lnob/ui';
import { useRoute } from '../../app/router';
import { oneOf, useSetQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { PlanStatusBadge } from './badges';
import { CASCADE_LEVELS, MissingImplementingPlansDocument, PlanCascadeDocument, type CascadeFieldsFragment } from './operations';
import { names, planHref } from './parts';
import { useI18n } from './i18n';

/** A node of the cascade as the query answers it (children to the depth asked). */
interface CascadeNode extends CascadeFieldsFragment {
  children?: readonly CascadeNode[] | null;
}

/**
 * The reports of a node's latest due period as marks: submitted / expected, how many late, how many
 * overdue, how many approved (each only when there are some).
 */
function ComplianceMarks(p: { compliance: CascadeFieldsFragment['compliance'] }) {
  const { t, locale } = useI18n();
  const c = p.compliance;
  if (!c || c.expected === 0 || !c.period) return <span className="lnob-muted">{t('plans.cascadeNoReports')}</span>;
  const complete = c.submitted >= c.expected;
  return (
    <span className="lnob-plans__marks" data-testid="compliance-marks" data-submitted={c.submitted} data-expected={c.expected}>
      <Badge tone={complete ? 'good' : c.overdue > 0 ? 'bad' : 'warn'}>{t('plans.cascadeReports', { period: formatPeriod(c.period, locale), submitted: c.submitted, expected: c.expected })}</Badge>
      {c.late > 0 ? <Badge tone="warn">{t('plans.cascadeLate', { count: c.late })}</Badge> : null}
      {c.overdue > 0 ? <Badge tone="bad">{t('plans.cascadeOverdue', { count: c.overdue })}</Badge> : null}
      {c.approved > 0 ? <Badge tone="good">{t('plans.cascadeApproved', { count: c.approved })}</Badge> : null}
    </span>
  );
}

function CascadeItem(p: { node: CascadeNode }) {
  const { t } = useI18n();
  const { plan } = p.node;
  const children = p.node.children ?? [];
  return (
    <li data-plan={plan.id} data-depth={p.node.depth}>
      <div className="lnob-plans__cascade-node">
        <a href={planHref(plan.id, { tab: 'cascade' })}>{plan.number}</a>
        <span>{plan.title}</span>
        <span className="lnob-muted">
          {names(plan.issuers)}
          {plan.issuedOn ? ` · ${formatLocalDate(plan.issuedOn)}` : ` · ${t('plans.notIssued')}`}
        </span>
        <PlanStatusBadge status={plan.status} />
        <ComplianceMarks compliance={p.node.compliance} />
      </div>
      {children.length > 0 ? (
        <ul>
          {children.map((c) => (
            <CascadeItem key={c.plan.id} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * `?tab=cascade&level=DISTRICT`: the plan and the plans implementing it level after level, each with
 * its compliance marks; below, who at the chosen level should have issued an implementing plan and
 * has not.
 */
export function PlanCascade(p: { planId: string; asOf?: string }) {
  const { t } = useI18n();
  const route = useRoute();
  const setQuery = useSetQuery();
  const level = oneOf(CASCADE_LEVELS, route.query.get('level')) ?? 'PROVINCE';
  const [res, reexecute] = useQuery({ query: PlanCascadeDocument, variables: { planId: p.planId, asOf: p.asOf } });
  const [missing, retryMissing] = useQuery({ query: MissingImplementingPlansDocument, variables: { planId: p.planId, level } });
  const root = res.data?.planCascade as CascadeNode | undefined;
  const rows = missing.data?.missingImplementingPlans;
  return (
    <div data-testid="plan-cascade">
      <p className="lnob-muted">{t('plans.cascadeHelp')}</p>
      {root ? (
        <ul className="lnob-plans__cascade" data-testid="cascade-tree">
          <CascadeItem node={root} />
        </ul>
      ) : (
        <QueryFallback {...fallbackProps(res, reexecute)} />
      )}
      <h2>{t('plans.missingTitle')}</h2>
      <div className="lnob-toolbar">
        <SelectField
          label={t('plans.missingLevel')}
          name="level"
          value={level}
          onChange={(v) => setQuery({ level: v === 'PROVINCE' ? null : v })}
          options={CASCADE_LEVELS.map((l) => ({ value: l, label: t(`orgLevel.${l}`) }))}
        />
      </div>
      {rows ? (
        rows.length === 0 ? (
          <EmptyState message={t('plans.noMissing')} />
        ) : (
          <DataTable className="lnob-plans__table" testId="missing-plans" columns={[t('reports.organization'), t('browser.kind'), t('browser.area'), t('plans.missingReason')]}>
            {rows.map((r) => (
              <tr key={r.organization.id} data-id={r.organization.id}>
                <th scope="row">{r.organization.name}</th>
                <td>{t(`orgKind.${r.organization.kind}`)}</td>
                <td>{r.organization.area?.name ?? t('state.none')}</td>
                <td>{r.reason ?? t('state.none')}</td>
              </tr>
            ))}
          </DataTable>
        )
      ) : (
        <QueryFallback {...fallbackProps(missing, retryMissing)} />
      )}
    </div>
  );
}
