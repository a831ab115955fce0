/**
 * Household-review import at scale (issue 4 §3: 100,000 rows in 30 s on SQLite and on MariaDB).
 * A script that prints figures, not a test.
 *
 *   npm run bench:import [-- --rows 100000]
 *   LNOB_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/lnob_test npm run bench:import   (also MariaDB/MySQL; or BENCH_MYSQL_URL)
 *
 * For each engine, a fresh database with the demo data (SQLite in a file, as in production), then
 * through HTTP as the demo SYSTEM_ADMIN, timed from the upload to the job's SUCCEEDED:
 *   1. a CSV of N rows registering N new households (head with a valid CCCD) in the demo's lowest
 *      units with their 2024 review: dry run, then commit;
 *   2. a CSV of N rows of 2025 reviews of those households found by the head's CCCD: commit;
 *   3. the same as XLSX (format read time included): dry run.
 * While each commit runs, `{ hub { version } }` is sent in a loop: its worst latency shows how long
 * other requests wait for a chunk.
 */
import ExcelJS from 'exceljs';
import { cccdCenturySexDigit, DECREE_07_2021, indicatorCodes, toCsvLine } from '@lnob/domain';
import { seededRandom, type Rng } from '@lnob/domain/fixtures';
import type { Engine, TestHub } from '@lnob/api/testing';
import { arg, benchEngines, gql, runBench, withDemoHub } from './common';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Thạch', 'Kim', 'Sơn', 'Alăng', 'Bhling'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hoa', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Tuấn', 'Vy', 'Sa Rây', 'Sóc'];
const INDICATORS = indicatorCodes(DECREE_07_2021);
const HEADER = ['Mã địa bàn', 'Họ và tên chủ hộ', 'Số CCCD chủ hộ', 'Ngày sinh chủ hộ', 'Giới tính chủ hộ', 'Hộ dân tộc thiểu số', 'Năm rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt', 'Số quyết định', 'Ngày quyết định'];

interface Person { nationalId: string; birthYear: number; female: boolean; name: string }

function people(n: number, rng: Rng): Person[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
  return Array.from({ length: n }, (_, k) => {
    const female = rng() < 0.5;
    const birthYear = 1950 + Math.floor(rng() * 50);
    const sex = female ? 'FEMALE' : 'MALE';
    // Province of birth registration 049 or 084, then a serial unique within the run.
    const province = k % 2 ? '049' : '084';
    return { female, birthYear, name: `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(GIVEN)}`, nationalId: `${province}${cccdCenturySexDigit(birthYear, sex)}${String(birthYear % 100).padStart(2, '0')}${String(k).padStart(6, '0')}` };
  });
}

function review(rng: Rng): [string, string] {
  const poorish = rng() < 0.35;
  const income = poorish ? 600_000 + Math.floor(rng() * 1_000_000) : 1_600_000 + Math.floor(rng() * 3_000_000);
  const deprived = INDICATORS.filter(() => rng() < (poorish ? 0.3 : 0.08));
  return [income.toLocaleString('vi-VN'), deprived.join('; ')];
}

function registrationFile(ps: Person[], areaCodes: string[], rng: Rng): string[][] {
  return ps.map((p, k) => {
    const [income, deprived] = review(rng);
    return [areaCodes[k % areaCodes.length], p.name, p.nationalId, `15/0${1 + (k % 9)}/${p.birthYear}`, p.female ? 'Nữ' : 'Nam', rng() < 0.2 ? 'x' : '', '2024', income, deprived, `${100 + (k % 50)}/QĐ-UBND`, '14/12/2024'];
  });
}

function reviewFile(ps: Person[], rng: Rng): string[][] {
  return ps.map((p) => {
    const [income, deprived] = review(rng);
    return ['', '', p.nationalId, '', '', '', '2025', income, deprived, '', ''];
  });
}

