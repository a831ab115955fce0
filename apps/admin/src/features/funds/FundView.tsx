import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Badge, Dialog, Tabs, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { oneOf } from '../common/filters';
import { fallbackProps, NOT_FOUND_ERROR, QueryFallback } from '../common/queries';
import { queryAllPages } from '../common/query-once';
import { DisbursementForm } from './DisbursementForm';
import { DonationForm } from './DonationForm';
import { FundOverview } from './FundOverview';
import { LedgerTable } from './LedgerTable';
import { fundLevelLabel } from './labels';
import { FundHeaderDocument, PledgesDocument, type FundFieldsFragment, type PledgeRowFragment } from './operations';
import { PledgeForm } from './PledgeForm';
import { PledgeList } from './PledgeList';
import { ReconciliationTab } from './ReconciliationTab';
import { ReversalForm } from './ReversalForm';
import { TransactionDialog } from './TransactionDialog';
import { TransferForm } from './TransferForm';
import './funds.css';

const FUND_TABS = ['overview', 'ledger', 'pledges', 'reconciliation'] as const;
type FundTab = (typeof FUND_TABS)[number];

/**
 * `#/funds/<id>?tab=overview|ledger|pledges|reconciliation`: the fund's name, committee, area,
 * validity, balance and accounts; its overview, ledger, pledges or bank-statement reconciliation;
 * the forms as dialogs named in the URL (`form=donation|pledge|disbursement|transfer`,
 * `form=donation&pledge=<id>` to fulfil a pledge, `reverse=<transaction>`, `tx=<transaction>` for a
 * row in full).
 */
