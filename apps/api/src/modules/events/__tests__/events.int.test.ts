/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Events (docs/plans.md "events") through GraphQL on both engines: creating with every field problem
 * at once, scope (reads over any organizer, writes owning the first), the list's filters and paging,
 * node(), crediting donations (kind, reversal, one event per transaction, funds out of view), the
 * money raised net of reversals, the audit rows, and a constant statement count for nested fields.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { AuditEntryEntity } from '../../audit/audit.entity';
import { FundEntity, LedgerTransactionEntity } from '../../funds/fund.entity';
import { orgGid, orgRow } from '../../auth/__tests__/identity-helpers';
import { PlanEntity } from '../../plans/plan.entity';
import { demoPlans } from '@lnob/domain/fixtures';

const EVENT = 'id kind title startsOn endsOn place participantsCount participants beneficiariesCount beneficiaries notes organizers { id } area { code } plan { number } moneyRaised transactions { id amount }';
const CREATE = `mutation ($i: CreateEventInput!) { createEvent(input: $i) { event { ${EVENT} } } }`;
const LINK = `mutation ($i: LinkEventTransactionInput!) { linkEventTransaction(input: $i) { event { id moneyRaised transactions { id } } } }`;
const LIST = `query ($f: EventFilter, $first: Int, $after: String) { events(filter: $f, first: $first, after: $after) { totalCount edges { node { id title startsOn } } pageInfo { hasNextPage endCursor } } }`;
const reasonOf = (r: any) => `${r.errors?.[0]?.extensions?.code}/${r.errors?.[0]?.extensions?.reason}`;
const paths = (r: any) => r.errors?.[0]?.extensions?.fieldErrors?.map((e: any) => e.path);
const rowId = (gid: string) => fromGlobalId(gid)!.rowId;

