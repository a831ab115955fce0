import type { ReactNode } from 'react';
import { act, type ReactTestInstance, type ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it, vi } from 'vitest';
import { navItemFor, visibleNavItems } from '../../app/nav';
import { SessionContext, type SessionApi } from '../../app/session';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { button, click, html, mount, settle, textOf, Wrap } from '../../testing/render';
import { UPLOAD_MAX_BYTES } from '../common/files';
import ImportPage from './ImportPage';
import { ProblemTable } from './ProblemTable';
import type { ImportJobFieldsFragment } from './operations';
import type { UploadAnswer } from './upload';

const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'x', displayName: 'X' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
const As = (p: { permissions?: string[]; children: ReactNode }) => <SessionContext.Provider value={session(p.permissions ?? ['data.capture'])}>{p.children}</SessionContext.Provider>;

const JOB: ImportJobFieldsFragment = {
  id: 'job-1',
  status: 'SUCCEEDED',
  dryRun: true,
  fileName: 'rà soát 2024.csv',
  format: 'CSV',
  uploadId: 'up-1',
  total: 2,
  processed: 2,
  progress: 1,
  validRows: 1,
  invalidRows: 1,
  householdsRegistered: 1,
  reviewsRecorded: 1,
  problemCount: 1,
  error: null,
  createdAt: '2026-11-21T06:23:00.000Z',
  finishedAt: '2026-11-21T06:23:02.000Z',
};
const job = (x: Partial<ImportJobFieldsFragment> = {}) => ({ __typename: 'ImportJob', ...JOB, ...x });
const jobs = (...nodes: Partial<ImportJobFieldsFragment>[]): MockAnswer => ({ data: { importJobs: { edges: nodes.map((n) => ({ node: job(n) })) } } });
const problem = (line: number, column: string | null, reason: string, message: string) => ({ node: { line, column, reason, message } });
const problems = (edges: ReturnType<typeof problem>[], endCursor: string | null = null): MockAnswer => ({
  data: { importJob: { id: 'job-1', problems: { edges, pageInfo: { hasNextPage: endCursor !== null, endCursor } } } },
});

/** Answers by operation name; `jobAnswers` are used in turn by ImportJob (the last one repeats). */
function client(o: { list?: MockAnswer; job?: MockAnswer[]; problems?: (c: Call) => MockAnswer; start?: (c: Call) => MockAnswer } = {}) {
  let k = 0;
  return mockClient((c) => {
    if (c.name === 'ImportJobs') return o.list ?? jobs();
    if (c.name === 'ImportJob') {
      const answers = o.job ?? [{ data: { importJob: job() } }];
      return answers[Math.min(k++, answers.length - 1)];
    }
    if (c.name === 'ImportProblems') return o.problems?.(c) ?? problems([problem(3, 'area_code', 'NOT_FOUND', 'no area with code XX-NOPE')]);
    if (c.name === 'ImportHouseholdReviews') return o.start?.(c) ?? { data: { importHouseholdReviews: { job: job({ id: 'job-2', status: 'QUEUED', total: 0, processed: 0, progress: 0 }) } } };
    return undefined;
  });
}

const page = (hash = '#/imports', extra: { locale?: 'vi' | 'en'; c?: ReturnType<typeof client>; upload?: (f: File, t: string | null) => Promise<UploadAnswer> } = {}) => {
  const c = extra.c ?? client();
  return mount(
    <Wrap client={c.client} hash={hash} locale={extra.locale}>
      <As>
        <ImportPage upload={extra.upload} getToken={() => 'tok-1'} />
      </As>
    </Wrap>,
  );
};

const progressbar = (r: ReactTestRenderer) => r.root.find((n) => n.props.role === 'progressbar');
const byTestId = (r: ReactTestRenderer, id: string) => r.root.find((n) => n.props['data-testid'] === id && typeof n.type === 'string');
const chooseFile = async (r: ReactTestRenderer, f: Pick<File, 'name' | 'size'>) => {
  const input = r.root.find((n) => n.type === 'input' && n.props.name === 'file');
  await act(async () => {
    input.props.onChange({ target: { files: [f] } });
  });
};
const rows = (table: ReactTestInstance) => table.findAllByType('tr').filter((tr) => tr.props['data-line'] !== undefined);

