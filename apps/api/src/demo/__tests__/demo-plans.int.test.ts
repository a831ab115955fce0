/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * The demo plans, reports, targets and events as loaded with the demo data (demo-plans.ts), read
 * back through GraphQL: the cascade of seed plans, reports in every status, the events of seed 004
 * with the money they raised, the illustrative attribution of seed 000 stated in its notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from '@lnob/domain';
import { demoPlans } from '@lnob/domain/fixtures';
import { engines, startTestHub, type TestHub } from '../../testing/harness';
import { PlanEntity } from '../../modules/plans/plan.entity';
import { toGlobalId } from '../../common/relay/global-id';

const M = 1_000_000;

describe.each(engines())('demo plans (%s)', (engine) => {
  let hub: TestHub;
  const planGid = async (number: string, title?: string) => {
    const rows = await hub.dataSource.getRepository(PlanEntity).findBy({ number });
    const row = title ? rows.find((r) => r.title === title) : rows[0];
    return toGlobalId('Plan', row!.id);
  };

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('issues every seed plan, each after the plan it implements', async () => {
    const r = await hub.gql<any>('{ plans(first: 100) { totalCount edges { node { number status issuedOn implements { number } } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.plans.totalCount).toBe(demoPlans.plans.length);
    const byNumber = new Map(r.data.plans.edges.map((e: any) => [e.node.number, e.node]));
    expect(byNumber.get('562/KH-MTTW-BTT')).toMatchObject({ status: 'ISSUED', issuedOn: '2022-06-16', implements: { number: '666/QĐ-TTg' } });
    expect(byNumber.get('14/KHPH-UBND-MTTQ')).toMatchObject({ issuedOn: '2024-09-27', implements: { number: '131/KH-MTTQ-BVĐ' } });
    for (const e of r.data.plans.edges) expect(e.node.status).toBe('ISSUED');
  });

  it('says in the notes of seed 000 that its province is illustrative', async () => {
    const title = demoPlans.plans.find((p) => p.key === 'vff-tv-2022')!.title;
    const id = await planGid('00/KH-MTTQ-BTT', title);
    const r = await hub.gql<any>('query ($id: ID!) { plan(id: $id) { notes issuers { name } sections { kind body } } }', { id });
    expect(r.data.plan.notes).toMatch(/minh họa/);
    expect(r.data.plan.issuers.map((o: any) => o.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh']);
    expect(r.data.plan.sections.map((s: any) => s.kind)).toEqual(['PURPOSE', 'REQUIREMENTS', 'CONTENTS', 'OTHER', 'ORGANIZATION']);
  });

  it('sets the targets the seeds give, on their areas and organizations', async () => {
    const q = 'query ($id: ID!) { plan(id: $id) { targets { indicator { code } kind fromPeriod toPeriod value area { code } organization { name } } } }';
    const qn = await hub.gql<any>(q, { id: await planGid('00/KH-CCB') });
    expect(qn.errors).toBeUndefined();
    expect(qn.data.plan.targets.map((t: any) => [t.indicator.code, t.kind, t.fromPeriod, t.toPeriod, t.value, t.area?.code ?? t.organization?.name])).toEqual([
      ['POOR_HOUSEHOLDS_REDUCED', 'TOTAL', '2024', '2024', '2900', '49'],
      ['HOUSES_SUPPORTED', 'TOTAL', '2023', '2025', '15735', '49'],
      ['MEMBER_TEMPORARY_HOUSES', 'LEVEL', '2024', '2025', '0', 'Hội Cựu chiến binh tỉnh Quảng Nam'],
    ]);
    const tv = await hub.gql<any>(q, { id: await planGid('00/KH-UBND') });
    expect(tv.data.plan.targets.map((t: any) => [t.indicator.code, t.kind, t.value])).toEqual([
      ['POOR_AND_NEAR_POOR_RATE', 'CHANGE_PER_PERIOD', '-0.5'],
      ['ETHNIC_MINORITY_POOR_RATE', 'CHANGE_PER_PERIOD', '-1'],
      ['EXTREMELY_DIFFICULT_COMMUNES_EXITED', 'TOTAL', '2'],
      ['EXTREMELY_DIFFICULT_HAMLETS_EXITED', 'TOTAL', '5'],
    ]);
  });

  it('has reports in every status today', async () => {
    for (const status of REPORT_STATUSES) {
      const r = await hub.gql<any>('query ($s: [ReportStatus!]) { reports(filter: { status: $s }, first: 1) { totalCount } }', { s: [status] });
      expect(r.errors, status).toBeUndefined();
      expect(r.data.reports.totalCount, status).toBeGreaterThan(0);
    }
  });

  it('holds the events of seed 004 under their plan, credited with the demo donations', async () => {
    const id = await planGid('14/KHPH-UBND-MTTQ');
    const r = await hub.gql<any>('query ($id: ID!) { plan(id: $id) { events { kind title startsOn endsOn organizers { name } moneyRaised transactions { amount kind } plan { number } } } }', { id });
    expect(r.errors).toBeUndefined();
    const events = r.data.plan.events;
    expect(events.map((e: any) => [e.kind, e.startsOn])).toEqual([
      ['FORUM', '2024-10-14'],
      ['STUDY_TOUR', '2024-11-05'],
      ['CHARITY_TOURNAMENT', '2024-11-16'],
    ]);
    const forum = events[0];
    // The launch's donations (1.5 bn + 20 m with the note) and the stage pledges fulfilled since (2 bn, 0.4 bn).
    expect(forum.moneyRaised).toBe(1_500 * M + 20 * M + 2_000 * M + 400 * M);
    expect(forum.transactions.map((t: any) => t.kind).sort()).toEqual(['DONATION', 'DONATION', 'PLEDGE_FULFILMENT', 'PLEDGE_FULFILMENT']);
    expect(events[2].moneyRaised).toBe(2_785 * M);
    expect(events[1].moneyRaised).toBe(0);
    expect(forum.plan.number).toBe('14/KHPH-UBND-MTTQ');
    expect(forum.organizers.map((o: any) => o.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận', 'Ủy ban nhân dân tỉnh Ninh Thuận']);
  });
});
