import { describe, expect, it } from 'vitest';
import { apiError, mockClient, type Call } from '../../testing/mock-client';
import { button, click, html, mount, textOf, Wrap } from '../../testing/render';
import { AreaChildren, AreaRoots } from './AreaTree';
import BrowserPage from './BrowserPage';
import { OrgDetail } from './OrgDetail';
import { OrgRoots } from './OrgTree';

const page = <N,>(nodes: N[], hasNextPage = false) => ({ edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null } });
const area = (id: string, name: string, kind: string, code: string, hasChildren: boolean, validTo: string | null = null) => ({
  id,
  name,
  kind,
  code,
  urban: false,
  validFrom: '2008-01-01',
  validTo,
  firstChild: { edges: hasChildren ? [{ cursor: 'x' }] : [] },
});
const QUANG_NAM_DISTRICTS = ['Thành phố Tam Kỳ', 'Thành phố Hội An', 'Huyện Tây Giang', 'Huyện Đại Lộc', 'Thị xã Điện Bàn'];

/** The demo tree as the API answers it: before 01/07/2025 the old provinces with districts, after it the new ones with communes. */
function areaApi(call: Call) {
  const before = String(call.variables.validOn) < '2025-07-01';
  if (call.name === 'AreaRoots') {
    return { data: { areas: page(before ? [area('QN', 'Tỉnh Quảng Nam', 'PROVINCE', '49', true, '2025-06-30')] : [area('DN', 'Thành phố Đà Nẵng', 'CITY', 'N2025-48', true)]) } };
  }
  if (call.name === 'AreaChildren') {
    const children =
      call.variables.id === 'QN' && before
        ? QUANG_NAM_DISTRICTS.map((n, i) => area(`QN${i}`, n, n.startsWith('Huyện') ? 'DISTRICT' : n.startsWith('Thị') ? 'TOWN' : 'CITY', String(502 + i), false, '2025-06-30'))
        : call.variables.id === 'DN' && !before
          ? [area('DN1', 'Phường Hải Châu', 'WARD', 'N2025-48-HC', false), area('DN2', 'Xã Bà Nà', 'COMMUNE', 'N2025-48-BN', false)]
          : [];
    return { data: { area: { id: call.variables.id, children: page(children, call.variables.after === null && children.length > 3) } } };
  }
  return undefined;
}

describe('area tree', () => {
  it('renders the roots valid on the date, children lazily', () => {
    const { client, calls } = mockClient(areaApi);
    const out = html(client, <AreaRoots validOn="2024-06-01" selectedId={null} onSelect={() => undefined} />);
    expect(out).toContain('Tỉnh Quảng Nam');
    expect(out).toContain('aria-expanded="false"');
    expect(out).not.toContain('Huyện Đại Lộc');
    expect(calls.map((c) => c.name)).toEqual(['AreaRoots']);
    expect(calls[0].variables).toMatchObject({ validOn: '2024-06-01', after: null });
  });

  it('before 01/07/2025: Quảng Nam shows its district units', () => {
    const { client, calls } = mockClient(areaApi);
    const out = html(client, <AreaChildren parentId="QN" depth={1} validOn="2025-06-30" selectedId={null} onSelect={() => undefined} />);
    for (const d of QUANG_NAM_DISTRICTS) expect(out).toContain(d);
    expect(out).toContain('Huyện · 505');
    expect(calls[0]).toMatchObject({ name: 'AreaChildren', variables: { id: 'QN', validOn: '2025-06-30', first: 50, after: null } });
    // A page with more children offers "load more".
    expect(out).toContain('Tải thêm');
  });

  it('after 01/07/2025: communes directly under today’s province', async () => {
    const { client, calls } = mockClient(areaApi);
    const r = await mount(
      <Wrap client={client}>
        <AreaRoots validOn="2025-07-01" selectedId={null} onSelect={() => undefined} />
      </Wrap>,
    );
    expect(textOf(r)).toContain('Thành phố Đà Nẵng');
    expect(textOf(r)).not.toContain('Tỉnh Quảng Nam');
    await click(button(r, '▸'));
    const text = textOf(r);
    expect(text).toContain('Phường Hải Châu');
    expect(text).toContain('Xã Bà Nà');
    expect(text).not.toContain('Huyện');
    expect(calls.map((c) => `${c.name}:${String(c.variables.id ?? '')}:${String(c.variables.validOn)}`)).toEqual(['AreaRoots::2025-07-01', 'AreaChildren:DN:2025-07-01']);
    expect(r.root.findAll((n) => n.props.role === 'treeitem' && n.props['aria-expanded'] === true)).toHaveLength(1);
  });

  it('fetches the next page of children on "load more"', async () => {
    const { client, calls } = mockClient(areaApi);
    const r = await mount(
      <Wrap client={client}>
        <AreaChildren parentId="QN" depth={1} validOn="2024-01-01" selectedId={null} onSelect={() => undefined} />
      </Wrap>,
    );
    await click(button(r, 'Tải thêm'));
    expect(calls.map((c) => c.variables.after)).toEqual([null, 'c1']);
  });
});

