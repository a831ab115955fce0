/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Bulk import of household reviews (issue 4 §3): templates, uploads, a dry run that reports every
 * bad row by line, column and reason and writes nothing, a commit of the valid rows with the class
 * derived server-side, the summary kept equal to a rebuild, audit entries, XLSX files, scope and
 * job visibility. On SQLite and, when reachable, MariaDB.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECREE_07_2021, indicatorCodes, mapImportHeader, parseImportRow } from '@lnob/domain';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { AREAS, cccd, family, registerRow, tableCounts } from '../../households/__tests__/household-helpers';
import { readImportFile } from '../import-file';
import { csv, JOB, problemsOf, runImport, START, upload } from './import-helpers';

const [I1, I2, I3] = indicatorCodes(DECREE_07_2021);
const HEADER = ['Mã hộ', 'Mã địa bàn', 'Họ và tên chủ hộ', 'Số CCCD chủ hộ', 'Ngày sinh chủ hộ', 'Giới tính chủ hộ', 'Hộ dân tộc thiểu số', 'Năm rà soát', 'Loại rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt', 'Ngày quyết định', 'Điều chỉnh'];

const summaryRows = async (hub: TestHub) =>
  (await hub.dataSource.query('SELECT * FROM poverty_summary ORDER BY areaId, year')).map((r: any) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'areaPath' ? v : Number(v)])));

const reviewsOf = async (hub: TestHub, nationalId: string) => {
  const r = await hub.gql<any>(`query ($n: String!) { households(filter: { nationalId: $n }) { edges { node { area { code } ethnicMinority reviews { year class residence effective correctionOfId } } } } }`, { n: nationalId });
  return r.data.households.edges.map((e: any) => e.node);
};