export function FundView(p: { id: string }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const q = route.query;
  const [res, reexecute] = useQuery({ query: FundHeaderDocument, variables: { id: p.id } });
  const fund = res.data?.fund;
  if (!fund) {
    return (
      <div className="lnob-page" data-testid="fund-view">
        <a href={href('/funds')} className="lnob-back">
          {t('funds.back')}
        </a>
        <QueryFallback {...fallbackProps(res, reexecute)} />
      </div>
    );
  }
  const tab = oneOf(FUND_TABS, q.get('tab')) ?? 'overview';
  const capture = can('data.capture');
  const today = todayLocal();
  const closed = fund.validTo !== null && fund.validTo < today;
  const tabHref = (key: FundTab) => href(route.path, { tab: key === 'overview' ? null : key, year: q.get('year') });
  const open = (form: string) => withQuery(route, { form, pledge: null, reverse: null, tx: null });
  const close = () => navigate(withQuery(route, { form: null, pledge: null, reverse: null, tx: null }));
  const form = q.get('form');
  const reverse = q.get('reverse');
  const tx = q.get('tx');

  return (
    <div className="lnob-page" data-testid="fund-view" data-fund={fund.id}>
      <a href={href('/funds')} className="lnob-back">
        {t('funds.back')}
      </a>
      <header className="lnob-page__header">
        <div>
          <h1>
            {fund.name} <Badge>{fundLevelLabel(fund.level, locale)}</Badge>
            {closed ? <Badge tone="warn">{t('funds.closedSince', { date: formatLocalDate(fund.validTo!) })}</Badge> : null}
          </h1>
          <p className="lnob-muted">
            {[fund.organization?.name, fund.area?.name, fund.campaignBoard ? `${t('funds.campaignBoard')}: ${fund.campaignBoard.name}` : null].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="lnob-funds__card lnob-funds__card--balance">
          <span className="lnob-muted">{t('funds.balance')}</span>
          <strong data-testid="fund-balance">{formatVnd(fund.balance, locale)}</strong>
        </div>
      </header>
      <p className="lnob-muted">
        {fund.validTo ? t('browser.validFromTo', { from: formatLocalDate(fund.validFrom), to: formatLocalDate(fund.validTo) }) : t('browser.validFromOpen', { from: formatLocalDate(fund.validFrom) })}
        {closed ? ` — ${t('funds.closedHelp', { date: formatLocalDate(fund.validTo!) })}` : ''}
      </p>
      {fund.bankAccounts.length > 0 ? (
        <ul className="lnob-list lnob-muted" data-testid="bank-accounts">
          {fund.bankAccounts.map((b) => (
            <li key={`${b.bankName}-${b.accountNumber}`}>
              {t('funds.bankAccount')}: {b.accountNumber} — {b.bankName} ({b.accountName})
            </li>
          ))}
        </ul>
      ) : null}
      {capture ? (
        <div className="lnob-page__actions lnob-funds__actions">
          <a className="lnob-button lnob-button--primary" href={open('donation')} data-testid="open-donation">
            {t('funds.recordDonation')}
          </a>
          <a className="lnob-button" href={open('pledge')} data-testid="open-pledge">
            {t('funds.recordPledge')}
          </a>
          <a className="lnob-button" href={open('disbursement')} data-testid="open-disbursement">
            {t('funds.recordDisbursement')}
          </a>
          <a className="lnob-button" href={open('transfer')} data-testid="open-transfer">
            {t('funds.recordTransfer')}
          </a>
        </div>
      ) : null}
      <Tabs
        label={fund.name}
        active={tab}
        tabs={[
          { key: 'overview', label: t('funds.overview'), href: tabHref('overview') },
          { key: 'ledger', label: t('funds.ledger'), href: tabHref('ledger') },
          { key: 'pledges', label: t('funds.pledges'), href: tabHref('pledges') },
          { key: 'reconciliation', label: t('recon.tab'), href: tabHref('reconciliation') },
        ]}
      />
      {tab === 'overview' ? (
        <FundOverview fund={fund} />
      ) : tab === 'ledger' ? (
        <LedgerTable fund={fund} />
      ) : tab === 'pledges' ? (
        <PledgeList fund={fund} />
      ) : (
        <ReconciliationTab fund={fund} />
      )}

      {capture && form === 'donation' ? (
        q.get('pledge') ? <FulfilPledge fund={fund} pledgeId={q.get('pledge')!} onClose={close} /> : <DonationForm fund={fund} onClose={close} />
      ) : null}
      {capture && form === 'pledge' ? <PledgeForm fund={fund} onClose={close} /> : null}
      {capture && form === 'disbursement' ? <DisbursementForm fund={fund} onClose={close} /> : null}
      {capture && form === 'transfer' ? <TransferForm fund={fund} onClose={close} /> : null}
      {capture && reverse ? <ReversalForm key={reverse} fund={fund} transactionId={reverse} onClose={close} /> : null}
      {tx && !reverse && !form ? <TransactionDialog key={tx} fund={fund} transactionId={tx} onClose={close} /> : null}
    </div>
  );
}

/** Pledges read at most when looking for the one named in the URL (100 per page). */
const PLEDGE_PAGES = 50;

/**
 * The donation form for a pledge named in the URL: the pledge is read from the fund's pledges (the
 * API does not fetch a pledge by `node(id)`), for its donor and what is outstanding.
 */
function FulfilPledge(p: { fund: FundFieldsFragment; pledgeId: string; onClose(): void }) {
  const { t } = useI18n();
  const client = useClient();
  const [state, setState] = useState<{ pledge: PledgeRowFragment | null; error: AppError | null; done: boolean }>({ pledge: null, error: null, done: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const isIt = (x: PledgeRowFragment) => x.id === p.pledgeId;
      const r = await queryAllPages(client, PledgesDocument, (after) => ({ fundId: p.fund.id, first: 100, after }), (d) => d.pledges, PLEDGE_PAGES, (pledges) => cancelled || pledges.some(isIt));
      if (cancelled) return;
      if (!r.ok) return setState({ pledge: null, error: r.error, done: true });
      const found = r.nodes.find(isIt) ?? null;
      // Not found: known once every page was read (not after PLEDGE_PAGES pages).
      if (found || !r.capped) setState({ pledge: found, error: null, done: true });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, p.fund.id, p.pledgeId, attempt]);
  if (!state.pledge) {
    const error = state.error ?? (state.done ? NOT_FOUND_ERROR : null);
    return (
      <Dialog title={t('funds.fulfilPledge')} onClose={p.onClose}>
        <QueryFallback fetching={!state.done} error={error} onRetry={() => setAttempt(attempt + 1)} />
      </Dialog>
    );
  }
  return <DonationForm fund={p.fund} pledge={state.pledge} onClose={p.onClose} />;
}