describe('organization tree roots', () => {
  const org = (id: string, name: string, parent: string | null) => ({
    id,
    name,
    shortName: null,
    kind: 'VFF_COMMITTEE',
    level: 'PROVINCE',
    validFrom: '2008-01-01',
    validTo: '2025-06-30',
    parent: parent ? { id: parent } : null,
    firstChild: { edges: [] },
  });

  it('asks the API for the tops of the visible tree (topLevel) and renders them', () => {
    const { client, calls } = mockClient((c) => {
      if (c.name !== 'OrgRoots') return undefined;
      return {
        data: {
          organizations: page([
            org('VFFQN', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam', null),
            org('CCBQN', 'Hội Cựu chiến binh tỉnh Quảng Nam', null),
          ]),
        },
      };
    });
    const out = html(client, <OrgRoots validOn="2024-06-01" selectedId="CCBQN" onSelect={() => undefined} />);
    expect(calls.map((c) => c.variables)).toEqual([{ validOn: '2024-06-01', first: expect.any(Number), after: null }]);
    expect(out).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam');
    expect(out).toContain('Hội Cựu chiến binh tỉnh Quảng Nam');
    expect(out).toContain('aria-selected="true"');
  });
});

describe('organization detail', () => {
  it('NOT_FOUND (unknown or outside the caller’s scope) has its own state with the request id', () => {
    const { client } = mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-404', ['organization'])] }));
    const out = html(client, <OrgDetail id="T3JnYW5pemF0aW9uOjk5" validOn="2024-06-01" link={() => '#'} />);
    expect(out).toContain('Không tìm thấy');
    expect(out).toContain('nằm ngoài phạm vi của bạn');
    expect(out).toContain('req-404');
    expect(out).toContain('data-code="NOT_FOUND"');
  });

  it('shows kind, level, area, validity, members and successors with dates', () => {
    const { client, calls } = mockClient(() => ({
      data: {
        organization: {
          id: 'VFFQN',
          name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam',
          shortName: 'UBMTTQ Việt Nam tỉnh Quảng Nam',
          kind: 'VFF_COMMITTEE',
          level: 'PROVINCE',
          validFrom: '2008-01-01',
          validTo: '2025-06-30',
          area: { id: 'QN', name: 'Tỉnh Quảng Nam', kind: 'PROVINCE' },
          path: [{ id: 'VFF', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' }, { id: 'VFFQN', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' }],
          memberOrganizations: [{ id: 'YUQN', name: 'Tỉnh đoàn Quảng Nam', kind: 'YOUTH_UNION' }],
          vffCommittee: null,
          predecessors: [],
          successors: [{ effectiveOn: '2025-07-01', organization: { id: 'VFFDN', name: 'Ủy ban MTTQ Việt Nam thành phố Đà Nẵng', validFrom: '2025-07-01', validTo: null } }],
        },
      },
    }));
    const out = html(client, <OrgDetail id="VFFQN" validOn="2024-06-01" link={(tab, id, on) => `#/${tab}?sel=${id}&on=${on ?? ''}`} />);
    expect(calls[0]).toMatchObject({ name: 'OrgDetail', variables: { id: 'VFFQN', validOn: '2024-06-01' } });
    for (const s of ['Ủy ban MTTQ', 'Tỉnh', 'Tỉnh Quảng Nam', 'Từ 01/01/2008 đến 30/06/2025', 'Tỉnh đoàn Quảng Nam', 'Đoàn TNCS HCM', 'từ 01/07/2025', 'Ủy ban MTTQ Việt Nam thành phố Đà Nẵng']) {
      expect(out).toContain(s);
    }
    // The successor link jumps to the date it took over.
    expect(out).toContain('href="#/organizations?sel=VFFDN&amp;on=2025-07-01"');
  });
});

describe('browser page', () => {
  it('keeps tab, date and selection in the URL and shows the date as dd/MM/yyyy', () => {
    const { client, calls } = mockClient(areaApi);
    const out = html(client, <BrowserPage />, { hash: '#/areas?on=2024-06-01' });
    expect(out).toContain('value="01/06/2024"');
    expect(out).toContain('Cây như ngày 01/06/2024');
    expect(out).toContain('Tỉnh Quảng Nam');
    expect(out).toContain('Chọn một mục trong cây để xem chi tiết.');
    expect(calls.map((c) => c.name)).toEqual(['AreaRoots']);
  });

  it('searching shows results, or says nothing was found', () => {
    const { client, calls } = mockClient((c) => (c.name === 'OrgSearch' ? { data: { organizations: page([]) } } : undefined));
    const out = html(client, <BrowserPage />, { hash: '#/organizations?q=tra%20vinh', locale: 'en' });
    expect(calls).toEqual([expect.objectContaining({ name: 'OrgSearch', variables: expect.objectContaining({ search: 'tra vinh' }) })]);
    expect(out).toContain('No results found.');
  });
});