describe.each(engines())('household review import (%s)', (engine) => {
  let hub: TestHub;
  const A = cccd(1975, 'MALE');
  const B = cccd(1980, 'FEMALE');
  let E: string;
  let eId: number;
  let file: string;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    const members = family('Hồ Văn Em');
    E = members[0].nationalId!;
    eId = await registerRow(hub, AREAS.qnRural, members);
    await hub.services.householdReviews.record({ householdId: eId, year: 2024, kind: 'PERIODIC', incomePerPersonPerMonth: 3_000_000, deprivedIndicators: [] });
    const row = (o: Record<string, string | number>) => HEADER.map((h) => o[h] ?? '');
    file = csv(HEADER, [
      /* 2 */ row({ 'Mã địa bàn': AREAS.qnRural, 'Họ và tên chủ hộ': 'Bhling Văn Á', 'Số CCCD chủ hộ': A, 'Ngày sinh chủ hộ': '02/03/1975', 'Giới tính chủ hộ': 'Nam', 'Hộ dân tộc thiểu số': 'x', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1.000.000', 'Chỉ số thiếu hụt': `${I1}; ${I2}; ${I3}`, 'Ngày quyết định': '14/12/2024' }),
      /* 3 */ row({ 'Số CCCD chủ hộ': A, 'Năm rà soát': 2025, 'Thu nhập bình quân (đồng/người/tháng)': '1.800.000' }),
      /* 4 */ row({ 'Số CCCD chủ hộ': A, 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '900000', 'Chỉ số thiếu hụt': I1 }),
      /* 5 */ row({ 'Số CCCD chủ hộ': A, 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000', 'Chỉ số thiếu hụt': I1, 'Điều chỉnh': 'x' }),
      /* 6 */ row({ 'Mã địa bàn': AREAS.qnUrban, 'Họ và tên chủ hộ': 'Lê Thị Bê', 'Số CCCD chủ hộ': B, 'Năm rà soát': 2024, 'Loại rà soát': 'định kỳ', 'Thu nhập bình quân (đồng/người/tháng)': '1.900.000', 'Chỉ số thiếu hụt': `${I1};${I2};${I3}` }),
      /* 7 */ row({ 'Mã địa bàn': 'XX-NOPE', 'Họ và tên chủ hộ': 'Không Có', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      /* 8 */ row({ 'Mã địa bàn': AREAS.qnRural, 'Họ và tên chủ hộ': 'Sau Sáp Nhập', 'Năm rà soát': 2025, 'Thu nhập bình quân (đồng/người/tháng)': '1000000', 'Ngày quyết định': '10/12/2025' }),
      /* 9 */ row({ 'Số CCCD chủ hộ': E, 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      /* 10 */ row({ 'Mã hộ': toGlobalId('Household', eId), 'Năm rà soát': 2023, 'Thu nhập bình quân (đồng/người/tháng)': '1.200.000', 'Chỉ số thiếu hụt': `${I1}, ${I2}, ${I3}` }),
      /* 11 */ row({ 'Mã địa bàn': AREAS.qnRural, 'Họ và tên chủ hộ': 'Sai Số', 'Số CCCD chủ hộ': '12345', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      /* 12 */ row({ 'Mã hộ': String(eId), 'Năm rà soát': 2022, 'Thu nhập bình quân (đồng/người/tháng)': '1000000', 'Chỉ số thiếu hụt': 'WIFI' }),
      /* 13 */ row({ 'Họ và tên chủ hộ': 'Không Địa Bàn', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      /* 14 */ row({ 'Mã hộ': String(eId), 'Năm rà soát': 2022, 'Thu nhập bình quân (đồng/người/tháng)': '1000000', 'Điều chỉnh': 'có' }),
      /* 15 */ row({ 'Mã hộ': '99999999', 'Năm rà soát': 2022, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const EXPECTED_PROBLEMS = [
    [4, 'year', 'REVIEW_EXISTS'],
    [7, 'area_code', 'NOT_FOUND'],
    [8, 'area_code', 'NOT_FOUND'],
    [9, 'year', 'REVIEW_EXISTS'],
    [11, 'head_national_id', 'INVALID_NATIONAL_ID'],
    [12, 'deprived_indicators', 'UNKNOWN_INDICATOR'],
    [13, 'area_code', 'VALIDATION_FAILED'],
    [14, 'correction', 'VALIDATION_FAILED'],
    [15, 'household_id', 'NOT_FOUND'],
  ];

  it('serves the templates: CSV with a BOM and XLSX, both with the header the import reads and an example row that parses', async () => {
    const c = await fetch(`${hub.url}/templates/household-reviews.csv`);
    expect(c.status).toBe(200);
    expect(c.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await c.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const x = await fetch(`${hub.url}/templates/household-reviews.xlsx?lang=en`);
    expect(x.status).toBe(200);
    for (const sheet of [await readImportFile(bytes), await readImportFile(Buffer.from(await x.arrayBuffer()))]) {
      const mapped = mapImportHeader(sheet.rows[0].cells);
      expect(mapped.problems).toEqual([]);
      const parsed = parseImportRow(sheet.rows[1].cells, mapped.columns, 2, '2026-01-01');
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    }
    expect((await fetch(`${hub.url}/templates/household-reviews.pdf`)).status).toBe(404);
  });

  it('takes uploads only from signed-in users who may capture data', async () => {
    expect((await upload(hub, 'a,b', { as: null })).status).toBe(401);
    expect((await upload(hub, 'a,b', { token: 'nonsense' })).body.error.reason).toBe('TOKEN_INVALID');
    const viewer = await upload(hub, 'a,b', { as: 'travinh.viewer' });
    expect([viewer.status, viewer.body.error.reason]).toEqual([403, 'PERMISSION_DENIED']);
    const ok = await upload(hub, 'a,b', { fileName: 'rà soát.csv' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ fileName: 'rà soát.csv', size: 3 });
    // Another user cannot import it.
    const r = await hub.gql<any>(START, { i: { uploadId: ok.body.uploadId } }, { as: 'quangnam.officer' });
    expect(r.errors?.[0].extensions.reason).toBe('NOT_FOUND');
  });

  it('a dry run reports every bad row by line, column and reason, and writes nothing', async () => {
    const before = await tableCounts(hub);
    const summaryBefore = await summaryRows(hub);
    const { job } = await runImport(hub, file, true);
    expect(job).toMatchObject({ status: 'SUCCEEDED', dryRun: true, format: 'CSV', total: 14, processed: 14, progress: 1, validRows: 5, invalidRows: 9, householdsRegistered: 2, reviewsRecorded: 5, problemCount: 9, error: null });
    expect(problemsOf(job)).toEqual(EXPECTED_PROBLEMS);
    expect(job.problems.totalCount).toBe(9);
    const after = await tableCounts(hub);
    expect({ ...after, audit_entry: 0 }).toEqual({ ...before, audit_entry: 0 });
    expect(after.audit_entry).toBe(before.audit_entry + 1); // the job itself
    expect(await summaryRows(hub)).toEqual(summaryBefore);
  });

  it('a commit records the valid rows with the class derived server-side, keeps the summary equal to a rebuild, and audits every object', async () => {
    const before = await tableCounts(hub);
    const { job } = await runImport(hub, file, false);
    expect(job).toMatchObject({ status: 'SUCCEEDED', dryRun: false, validRows: 5, invalidRows: 9, householdsRegistered: 2, reviewsRecorded: 5 });
    expect(problemsOf(job)).toEqual(EXPECTED_PROBLEMS);
    const after = await tableCounts(hub);
    expect(after.household - before.household).toBe(2);
    expect(after.household_member - before.household_member).toBe(2);
    expect(after.household_review - before.household_review).toBe(5);
    // 2 households + 2 heads + 5 reviews + the job.
    expect(after.audit_entry - before.audit_entry).toBe(10);

    const [a] = await reviewsOf(hub, A);
    expect(a.area.code).toBe(AREAS.qnRural);
    expect(a.ethnicMinority).toBe(true);
    expect(a.reviews.map((r: any) => [r.year, r.class, r.effective, !!r.correctionOfId])).toEqual([
      [2025, 'AVERAGE_LIVING_STANDARD', true, false],
      [2024, 'NEAR_POOR', true, true],
      [2024, 'POOR', false, false],
    ]);
    const [b] = await reviewsOf(hub, B);
    expect(b.reviews.map((r: any) => [r.year, r.class, r.residence])).toEqual([[2024, 'POOR', 'URBAN']]); // 1,900,000 ≤ the urban line
    const [e] = await reviewsOf(hub, E);
    expect(e.reviews.map((r: any) => [r.year, r.class])).toEqual([[2024, 'NOT_POOR'], [2023, 'POOR']]);

    const incremental = await summaryRows(hub);
    const rebuilt = await hub.gql<any>('mutation { rebuildPovertySummary { rows } }');
    expect(rebuilt.errors).toBeUndefined();
    expect(await summaryRows(hub)).toEqual(incremental);

    // Running the same file again changes nothing: every row is now a duplicate (the correction too: it would change nothing) or still bad.
    const again = await runImport(hub, file, false);
    expect(again.job).toMatchObject({ status: 'SUCCEEDED', validRows: 0, householdsRegistered: 0, reviewsRecorded: 0 });
    expect(problemsOf(again.job).filter(([line]) => [2, 3, 5, 6, 10].includes(line))).toEqual([
      [2, 'year', 'REVIEW_EXISTS'],
      [3, 'year', 'REVIEW_EXISTS'],
      [5, 'correction', 'REVIEW_EXISTS'],
      [6, 'year', 'REVIEW_EXISTS'],
      [10, 'year', 'REVIEW_EXISTS'],
    ]);
    expect(await tableCounts(hub)).toMatchObject({ household: after.household, household_review: after.household_review });
  });

  it('reads XLSX: dates typed as dates, ID numbers typed as numbers (leading zero restored), rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rà soát');
    ws.addRow(['Mã địa bàn', 'Họ và tên chủ hộ', 'Số CCCD chủ hộ', 'Ngày sinh chủ hộ', 'Năm rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt']);
    const id = cccd(1990, 'FEMALE');
    ws.addRow([AREAS.qnRural, { richText: [{ text: 'Alăng ' }, { text: 'Thị Xê' }] }, Number(id), new Date(Date.UTC(1990, 4, 6)), 2024, 1_100_000, `${I1};${I2}`]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { job } = await runImport(hub, bytes, false);
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'XLSX', total: 1, validRows: 1, householdsRegistered: 1 });
    const [h] = await reviewsOf(hub, id);
    expect(h.reviews.map((r: any) => r.class)).toEqual(['NEAR_POOR']);
  });

  it('fails a file whose header does not match the template, naming the columns', async () => {
    const { job } = await runImport(hub, csv(['Năm rà soát', 'Màu yêu thích'], [[2024, 'xanh']]), true);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/header/);
    expect(problemsOf(job)).toEqual([
      [1, null, 'VALIDATION_FAILED'],
      [1, 'income', 'VALIDATION_FAILED'],
      [1, 'deprived_indicators', 'VALIDATION_FAILED'],
    ]);
  });

  it('fails a file that is neither XLSX nor UTF-8 text', async () => {
    const { job } = await runImport(hub, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]), true);
    expect([job.status, job.error]).toEqual(['FAILED', expect.stringMatching(/UTF-8/)]);
  });

  it('keeps to the caller’s scope: other provinces’ areas and households are not found, their ID numbers are duplicates', async () => {
    const tv = family('Thạch Văn Tê').map((m) => ({ ...m, nationalId: m.nationalId ? cccd(Number(m.birthDate!.slice(0, 4)), m.sex!, '084') : null }));
    const tvId = await registerRow(hub, AREAS.tvHamlet, tv);
    const row = (o: Record<string, string | number>) => HEADER.map((h) => o[h] ?? '');
    const body = csv(HEADER, [
      row({ 'Mã địa bàn': AREAS.tvHamlet, 'Họ và tên chủ hộ': 'Ngoài Tỉnh', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      row({ 'Mã hộ': toGlobalId('Household', tvId), 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      row({ 'Mã địa bàn': AREAS.qnRural, 'Họ và tên chủ hộ': 'Trùng Số', 'Số CCCD chủ hộ': tv[0].nationalId!, 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      row({ 'Mã địa bàn': AREAS.qnProvince, 'Họ và tên chủ hộ': 'Cấp Tỉnh', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
      row({ 'Mã địa bàn': AREAS.qnRural2, 'Họ và tên chủ hộ': 'Đúng Phạm Vi', 'Năm rà soát': 2024, 'Thu nhập bình quân (đồng/người/tháng)': '1000000' }),
    ]);
    const { job } = await runImport(hub, body, true, 'quangnam.officer');
    expect(problemsOf(job)).toEqual([
      [2, 'area_code', 'NOT_FOUND'],
      [3, 'household_id', 'NOT_FOUND'],
      [4, 'head_national_id', 'DUPLICATE_NATIONAL_ID'],
      [5, 'area_code', 'KIND_NOT_ALLOWED'],
    ]);
    expect(job.validRows).toBe(1);
    expect(JSON.stringify(job.problems)).not.toContain(toGlobalId('Household', tvId));
  });

  it('shows a job to the user who started it only, and lists their jobs newest first', async () => {
    const { job } = await runImport(hub, csv(['year', 'income', 'score_b'], [[2024, 1, 0]]), true, 'quangnam.officer');
    const other = await hub.gql<any>(JOB, { id: job.id }, { as: 'admin' });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const mine = await hub.gql<any>('{ importJobs(first: 2) { totalCount edges { node { id status problems(first: 1) { totalCount } } } } }', {}, { as: 'quangnam.officer' });
    expect(mine.data.importJobs.edges[0].node.id).toBe(job.id);
    expect(mine.data.importJobs.totalCount).toBeGreaterThanOrEqual(2);
    const anon = await hub.gql<any>(JOB, { id: job.id }, { as: null });
    expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // An unknown upload id is a clear input error.
    const r = await hub.gql<any>(START, { i: { uploadId: 'no-such-upload', dryRun: true } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
  });
});
