import { EmptyState, Markdown } from '@lnob/ui';
import { PlanStatusBadge } from './badges';
import { sectionKindLabel } from './labels';
import type { PlanDetail } from './operations';
import { names, PlanLink } from './parts';
import { useI18n } from './i18n';

/** The content tab: the plan's sections (Markdown, shown safely) and notes, its recipients and the plans implementing it. */
export function PlanContent(p: { plan: PlanDetail }) {
  const { t, locale } = useI18n();
  const { plan } = p;
  return (
    <div data-testid="plan-content">
      {plan.sections.length === 0 ? <EmptyState message={t('plans.noSections')} /> : null}
      {plan.sections.map((s, i) => (
        <section key={i} className="lnob-plans__section" data-kind={s.kind}>
          <h2>
            {s.title || sectionKindLabel(s.kind, locale)}
            {s.title && s.title !== sectionKindLabel(s.kind, locale) ? <span className="lnob-muted"> · {sectionKindLabel(s.kind, locale)}</span> : null}
          </h2>
          <Markdown source={s.body} />
        </section>
      ))}
      {plan.notes ? (
        <section className="lnob-plans__section">
          <h2>{t('plans.notes')}</h2>
          <Markdown source={plan.notes} />
        </section>
      ) : null}
      <section className="lnob-plans__section">
        <h2>{t('plans.recipients')}</h2>
        {plan.recipients.length === 0 ? (
          <p className="lnob-muted">{t('plans.noRecipients')}</p>
        ) : (
          <ul className="lnob-list" data-testid="recipients">
            {plan.recipients.map((r, i) => (
              <li key={i}>
                {r.name}
                {r.organization && r.organization.name !== r.name ? <span className="lnob-muted"> · {r.organization.name}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="lnob-plans__section">
        <h2>{t('plans.implementedBy')}</h2>
        {plan.implementingPlans.length === 0 ? (
          <p className="lnob-muted">{t('plans.noImplementing')}</p>
        ) : (
          <ul className="lnob-list" data-testid="implementing-plans">
            {plan.implementingPlans.map((x) => (
              <li key={x.id}>
                <PlanLink plan={x} /> <span className="lnob-muted">· {names(x.issuers)}</span> <PlanStatusBadge status={x.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
