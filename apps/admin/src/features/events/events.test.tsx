import { act } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../../testing/mock-client';
import { html, mount, settle, submit, textOf, type, Wrap } from '../../testing/render';
import { As, CCB_QUANG_NAM, OFFICER, VFF_QUANG_NAM, VIEWER, page, tt } from '../plans/test-data';
import EventsPage, { CreateEventForm, eventInput, eventProblems } from './EventsPage';
import type { EventRowFragment } from './operations';


const FORUM: EventRowFragment = {
  id: 'E1',
  kind: 'FORUM',
  title: 'Diễn đàn “Lắng nghe tiếng nói của người nghèo”',
  startsOn: '2024-10-14',
  endsOn: '2024-10-17',
  place: 'Phan Rang – Tháp Chàm',
  participantsCount: 20,
  beneficiariesCount: null,
  moneyRaised: 0,
  plan: { id: 'P4', number: '14/KHPH-UBND-MTTQ', title: 'Kế hoạch phối hợp tháng cao điểm 2024' },
  area: { id: 'AR4', name: 'Tỉnh Ninh Thuận' },
  organizers: [{ id: 'O6', name: 'UBND tỉnh Ninh Thuận' }, { id: 'O7', name: 'Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận' }],
};
const GOLF: EventRowFragment = { ...FORUM, id: 'E2', kind: 'CHARITY_TOURNAMENT', title: 'Giải golf từ thiện “Vì người nghèo”', startsOn: '2024-11-09', endsOn: '2024-11-09', participantsCount: 144, beneficiariesCount: 50, moneyRaised: 1_250_000_000 };

describe('events list', () => {
  it('filters from the URL; kind, dates, place, organizers, people and money raised, with the page total', () => {
    const { client, calls } = mockClient(() => ({ data: { events: page([FORUM, GOLF]) } }));
    const out = html(client, <As permissions={OFFICER}><EventsPage /></As>, { hash: '#/events?plan=P4&planName=14&kind=FORUM&from=2024-10-01&to=2024-11-30&nope=x' });
    expect(calls[0].variables).toEqual({ filter: { planId: 'P4', kind: 'FORUM', from: '2024-10-01', to: '2024-11-30' }, first: 20, after: null });
    expect(out).toContain('Diễn đàn, tọa đàm');
    expect(out).toContain('14/10/2024 – 17/10/2024');
    expect(out).toContain('Phan Rang – Tháp Chàm · Tỉnh Ninh Thuận');
    expect(out).toContain('UBND tỉnh Ninh Thuận; Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận');
    expect(out).toContain('144 người');
    expect(out).toContain('data-testid="money-raised">1.250.000.000 ₫');
    expect(out).toContain('Tổng số tiền vận động của các sự kiện trên trang: 1.250.000.000 ₫');
    expect(out).toContain('href="#/plans/P4?tab=events"');
    expect(out).toContain('data-testid="new-event"');
  });

  it('viewers cannot add; empty list; bad dates are not sent', () => {
    const { client, calls } = mockClient(() => ({ data: { events: page([]) } }));
    const out = html(client, <As permissions={VIEWER}><EventsPage /></As>, { hash: '#/events?from=2024-13-01&form=create' });
    expect(calls[0].variables).toMatchObject({ filter: { from: undefined } });
    expect(out).toContain('Chưa có sự kiện nào trong phạm vi của bạn.');
    expect(out).not.toContain('new-event');
    expect(out).not.toContain('role="dialog"');
  });
});

describe('create an event', () => {
  const empty = { plan: null, kind: 'FORUM' as const, title: '', startsOn: '', endsOn: '', place: '', area: null, organizers: [], participantsCount: '', participants: '', beneficiariesCount: '', beneficiaries: '', notes: '' };

  it('checks everything at once', () => {
    const p = eventProblems({ ...empty, startsOn: '2024-10-17', endsOn: '2024-10-14', participantsCount: 'hai mươi' }, tt);
    expect(p).toMatchObject({
      title: 'Bắt buộc, tối đa 500 ký tự.',
      endsOn: 'Ngày kết thúc không được trước ngày bắt đầu.',
      organizerIds: 'Chọn ít nhất một đơn vị tổ chức.',
      participantsCount: 'Nhập số nguyên không âm.',
      startsOn: null,
    });
    expect(eventProblems(empty, tt).startsOn).toBe('Bắt buộc');
  });

  it('the input: counts as numbers, empty texts as null', () => {
    expect(eventInput({ ...empty, title: ' Diễn đàn ', startsOn: '2024-10-14', endsOn: '2024-10-17', organizers: [VFF_QUANG_NAM, CCB_QUANG_NAM], participantsCount: '1.020', plan: { id: 'P4', name: '14' } })).toEqual({
      planId: 'P4',
      kind: 'FORUM',
      title: 'Diễn đàn',
      startsOn: '2024-10-14',
      endsOn: '2024-10-17',
      place: null,
      areaId: null,
      organizerIds: ['O2', 'O3'],
      participantsCount: 1020,
      participants: null,
      beneficiariesCount: null,
      beneficiaries: null,
      notes: null,
    });
  });

  it('sends nothing until the form is complete, then creates the event', async () => {
    const { client, calls } = mockClient(() => ({ data: { createEvent: { event: { ...FORUM, participants: null, beneficiaries: null, notes: null } } } }));
    const r = await mount(
      <Wrap client={client}>
        <As permissions={OFFICER}>
          <CreateEventForm plan={{ id: 'P4', name: '14/KHPH-UBND-MTTQ' }} onClose={() => undefined} />
        </As>
      </Wrap>,
    );
    await submit(r, 'event-form');
    expect(calls).toHaveLength(0);
    expect(textOf(r)).toContain('Chọn ít nhất một đơn vị tổ chức.');
    await type(r, 'title', FORUM.title);
    for (const [name, value] of [['startsOn', '14/10/2024'], ['endsOn', '17/10/2024']]) {
      const input = r.root.find((n) => n.type === 'input' && n.props.name === name);
      await act(async () => input.props.onChange({ target: { value } }));
      await act(async () => input.props.onBlur({ target: { value } }));
    }
    const picker = r.root.find((n) => n.props['data-testid'] === 'organizers').findAll((n) => typeof n.props.onChange === 'function' && n.props.query !== undefined)[0];
    await act(async () => picker.props.onChange({ id: 'O6', name: 'UBND tỉnh Ninh Thuận' }));
    await type(r, 'participantsCount', '20');
    await submit(r, 'event-form');
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['CreateEvent']);
    expect(calls[0].variables.input).toMatchObject({ planId: 'P4', kind: 'FORUM', startsOn: '2024-10-14', endsOn: '2024-10-17', organizerIds: ['O6'], participantsCount: 20 });
    expect(textOf(r)).toContain(`Đã thêm sự kiện “${FORUM.title}”.`);
  });
});