describe.each(engines())('events (%s)', (engine) => {
  let hub: TestHub;
  let vffQn: string;
  let ccbQn: string;
  let vffTv: string;
  let qnFund: FundEntity;
  let tvFund: FundEntity;
  const txGid = (t: LedgerTransactionEntity) => toGlobalId('LedgerTransaction', t.id);
  const txs = async (fund: FundEntity, kind: string) => hub.dataSource.getRepository(LedgerTransactionEntity).find({ where: { fundId: fund.id, kind }, order: { id: 'ASC' } });
  const create = (input: Record<string, unknown>, as = 'quangnam.officer') =>
    hub.gql<any>(CREATE, { i: { kind: 'LAUNCH_CEREMONY', title: 'Lễ phát động Tháng cao điểm “Vì người nghèo” năm 2024', startsOn: '2024-10-17', endsOn: '2024-10-17', organizerIds: [vffQn], ...input } }, { as });

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    vffQn = await orgGid(hub, 'vff-quang-nam');
    ccbQn = await orgGid(hub, 'ccb-quang-nam');
    vffTv = await orgGid(hub, 'vff-tra-vinh');
    const fundOf = async (key: string) => hub.dataSource.getRepository(FundEntity).findOneByOrFail({ organizationId: (await orgRow(hub, key)).id });
    qnFund = await fundOf('vff-quang-nam');
    tvFund = await fundOf('vff-tra-vinh');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('creates an event with its organizers in order, filed under the first, and audits it', async () => {
    const r = await create({ organizerIds: [vffQn, ccbQn], place: ' Quảng trường 24/3, Tam Kỳ ', areaId: toGlobalId('Area', Number((await hub.dataSource.query("SELECT id FROM area WHERE code = '49'"))[0].id)), participantsCount: 500, beneficiariesCount: 0, notes: '  ' });
    expect(r.errors).toBeUndefined();
    const e = r.data.createEvent.event;
    expect(e).toMatchObject({ kind: 'LAUNCH_CEREMONY', startsOn: '2024-10-17', place: 'Quảng trường 24/3, Tam Kỳ', participantsCount: 500, beneficiariesCount: 0, notes: null, area: { code: '49' }, moneyRaised: 0, transactions: [] });
    expect(e.organizers.map((o: any) => o.id)).toEqual([vffQn, ccbQn]);
    const audit = await hub.dataSource.getRepository(AuditEntryEntity).findBy({ entityType: 'Event', entityRowId: rowId(e.id) });
    expect(audit.map((a) => [a.action, a.actorName, a.orgPath])).toEqual([['create', 'quangnam.officer', (await orgRow(hub, 'vff-quang-nam')).path]]);
  });

  it('reports every field problem at once', async () => {
    const r = await create({ kind: 'LAUNCH_CEREMONY', title: ' ', startsOn: '2024-10-20', endsOn: '2024-10-17', participantsCount: -5, beneficiariesCount: -1, organizerIds: [] });
    expect(reasonOf(r)).toBe('BAD_USER_INPUT/VALIDATION_FAILED');
    expect(paths(r)).toEqual(['input.title', 'input.endsOn', 'input.participantsCount', 'input.beneficiariesCount', 'input.organizerIds']);
  });

  it('refuses organizers the caller cannot see, organizers not in existence then, and areas it cannot see', async () => {
    const hidden = await create({ organizerIds: [vffQn, vffTv] });
    expect(reasonOf(hidden)).toBe('BAD_USER_INPUT/NOT_FOUND');
    expect(paths(hidden)).toEqual(['input.organizerIds[1]']);
    const closed = await create({ startsOn: '2025-10-17', endsOn: '2025-10-17', organizerIds: [vffQn] });
    expect(reasonOf(closed)).toBe('BAD_USER_INPUT/INVALID_VALIDITY');
    expect(paths(closed)).toEqual(['input.organizerIds[0]']);
    const area = await create({ areaId: toGlobalId('Area', Number((await hub.dataSource.query("SELECT id FROM area WHERE code = '84'"))[0].id)) });
    expect(paths(area)).toEqual(['input.areaId']);
    const badId = await create({ organizerIds: ['nope'] });
    expect(reasonOf(badId)).toBe('BAD_USER_INPUT/INVALID_ID');
  });

  it('files an event under a plan the caller can read, and lists it in Plan.events', async () => {
    const planOf = async (number: string) => toGlobalId('Plan', (await hub.dataSource.getRepository(PlanEntity).findOneByOrFail({ number })).id);
    const qnPlan = await planOf('271/KH-MTTQ-BTT');
    const r = await create({ planId: qnPlan, title: 'Lễ phát động phong trào năm 2024', startsOn: '2024-03-20', endsOn: '2024-03-20' });
    expect(r.errors).toBeUndefined();
    const id = r.data.createEvent.event.id;
    expect((await hub.gql<any>('query ($id: ID!) { node(id: $id) { ... on Event { plan { number } } } }', { id }, { as: 'quangnam.officer' })).data.node.plan).toEqual({ number: '271/KH-MTTQ-BTT' });
    const events = await hub.gql<any>('query ($id: ID!) { plan(id: $id) { events { id } } }', { id: qnPlan }, { as: 'quangnam.officer' });
    expect(events.data.plan.events).toEqual([{ id }]);
    // The Trà Vinh People's Committee's plan is not the Quảng Nam officer's to read: a problem of the input.
    const hidden = await create({ planId: await planOf('00/KH-UBND') });
    expect([reasonOf(hidden), paths(hidden)]).toEqual(['BAD_USER_INPUT/NOT_FOUND', ['input.planId']]);
  });

  it('needs data.capture owning the first organizer', async () => {
    // The Veterans' Association is visible to the Quảng Nam VFF officer (same area) but not theirs.
    expect(reasonOf(await create({ organizerIds: [ccbQn, vffQn] }))).toBe('FORBIDDEN/OUT_OF_SCOPE');
    expect(reasonOf(await create({ organizerIds: [vffTv] }, 'travinh.viewer'))).toBe('FORBIDDEN/PERMISSION_DENIED');
    expect(reasonOf(await create({}, null as never))).toBe('UNAUTHENTICATED/AUTHENTICATION_REQUIRED');
    // The Veterans' officer may, with their association first and the VFF committee second.
    const ok = await create({ organizerIds: [ccbQn, vffQn], title: 'Trao nhà “Nghĩa tình đồng đội”' }, 'veterans.quangnam');
    expect(ok.errors).toBeUndefined();
  });

  it('lists the events of visible organizers in date order, with filters and paging', async () => {
    const dates = ['2024-11-05', '2024-01-20', '2024-12-01'];
    for (const [k, d] of dates.entries()) {
      const r = await create({ kind: k === 1 ? 'TET_PROGRAMME' : 'SCHOLARSHIP_CEREMONY', title: `Sự kiện ${k}`, startsOn: d, endsOn: d });
      expect(r.errors).toBeUndefined();
    }
    const tvOwn = await create({ organizerIds: [vffTv], title: 'Sự kiện Trà Vinh', startsOn: '2024-10-20', endsOn: '2024-10-21' }, 'admin');
    expect(tvOwn.errors).toBeUndefined();

    const all = await hub.gql<any>(LIST, { first: 100 }, { as: 'quangnam.officer' });
    const starts = all.data.events.edges.map((e: any) => e.node.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(all.data.events.edges.map((e: any) => e.node.title)).not.toContain('Sự kiện Trà Vinh');
    expect(all.data.events.totalCount).toBe(all.data.events.edges.length);
    const tv = await hub.gql<any>(LIST, { first: 100 }, { as: 'travinh.viewer' });
    expect(tv.data.events.edges.map((e: any) => e.node.title)).toEqual(['Sự kiện Trà Vinh']);
    const admin = await hub.gql<any>(LIST, { first: 100 });
    // The admin also sees the Trà Vinh event and the demo's Ninh Thuận events of seed 004.
    expect(admin.data.events.totalCount).toBe(all.data.events.totalCount + 1 + demoPlans.events.length);

    const byKind = await hub.gql<any>(LIST, { f: { kind: 'SCHOLARSHIP_CEREMONY' }, first: 100 }, { as: 'quangnam.officer' });
    expect(byKind.data.events.edges.map((e: any) => e.node.title)).toEqual(['Sự kiện 0', 'Sự kiện 2']);
    // Events overlapping the window (the Trà Vinh one ends on its first day), in date order.
    const window = await hub.gql<any>(LIST, { f: { from: '2024-10-21', to: '2024-11-30' }, first: 100 });
    const demo = (kind: string) => demoPlans.events.find((e) => e.kind === kind)!.title;
    expect(window.data.events.edges.map((e: any) => e.node.title)).toEqual(['Sự kiện Trà Vinh', demo('STUDY_TOUR'), 'Sự kiện 0', demo('CHARITY_TOURNAMENT')]);
    // The plan filter: the three events of the joint plan 14/KHPH-UBND-MTTQ, read in Ninh Thuận, not in Quảng Nam.
    const plan = toGlobalId('Plan', (await hub.dataSource.getRepository(PlanEntity).findOneByOrFail({ number: '14/KHPH-UBND-MTTQ' })).id);
    const ofPlan = await hub.gql<any>(LIST, { f: { planId: plan }, first: 100 }, { as: 'labour.ninhthuan' });
    expect(ofPlan.data.events.edges.map((e: any) => e.node.title)).toEqual(['FORUM', 'STUDY_TOUR', 'CHARITY_TOURNAMENT'].map(demo));
    expect((await hub.gql<any>(LIST, { f: { planId: plan }, first: 100 }, { as: 'quangnam.officer' })).data.events.totalCount).toBe(0);
    expect(reasonOf(await hub.gql<any>(LIST, { f: { planId: vffQn }, first: 1 }))).toBe('BAD_USER_INPUT/INVALID_ID');
    const byOrganizer = await hub.gql<any>(LIST, { f: { organizerId: ccbQn }, first: 100 }, { as: 'quangnam.officer' });
    expect(byOrganizer.data.events.edges.map((e: any) => e.node.title).sort()).toEqual(['Lễ phát động Tháng cao điểm “Vì người nghèo” năm 2024', 'Trao nhà “Nghĩa tình đồng đội”']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await hub.gql<any>(LIST, { first: 2, after });
      seen.push(...page.data.events.edges.map((e: any) => e.node.id));
      after = page.data.events.pageInfo.hasNextPage ? page.data.events.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(admin.data.events.edges.map((e: any) => e.node.id));
    expect(reasonOf(await hub.gql<any>(LIST, { f: { organizerId: vffQn }, first: 1 }, { as: null }))).toBe('UNAUTHENTICATED/AUTHENTICATION_REQUIRED');
  });

  it('answers node() only inside the scope of one of its organizers', async () => {
    const id = (await create({ title: 'Sự kiện node' })).data.createEvent.event.id;
    const q = 'query ($id: ID!) { node(id: $id) { __typename ... on Event { title } } }';
    expect((await hub.gql<any>(q, { id }, { as: 'quangnam.officer' })).data.node).toEqual({ __typename: 'Event', title: 'Sự kiện node' });
    expect((await hub.gql<any>(q, { id }, { as: 'travinh.viewer' })).data.node).toBeNull();
    expect((await hub.gql<any>(q, { id: toGlobalId('Event', 999_999) })).data.node).toBeNull();
  });

  it('credits donations once, net of reversals, and refuses what raised nothing or lies out of view', async () => {
    const mk = async (title: string) => (await create({ title })).data.createEvent.event.id as string;
    const event = await mk('Sự kiện gây quỹ');
    const other = await mk('Sự kiện khác');
    const [d1, d2] = (await txs(qnFund, 'DONATION')).filter((t) => t.reversesId === null);
    const link = (eventId: string, t: LedgerTransactionEntity | string, as = 'quangnam.officer') => hub.gql<any>(LINK, { i: { eventId, transactionId: typeof t === 'string' ? t : txGid(t) } }, { as });

    const first = await link(event, d1);
    expect(first.errors).toBeUndefined();
    expect(first.data.linkEventTransaction.event).toMatchObject({ moneyRaised: d1.amount, transactions: [{ id: txGid(d1) }] });
    const again = await link(event, d1);
    expect(again.data.linkEventTransaction.event.moneyRaised).toBe(d1.amount);
    expect((await hub.dataSource.getRepository(AuditEntryEntity).findBy({ entityType: 'Event', entityRowId: rowId(event), action: 'linkTransaction' })).length).toBe(1);
    expect(reasonOf(await link(other, d1))).toBe('CONFLICT/TRANSACTION_ALREADY_LINKED');
    expect((await link(event, d2)).data.linkEventTransaction.event.moneyRaised).toBe(d1.amount + d2.amount);

    // The demo's duplicate receipt was reversed: it raised nothing.
    const reversed = (await hub.dataSource.query('SELECT t.reversesId AS id FROM ledger_transaction t WHERE t.fundId = ? AND t.kind = ?', [qnFund.id, 'REVERSAL'])) as { id: number }[];
    expect(reasonOf(await link(event, toGlobalId('LedgerTransaction', Number(reversed[0].id))))).toBe('CONFLICT/ALREADY_REVERSED');
    const [spend] = await txs(qnFund, 'DISBURSEMENT');
    expect(reasonOf(await link(event, spend))).toBe('BAD_USER_INPUT/KIND_NOT_ALLOWED');
    const [tvDonation] = await txs(tvFund, 'DONATION');
    const hidden = await link(event, tvDonation);
    expect([reasonOf(hidden), paths(hidden)]).toEqual(['BAD_USER_INPUT/NOT_FOUND', ['input.transactionId']]);
    expect(reasonOf(await link(event, d2, 'veterans.quangnam'))).toBe('FORBIDDEN/OUT_OF_SCOPE');
    expect(reasonOf(await link(event, d2, 'travinh.viewer'))).toBe('FORBIDDEN/PERMISSION_DENIED');

    // Reversing a credited donation takes its money back out of the event.
    const rev = await hub.gql<any>('mutation ($i: ReverseTransactionInput!) { reverseTransaction(input: $i) { transaction { id } } }', { i: { transactionId: txGid(d2), idempotencyKey: `event-test-${engine}`, occurredOn: '2024-12-31', reason: 'Ghi nhầm quỹ' } });
    expect(rev.errors).toBeUndefined();
    const after = await hub.gql<any>(`query ($id: ID!) { node(id: $id) { ... on Event { moneyRaised transactions { id } } } }`, { id: event });
    expect(after.data.node).toEqual({ moneyRaised: d1.amount, transactions: [{ id: txGid(d1) }, { id: txGid(d2) }] });
    // The Trà Vinh viewer sees neither the event nor, through another event, the Quảng Nam fund's transactions.
    expect((await hub.gql<any>(`query ($id: ID!) { node(id: $id) { id } }`, { id: event }, { as: 'travinh.viewer' })).data.node).toBeNull();
  });

  it('credits one donation to one event under simultaneous requests', async () => {
    const events: string[] = [];
    for (let k = 0; k < 4; k++) events.push((await create({ title: `Sự kiện đồng thời ${k}` })).data.createEvent.event.id);
    const tx = (await txs(qnFund, 'DONATION')).filter((t) => t.reversesId === null)[5];
    const attempts = await Promise.all(Array.from({ length: 12 }, (_, k) => hub.gql<any>(LINK, { i: { eventId: events[k % 4], transactionId: txGid(tx) } }, { as: 'quangnam.officer' })));
    const won = attempts.filter((r) => !r.errors).map((r) => r.data.linkEventTransaction.event.id);
    expect(new Set(won).size).toBe(1);
    expect(attempts.filter((r) => r.errors).map(reasonOf).every((x) => x === 'CONFLICT/TRANSACTION_ALREADY_LINKED')).toBe(true);
    const raised = await Promise.all(events.map(async (id) => (await hub.gql<any>('query ($id: ID!) { node(id: $id) { ... on Event { moneyRaised } } }', { id })).data.node.moneyRaised));
    expect(raised.reduce((a, b) => a + b, 0)).toBe(tx.amount);
    expect((await hub.dataSource.getRepository(AuditEntryEntity).findBy({ entityType: 'Event', action: 'linkTransaction', entityRowId: rowId(won[0]) })).length).toBe(1);
  });

  it('shows only the transactions of funds the caller can read', async () => {
    const event = (await create({ organizerIds: [vffTv, vffQn], title: 'Sự kiện liên tỉnh' }, 'admin')).data.createEvent.event.id;
    const [tvDonation] = await txs(tvFund, 'DONATION');
    const [, , d3] = (await txs(qnFund, 'DONATION')).filter((t) => t.reversesId === null);
    for (const t of [tvDonation, d3]) expect((await hub.gql<any>(LINK, { i: { eventId: event, transactionId: txGid(t) } })).errors).toBeUndefined();
    const q = `query ($id: ID!) { node(id: $id) { ... on Event { organizers { id } moneyRaised transactions { id } } } }`;
    const asQn = (await hub.gql<any>(q, { id: event }, { as: 'quangnam.officer' })).data.node;
    expect(asQn).toEqual({ organizers: [{ id: vffQn }], moneyRaised: tvDonation.amount + d3.amount, transactions: [{ id: txGid(d3) }] });
  });

  it('answers a page of events with their nested fields in a constant number of statements', async () => {
    // Two small events with every nested field filled (plan, area, organizers, credited donations) on a day of their own.
    const area = toGlobalId('Area', Number((await hub.dataSource.query("SELECT id FROM area WHERE code = '49'"))[0].id));
    const planId = toGlobalId('Plan', (await hub.dataSource.getRepository(PlanEntity).findOneByOrFail({ number: '271/KH-MTTQ-BTT' })).id);
    const free = (await txs(qnFund, 'DONATION')).filter((t) => t.reversesId === null).slice(3, 5);
    for (const [k, t] of free.entries()) {
      const id = (await create({ title: `Sự kiện nhỏ ${k}`, startsOn: '2024-05-01', endsOn: '2024-05-01', planId, areaId: area, organizerIds: [vffQn, ccbQn] })).data.createEvent.event.id;
      expect((await hub.gql<any>(LINK, { i: { eventId: id, transactionId: txGid(t) } })).errors).toBeUndefined();
    }
    const q = `query ($f: EventFilter, $first: Int) { events(filter: $f, first: $first) { edges { node { ${EVENT} } } } }`;
    const small = await hub.gql<any>(q, { f: { from: '2024-05-01', to: '2024-05-01' }, first: 50 });
    const large = await hub.gql<any>(q, { first: 50 });
    expect(small.data.events.edges.map((e: any) => e.node.plan)).toEqual([{ number: '271/KH-MTTQ-BTT' }, { number: '271/KH-MTTQ-BTT' }]);
    expect(large.data.events.edges.length).toBeGreaterThan(10);
    expect(large.statements).toBe(small.statements);
  });
});
