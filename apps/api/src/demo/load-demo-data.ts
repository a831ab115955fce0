import type { DataSource } from 'typeorm';
import { addDays, isValidOn, type AreaKind, type OrganizationKind, type OrganizationLevel } from '@lnob/domain';
import { DEMO_PASSWORD, demoData, demoPlans, type DemoDataSet } from '@lnob/domain/fixtures';
import type { Services } from '../common/services';
import type { Logger } from '../logger';
import { AreaEntity } from '../modules/areas/area.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { loadDemoFunds } from './demo-funds';
import { loadDemoPlans } from './demo-plans';

/**
 * Load the demo data of the seed documents (areas, organizations, users, households with their
 * members, reviews 2022–2025 and sponsors, the Fund for the Poor's funds and money: demo-funds.ts;
 * plans, reports, targets and events: demo-plans.ts) into an EMPTY database, through the API's own services
 * (the same validation every client gets, the poverty summary kept by the review writes). Returns
 * counts, or null when skipped.
 */
export async function loadDemoData(services: Services, ds: DataSource, log: Logger, data: DemoDataSet = demoData, opts: { funds?: boolean } = {}) {
  const existing = (await ds.getRepository(AreaEntity).count()) + (await ds.getRepository(OrganizationEntity).count());
  if (existing > 0) {
    log.debug('database not empty: demo data not loaded');
    return null;
  }
  const started = Date.now();
  const areas: { code: string; row: AreaEntity }[] = [];
  /** The area with this code that was valid on the given date (codes are reused across the 2025 merger). */
  const areaFor = (code: string, on: string) => {
    const hit = areas.find((a) => a.code === code && isValidOn(a.row, on));
    if (!hit) throw new Error(`demo data: area ${code} not valid on ${on}`);
    return hit.row;
  };
  for (const a of data.areas) {
    const row = await services.areas.create({
      code: a.code,
      name: a.name,
      kind: a.kind as AreaKind,
      urban: a.urban,
      parentId: a.parentCode ? areaFor(a.parentCode, a.validFrom).id : null,
      validFrom: a.validFrom,
      validTo: a.validTo,
    });
    areas.push({ code: a.code, row });
  }
  const orgs = new Map<string, OrganizationEntity>();
  const org = (key: string) => {
    const row = orgs.get(key);
    if (!row) throw new Error(`demo data: organization ${key} is referenced before it is defined`);
    return row;
  };
  for (const o of data.organizations) {
    const row = await services.organizations.create({
      name: o.name,
      shortName: o.shortName,
      kind: o.kind as OrganizationKind,
      level: o.level as OrganizationLevel,
      areaId: o.areaCode ? areaFor(o.areaCode, o.validFrom).id : null,
      parentId: o.parentKey ? org(o.parentKey).id : null,
      validFrom: o.validFrom,
      validTo: o.validTo,
    });
    orgs.set(o.key, row);
  }
  // Mergers: group the succession links by successor and date, record each through the service.
  const groups = new Map<string, typeof data.areaSuccessions>();
  for (const s of data.areaSuccessions) {
    const k = `${s.successorCode}|${s.effectiveOn}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const links of groups.values()) {
    const { successorCode, effectiveOn } = links[0];
    const dayBefore = addDays(effectiveOn, -1);
    await services.areas.recordMerger({
      predecessors: links.map((l) => ({ areaId: areaFor(l.predecessorCode, dayBefore).id, share: l.share })),
      successorId: areaFor(successorCode, effectiveOn).id,
      newSuccessor: null,
      effectiveOn,
      rehomeOrganizations: false,
    });
  }
  for (const s of data.organizationSuccessions) {
    await services.organizations.linkSuccessor(org(s.predecessorKey).id, org(s.successorKey).id, s.effectiveOn);
  }
  // Demo users (password DEMO_PASSWORD), each with one role in its organization from the day it began.
  for (const u of data.users) {
    const home = org(u.organizationKey);
    const user = await services.users.create({
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      phone: u.phone,
      password: DEMO_PASSWORD,
      organizationId: home.id,
    });
    await services.users.assignRole({ userId: user.id, role: u.role, organizationId: home.id, viewOrganizationId: null, validFrom: home.validFrom, validTo: null });
  }
  // Households: register with members, record the reviews in year order (each review moves the
  // poverty summary), then the sponsors. Registered on the unit the fixture names (old-tree units
  // are allowed; the statistics carry them onto today's units).
  const latestArea = new Map(areas.map((a) => [a.code, a.row]));
  let members = 0;
  let reviews = 0;
  let sponsors = 0;
  for (const h of data.households) {
    const area = latestArea.get(h.areaCode);
    if (!area) throw new Error(`demo data: household ${h.key} in unknown area ${h.areaCode}`);
    const row = await services.households.register({
      areaId: area.id,
      address: h.address,
      ethnicity: h.ethnicity,
      ethnicMinority: h.ethnicMinority,
      socialProtection: h.socialProtection,
      singleElderly: h.singleElderly,
      disability: h.disability,
      housingStatus: h.housingStatus,
      members: h.members,
    });
    members += h.members.length;
    // One transaction per household for its reviews (each recorded as recordReview would).
    const ordered = [...h.reviews].sort((a, b) => a.year - b.year);
    const recorded = await services.householdReviews.recordAll(
      row.id,
      ordered.map((r) => ({
        year: r.year,
        kind: r.kind,
        incomePerPersonPerMonth: r.incomePerPersonPerMonth,
        deprivedIndicators: r.deprivedIndicators,
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate,
        notes: r.notes,
      })),
    );
    recorded.reviews.forEach((review, k) => {
      const r = ordered[k];
      if (review.class !== r.expectedClass) throw new Error(`demo data: household ${h.key} ${r.year} is ${review.class}, expected ${r.expectedClass}`);
    });
    reviews += recorded.reviews.length;
    if (h.sponsorOrganizationKey) {
      await services.households.setSponsor(row.id, org(h.sponsorOrganizationKey).id);
      sponsors++;
    }
  }
  const moneyStarted = Date.now();
  const money = opts.funds === false ? { funds: 0, transactions: 0, pledges: 0 } : await loadDemoFunds(services, ds, (key) => orgs.get(key), (code) => latestArea.get(code)?.path);
  const fundsMs = Date.now() - moneyStarted;
  const plansStarted = Date.now();
  const planned = await loadDemoPlans(services, ds, demoPlans, (key) => orgs.get(key), (code) => latestArea.get(code)?.id, { funds: opts.funds !== false });
  const plansMs = Date.now() - plansStarted;
  return {
    areas: areas.length,
    organizations: orgs.size,
    areaSuccessions: data.areaSuccessions.length,
    organizationSuccessions: data.organizationSuccessions.length,
    users: data.users.length,
    households: data.households.length,
    householdMembers: members,
    householdReviews: reviews,
    householdSponsors: sponsors,
    funds: money.funds,
    fundTransactions: money.transactions,
    pledges: money.pledges,
    fundsMs,
    plans: planned.plans,
    targets: planned.targets,
    reports: planned.reports,
    reportSteps: planned.reportSteps,
    events: planned.events,
    plansMs,
    ms: Date.now() - started,
  };
}