const toCsv = (rows: string[][]) => Buffer.from([HEADER, ...rows].map((r) => toCsvLine(r)).join('\r\n'), 'utf8');

async function toXlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rà soát');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Upload, start, poll until done; with a probe request loop measuring other requests' latency. */
async function runJob(hub: TestHub, token: string, bytes: Buffer, dryRun: boolean) {
  const t0 = performance.now();
  const up = await fetch(`${hub.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': 'bench' }, body: new Uint8Array(bytes) });
  const { uploadId } = (await up.json()) as { uploadId: string };
  const started = await gql(hub.url, 'mutation ($i: ImportHouseholdReviewsInput!) { importHouseholdReviews(input: $i) { job { id } } }', { i: { uploadId, dryRun } }, token);
  const id = started.importHouseholdReviews.job.id as string;
  let done = false;
  let worst = 0;
  const probe = (async () => {
    while (!done) {
      const p0 = performance.now();
      await gql(hub.url, '{ hub { version } }', {}, token);
      worst = Math.max(worst, performance.now() - p0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  let job: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (;;) {
    job = (await gql(hub.url, 'query ($id: ID!) { importJob(id: $id) { status total validRows invalidRows householdsRegistered reviewsRecorded problemCount error } }', { id }, token)).importJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  done = true;
  await probe;
  return { seconds: (performance.now() - t0) / 1000, worstOtherRequestMs: worst, job };
}

function benchEngine(engine: Engine, n: number) {
  return withDemoHub(engine, 'import', {}, async (hub) => {
    const token = await hub.tokenOf('admin');
    const leaves: { code: string }[] = await hub.dataSource.query(
      `SELECT a.code AS code FROM area a WHERE a.validFrom <= '2024-12-14' AND (a.validTo IS NULL OR a.validTo >= '2024-12-14') ` +
        `AND NOT EXISTS (SELECT 1 FROM area c WHERE c.parentId = a.id) ORDER BY a.code`,
    );
    const rng = seededRandom(20241214);
    const ps = people(n, rng);
    const reg = registrationFile(ps, leaves.map((l) => l.code), rng);
    const out: Record<string, string | number>[] = [];
    const row = (step: string, r: Awaited<ReturnType<typeof runJob>>, bytes: Buffer) =>
      ({ engine, step, rows: r.job.total, MB: (bytes.length / 1e6).toFixed(1), seconds: r.seconds.toFixed(1), 'rows/s': Math.round(r.job.total / r.seconds), 'worst other request ms': r.worstOtherRequestMs.toFixed(0) });
    const record = (step: string, r: Awaited<ReturnType<typeof runJob>>, bytes: Buffer) => {
      if (r.job.status !== 'SUCCEEDED' || r.job.invalidRows > 0) throw new Error(`${step}: ${JSON.stringify(r.job)}`);
      out.push(row(step, r, bytes));
    };
    const csv1 = toCsv(reg);
    record('new households + 2024 review, CSV, dry run', await runJob(hub, token, csv1, true), csv1);
    record('new households + 2024 review, CSV, commit', await runJob(hub, token, csv1, false), csv1);
    const csv2 = toCsv(reviewFile(ps, rng));
    record('2025 review by head CCCD, CSV, commit', await runJob(hub, token, csv2, false), csv2);
    const xlsx = await toXlsx(reviewFile(ps, rng).map((r) => r.map((c, k) => (k === 6 ? '2025' : c))));
    // Every row is a second 2025 review now: the dry run finds them all REVIEW_EXISTS (read and checked in full).
    out.push(row('2025 review again, XLSX, dry run (all REVIEW_EXISTS)', await runJob(hub, token, xlsx, true), xlsx));
    return out;
  });
}

async function main() {
  const n = arg('rows', 100_000);
  const rows: Record<string, string | number>[] = [];
  for (const engine of benchEngines()) rows.push(...(await benchEngine(engine, n)));
  console.table(rows);
}

runBench(main);