describe('import page', () => {
  it('explains the flow and the columns, links the templates in the current language, and says when there are no jobs yet', () => {
    const vi = html(client().client, <As><ImportPage /></As>, { hash: '#/imports' });
    expect(vi).toContain('<h1>Nhập kết quả rà soát</h1>');
    expect(vi).toContain('href="/templates/household-reviews.xlsx?lang=vi"');
    expect(vi).toContain('href="/templates/household-reviews.csv?lang=vi"');
    expect(vi).toContain('Mã địa bàn');
    expect(vi).toContain('Thôn/xã nơi hộ cư trú (bắt buộc với hộ mới)');
    expect(vi).toContain('Tệp CSV hoặc XLSX (tối đa 64 MB)');
    expect(vi).toContain('Chưa chọn tệp nào.');
    expect(vi).toContain('Bạn chưa nhập tệp nào.');
    const en = html(client().client, <As><ImportPage /></As>, { hash: '#/imports', locale: 'en' });
    expect(en).toContain('href="/templates/household-reviews.xlsx?lang=en"');
    expect(en).toContain('Hamlet or commune of the household (required for a new household)');
  });

  it('is in the navigation of users who may capture data, lazily loaded', () => {
    const item = navItemFor('/imports');
    expect(item).toMatchObject({ key: 'imports', label: 'nav.imports', requires: 'data.capture' });
    expect(visibleNavItems(['household.read', 'data.capture'])).toContain(item);
    expect(visibleNavItems(['household.read'])).not.toContain(item);
  });

  it('is refused without data.capture', () => {
    const out = html(client().client, <As permissions={['household.read']}><ImportPage /></As>, { hash: '#/imports' });
    expect(out).toContain('Tài khoản của bạn không có quyền xem trang này.');
    expect(out).not.toContain('Tải lên và kiểm tra thử');
  });

  it('lists recent jobs with date, kind, status and counts; the one shown is marked', async () => {
    const c = client({ list: jobs({}, { id: 'job-0', dryRun: false, status: 'FAILED', fileName: 'cũ.xlsx', createdAt: '2026-11-20T17:05:00.000Z', total: 0, validRows: 0, invalidRows: 0, householdsRegistered: 0, reviewsRecorded: 0 }) });
    const r = await page('#/imports?job=job-1', { c });
    const table = byTestId(r, 'import-jobs');
    const text = textOf(table);
    expect(text).toContain('21/11/2026 13:23');
    expect(text).toContain('21/11/2026 00:05');
    expect(text).toContain('rà soát 2024.csv');
    expect(text).toContain('Kiểm tra thử');
    expect(text).toContain('Nhập dữ liệu');
    expect(text).toContain('Hoàn tất');
    expect(text).toContain('Thất bại');
    const current = table.find((n) => n.type === 'a' && n.props['aria-current'] === 'true');
    expect(current.props.href).toBe('#/imports?job=job-1');
  });

  it('shows the error of the jobs list with its request id', async () => {
    // (static render: the mock's answers complete at once, which a mounted urql hook reads as "no error any more")
    const c = client({ list: { errors: [apiError('INTERNAL_SERVER_ERROR', 'INTERNAL', 'req-jobs')] } });
    const out = html(c.client, <As><ImportPage /></As>, { hash: '#/imports' });
    expect(out).toContain('Lỗi máy chủ');
    expect(out).toContain('req-jobs');
  });

  it('refuses a file over 64 MB, an empty one and other types before sending anything', async () => {
    const upload = vi.fn<(f: File, t: string | null) => Promise<UploadAnswer>>();
    const r = await page('#/imports', { upload });
    const check = () => button(r, 'Tải lên và kiểm tra thử');
    expect(check().props.disabled).toBe(true);
    await chooseFile(r, { name: 'lớn.csv', size: UPLOAD_MAX_BYTES + 1 });
    expect(textOf(r)).toContain('Tệp nặng 64 MB, vượt giới hạn 64 MB: hãy chia thành nhiều tệp nhỏ hơn.');
    expect(check().props.disabled).toBe(true);
    await chooseFile(r, { name: 'a.xls', size: 100 });
    expect(textOf(r)).toContain('Chỉ nhận tệp .csv hoặc .xlsx.');
    await chooseFile(r, { name: 'a.csv', size: 0 });
    expect(textOf(r)).toContain('Tệp rỗng.');
    await chooseFile(r, { name: 'rà soát.xlsx', size: 2048 });
    expect(textOf(byTestId(r, 'import-chosen'))).toBe('Đã chọn: rà soát.xlsx (2 KB)');
    expect(textOf(r)).not.toContain('Chưa chọn tệp nào.');
    expect(check().props.disabled).toBe(false);
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads the chosen file with the session token, then starts a dry run of it', async () => {
    const c = client();
    const upload = vi.fn(async (): Promise<UploadAnswer> => ({ ok: true, upload: { uploadId: 'up-9', fileName: 'a.csv', size: 3, sha256: 'x' } }));
    const r = await page('#/imports', { c, upload });
    const f = new File(['a,b'], 'a.csv', { type: 'text/csv' });
    await chooseFile(r, f);
    await click(button(r, 'Tải lên và kiểm tra thử'));
    expect(upload).toHaveBeenCalledWith(f, 'tok-1');
    const start = c.calls.filter((x) => x.name === 'ImportHouseholdReviews');
    expect(start.map((x) => x.variables)).toEqual([{ input: { uploadId: 'up-9', dryRun: true } }]);
    // the file is cleared for the next one
    expect(r.root.findAll((n) => n.props['data-testid'] === 'import-chosen')).toHaveLength(0);
  });

  it('shows a refused upload with its translated reason and request id, and starts nothing', async () => {
    const c = client();
    const upload = async (): Promise<UploadAnswer> => ({ ok: false, error: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED', requestId: 'req-up', fieldErrors: [], message: 'no', network: false } });
    const r = await page('#/imports', { c, upload });
    await chooseFile(r, new File(['a,b'], 'a.csv'));
    await click(button(r, 'Tải lên và kiểm tra thử'));
    expect(textOf(r)).toContain('Vai trò của bạn không có quyền này.');
    expect(textOf(r)).toContain('req-up');
    expect(c.calls.some((x) => x.name === 'ImportHouseholdReviews')).toBe(false);
  });

  it('polls a running job every 500 ms and shows its progress, then the result once it succeeded', async () => {
    const c = client({
      job: [
        { data: { importJob: job({ status: 'QUEUED', total: 0, processed: 0, progress: 0 }) } },
        { data: { importJob: job({ status: 'RUNNING', total: 2000, processed: 1000, progress: 0.5 }) } },
        { data: { importJob: job({ total: 2000, processed: 2000, validRows: 1999, invalidRows: 1, householdsRegistered: 12, reviewsRecorded: 1999 }) } },
      ],
    });
    const r = await page('#/imports?job=job-1', { c });
    const polls = () => c.calls.filter((x) => x.name === 'ImportJob').length;
    expect(polls()).toBe(1);
    expect(progressbar(r).props['aria-valuenow']).toBe(0);
    expect(textOf(r)).toContain('Đang chờ các lần nhập trước…');
    expect(r.root.findAll((n) => n.props['data-testid'] === 'import-result')).toHaveLength(0);
    await settle(520);
    expect(polls()).toBe(2);
    expect(progressbar(r).props['aria-valuenow']).toBe(50);
    expect(progressbar(r).props['aria-valuetext']).toBe('1.000 / 2.000 dòng (50 %)');
    await settle(520);
    expect(polls()).toBe(3);
    expect(progressbar(r).props['aria-valuenow']).toBe(100);
    const result = textOf(byTestId(r, 'import-result'));
    expect(result).toContain('Tổng số dòng dữ liệu2.000');
    expect(result).toContain('Dòng hợp lệ1.999');
    expect(result).toContain('Dòng có lỗi1');
    expect(result).toContain('Hộ sẽ được đăng ký mới12');
    expect(result).toContain('Kết quả rà soát sẽ được ghi1.999');
    await settle(700);
    expect(polls()).toBe(3);
  });

  it('lists problems with the column named in the current language and the reason in words, a page at a time', async () => {
    const c = client({
      job: [{ data: { importJob: job({ problemCount: 3 }) } }],
      problems: (x) =>
        x.variables.after === null
          ? problems([problem(3, 'area_code', 'NOT_FOUND', 'no area with code XX-NOPE'), problem(4, 'income', 'INVALID_VND', 'not a whole number (e.g. 1.500.000)')], 'cur-2')
          : problems([problem(5, null, 'REVIEW_EXISTS', 'the household already has a periodic review for 2024')]),
    });
    const r = await page('#/imports?job=job-1', { c, locale: 'en' });
    const table = byTestId(r, 'import-problems');
    expect(rows(table).map((tr) => [tr.props['data-line'], tr.props['data-column'], tr.props['data-reason']])).toEqual([
      [3, 'area_code', 'NOT_FOUND'],
      [4, 'income', 'INVALID_VND'],
    ]);
    expect(textOf(rows(table)[0])).toBe('3Area code · area_codeNot found (or outside your scope). NOT_FOUNDno area with code XX-NOPE');
    expect(c.calls.find((x) => x.name === 'ImportProblems')?.variables).toEqual({ id: 'job-1', first: 50, after: null });
    await click(button(r, 'Show more'));
    expect(c.calls.filter((x) => x.name === 'ImportProblems').at(-1)?.variables).toEqual({ id: 'job-1', first: 50, after: 'cur-2' });
    expect(rows(byTestId(r, 'import-problems')).map((tr) => tr.props['data-line'])).toEqual([3, 4, 5]);
    expect(textOf(rows(byTestId(r, 'import-problems'))[2])).toContain('Whole row');
    expect(r.root.findAll((n) => n.type === 'button' && textOf(n) === 'Show more')).toHaveLength(0);
  });

  it('imports the valid rows of a dry run after a confirmation, from the same upload', async () => {
    const c = client();
    const r = await page('#/imports?job=job-1', { c });
    expect(textOf(r)).toContain('Kiểm tra thử không ghi gì vào hệ thống.');
    await click(button(r, 'Nhập 1 dòng hợp lệ'));
    const dialog = r.root.find((n) => n.props.role === 'dialog');
    expect(textOf(dialog)).toContain('Ghi 1 dòng hợp lệ của tệp rà soát 2024.csv vào hệ thống? 1 dòng có lỗi sẽ bị bỏ qua.');
    await click(r.root.find((n) => n.type === 'button' && n.props['data-testid'] === 'confirm'));
    expect(c.calls.filter((x) => x.name === 'ImportHouseholdReviews').map((x) => x.variables)).toEqual([{ input: { uploadId: 'up-1', dryRun: false } }]);
    expect(r.root.findAll((n) => n.props.role === 'dialog')).toHaveLength(0);
  });

  it('says when the upload of a commit has expired', async () => {
    const c = client({ start: () => ({ errors: [{ ...apiError('BAD_USER_INPUT', 'NOT_FOUND', 'req-exp'), message: 'No such upload' }] }) });
    const r = await page('#/imports?job=job-1', { c });
    await click(button(r, 'Nhập 1 dòng hợp lệ'));
    await click(r.root.find((n) => n.type === 'button' && n.props['data-testid'] === 'confirm'));
    const dialog = textOf(r.root.find((n) => n.props.role === 'dialog'));
    expect(dialog).toContain('Tệp tải lên chỉ được giữ 1 giờ: hãy chọn và tải tệp lên lại.');
    expect(dialog).toContain('req-exp');
  });

  it('offers no second import of a file already imported, and nothing to import without valid rows', async () => {
    const done = await page('#/imports?job=job-1', { c: client({ list: jobs({}, { id: 'job-2', dryRun: false }) }) });
    expect(textOf(done)).toContain('Tệp này đã được nhập.');
    expect(done.root.find((n) => n.type === 'a' && textOf(n) === 'Xem lần nhập').props.href).toBe('#/imports?job=job-2');
    expect(done.root.findAll((n) => n.type === 'button' && n.props['data-testid'] === 'import-commit')).toHaveLength(0);
    const none = await page('#/imports?job=job-1', { c: client({ job: [{ data: { importJob: job({ validRows: 0, invalidRows: 2 }) } }] }) });
    expect(textOf(none)).toContain('Không có dòng hợp lệ nào để nhập: hãy sửa tệp và kiểm tra lại.');
  });

  it('shows the result of a commit with a link to the households', async () => {
    const r = await page('#/imports?job=job-2', { c: client({ job: [{ data: { importJob: job({ id: 'job-2', dryRun: false }) } }] }) });
    expect(textOf(r)).toContain('Nhập dữ liệu từ tệp rà soát 2024.csv');
    expect(textOf(r)).toContain('Đã nhập xong: đăng ký 1 hộ mới, ghi 1 kết quả rà soát.');
    expect(textOf(byTestId(r, 'import-result'))).toContain('Hộ đã đăng ký mới1');
    expect(r.root.findAll((n) => n.type === 'button' && n.props['data-testid'] === 'import-commit')).toHaveLength(0);
  });

  it('shows a failed job’s error and its header problems', async () => {
    const c = client({
      job: [{ data: { importJob: job({ status: 'FAILED', total: 0, processed: 0, progress: 0, validRows: 0, invalidRows: 0, householdsRegistered: 0, reviewsRecorded: 0, problemCount: 1, error: 'The header row does not match the template: see the problems.' }) } }],
      problems: () => problems([problem(1, 'year', 'VALIDATION_FAILED', 'the file has no review-year column ("Năm rà soát")')]),
    });
    const r = await page('#/imports?job=job-1', { c });
    expect(textOf(r)).toContain('Không nhập được tệp');
    expect(textOf(byTestId(r, 'import-error'))).toBe('The header row does not match the template: see the problems.');
    expect(textOf(rows(byTestId(r, 'import-problems'))[0])).toContain('1 (tiêu đề)Năm rà soát');
    expect(r.root.findAll((n) => n.props['data-testid'] === 'import-result')).toHaveLength(0);
    expect(r.root.findAll((n) => n.type === 'button' && n.props['data-testid'] === 'import-commit')).toHaveLength(0);
  });

  it('shows NOT_FOUND for somebody else’s job', () => {
    const c = client({ job: [{ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-nf', ['importJob'])] }] });
    const out = html(c.client, <As><ImportPage /></As>, { hash: '#/imports?job=nope' });
    expect(out).toContain('data-code="NOT_FOUND"');
    expect(out).toContain('req-nf');
  });
});

describe('problem download', () => {
  it('fetches every page of problems and saves them as CSV named after the file', async () => {
    const c = client({
      problems: (x) =>
        x.variables.after === null
          ? problems([problem(3, 'area_code', 'NOT_FOUND', 'no area with code XX-NOPE')], 'p2')
          : problems([problem(4, 'year', 'REVIEW_EXISTS', 'exists')]),
    });
    const saveFile = vi.fn();
    const r = await mount(
      <Wrap client={c.client} hash="#/imports?job=job-1">
        <ProblemTable job={{ id: 'job-1', fileName: 'Rà soát.xlsx', problemCount: 2 }} saveFile={saveFile} />
      </Wrap>,
    );
    await click(button(r, 'Tải danh sách lỗi (CSV)'));
    const pages = c.calls.filter((x) => x.name === 'ImportProblems' && x.variables.first === 100);
    expect(pages.map((x) => x.variables.after)).toEqual([null, 'p2']);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, csv] = saveFile.mock.calls[0] as [string, string];
    expect(name).toBe('loi-nhap-ra-soat.csv');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDòng,Cột,Mã cột,Lý do,Mã lý do,Chi tiết',
      '3,Mã địa bàn,area_code,Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).,NOT_FOUND,no area with code XX-NOPE',
      '4,Năm rà soát,year,Hộ đã có kết quả rà soát định kỳ năm này; hãy gửi dưới dạng điều chỉnh.,REVIEW_EXISTS,exists',
      '',
    ]);
  });

  it('shows why the download failed', async () => {
    const c = client({ problems: (x) => (x.variables.first === 100 ? { errors: [apiError('INTERNAL_SERVER_ERROR', 'INTERNAL', 'req-dl')] } : problems([])) });
    const saveFile = vi.fn();
    const r = await mount(
      <Wrap client={c.client}>
        <ProblemTable job={{ id: 'job-1', fileName: 'a.csv', problemCount: 0 }} saveFile={saveFile} />
      </Wrap>,
    );
    expect(textOf(r)).toContain('Không có lỗi nào.');
    await click(button(r, 'Tải danh sách lỗi (CSV)'));
    expect(saveFile).not.toHaveBeenCalled();
    expect(textOf(r)).toContain('req-dl');
  });
});
