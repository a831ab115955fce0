import { describe, expect, it } from 'vitest';
import { checkEvent, eventLinkRefusal, eventMoneyRaised, type EventDraft } from './checks';
import { EVENT_KINDS, EVENT_KIND_LABELS } from './codes';

const forum: EventDraft = {
  kind: 'FORUM',
  title: 'Diễn đàn “Lắng nghe tiếng nói của người nghèo”',
  startsOn: '2024-10-14',
  endsOn: '2024-10-17',
  place: 'Phim trường Đài Phát thanh và Truyền hình tỉnh',
  organizerIds: [1, 2],
  participantsCount: 20,
  beneficiariesCount: 20,
  participants: '10 hộ nghèo và 10 học sinh',
};

describe('checkEvent', () => {
  it.each<[string, Partial<EventDraft>, string[]]>([
    ['the forum of seed 004', {}, []],
    ['a one-day event', { startsOn: '2024-11-16', endsOn: '2024-11-16' }, []],
    ['zero counts', { participantsCount: 0, beneficiariesCount: 0 }, []],
    ['no counts', { participantsCount: null, beneficiariesCount: undefined }, []],
    ['an unknown kind', { kind: 'PARTY' }, ['input.kind']],
    ['a blank title', { title: '   ' }, ['input.title']],
    ['a title of 501 characters', { title: 'x'.repeat(501) }, ['input.title']],
    ['a title of 500 characters', { title: 'x'.repeat(500) }, []],
    ['ends before it starts', { startsOn: '2024-10-17', endsOn: '2024-10-14' }, ['input.endsOn']],
    ['not a date', { startsOn: '2024-02-30' }, ['input.startsOn']],
    ['negative participants', { participantsCount: -1 }, ['input.participantsCount']],
    ['fractional beneficiaries', { beneficiariesCount: 2.5 }, ['input.beneficiariesCount']],
    ['no organizer', { organizerIds: [] }, ['input.organizerIds']],
    ['the same organizer twice', { organizerIds: [3, 3] }, ['input.organizerIds']],
    ['21 organizers', { organizerIds: Array.from({ length: 21 }, (_, k) => k + 1) }, ['input.organizerIds']],
    ['a long place', { place: 'p'.repeat(501) }, ['input.place']],
    ['long notes', { notes: 'n'.repeat(4001) }, ['input.notes']],
    [
      'everything wrong at once',
      { kind: 'X', title: '', startsOn: '2024-10-17', endsOn: '2024-10-01', participantsCount: -3, beneficiariesCount: -1, organizerIds: [] },
      ['input.kind', 'input.title', 'input.endsOn', 'input.participantsCount', 'input.beneficiariesCount', 'input.organizerIds'],
    ],
  ])('%s', (_name, change, paths) => {
    expect(checkEvent({ ...forum, ...change }).map((e) => e.path)).toEqual(paths);
  });

  it('uses the prefix it is given', () => {
    expect(checkEvent({ ...forum, title: '' }, 'events[2]').map((e) => e.path)).toEqual(['events[2].title']);
  });
});

describe('eventLinkRefusal', () => {
  it.each<[string, { kind: string; reversed: boolean; linkedEventId: number | null }, string | null]>([
    ['a donation', { kind: 'DONATION', reversed: false, linkedEventId: null }, null],
    ['a pledge fulfilment', { kind: 'PLEDGE_FULFILMENT', reversed: false, linkedEventId: null }, null],
    ['already linked to this event', { kind: 'DONATION', reversed: false, linkedEventId: 7 }, null],
    ['linked to another event', { kind: 'DONATION', reversed: false, linkedEventId: 8 }, 'CONFLICT/TRANSACTION_ALREADY_LINKED'],
    ['a reversed donation', { kind: 'DONATION', reversed: true, linkedEventId: null }, 'CONFLICT/ALREADY_REVERSED'],
    ['a disbursement', { kind: 'DISBURSEMENT', reversed: false, linkedEventId: null }, 'BAD_USER_INPUT/KIND_NOT_ALLOWED'],
    ['a transfer', { kind: 'TRANSFER', reversed: false, linkedEventId: null }, 'BAD_USER_INPUT/KIND_NOT_ALLOWED'],
    ['a reversal', { kind: 'REVERSAL', reversed: false, linkedEventId: null }, 'BAD_USER_INPUT/KIND_NOT_ALLOWED'],
  ])('%s', (_name, tx, expected) => {
    const r = eventLinkRefusal(tx, 7);
    expect(r && `${r.code}/${r.reason}`).toEqual(expected);
  });
});

describe('eventMoneyRaised', () => {
  it.each<[string, { kind: string; amount: number; reversed: boolean }[], number]>([
    ['nothing linked', [], 0],
    ['the golf tournament', [
      { kind: 'DONATION', amount: 1_000_000_000, reversed: false },
      { kind: 'DONATION', amount: 500_000_000, reversed: false },
      { kind: 'DONATION', amount: 1_285_000_000, reversed: false },
    ], 2_785_000_000],
    ['a reversed donation counts nothing', [
      { kind: 'DONATION', amount: 1_500_000_000, reversed: false },
      { kind: 'DONATION', amount: 1_500_000_000, reversed: true },
    ], 1_500_000_000],
    ['a pledge fulfilment counts', [{ kind: 'PLEDGE_FULFILMENT', amount: 2_000_000_000, reversed: false }], 2_000_000_000],
    ['other kinds never count', [{ kind: 'DISBURSEMENT', amount: 5, reversed: false }], 0],
  ])('%s', (_name, linked, expected) => {
    expect(eventMoneyRaised(linked)).toBe(expected);
  });
});

describe('event kinds', () => {
  it('every kind has Vietnamese and English labels', () => {
    for (const k of EVENT_KINDS) {
      expect(EVENT_KIND_LABELS[k].vi.length).toBeGreaterThan(0);
      expect(EVENT_KIND_LABELS[k].en.length).toBeGreaterThan(0);
    }
  });
});
