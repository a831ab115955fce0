import { describe, expect, it } from 'vitest';
import { escapeLike, foldVietnamese, searchPattern, searchWordPatterns } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Trà Vinh', 'tra vinh'],
    ['Đắk Lắk', 'dak lak'],
    ['Nguyễn', 'nguyen'],
    ['ÔKaĐa', 'okada'],
    ['Phan Rang – Tháp Chàm', 'phan rang – thap cham'],
    ['Hồ Chí Minh', 'ho chi minh'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Bà Rịa – Vũng Tàu', 'ba ria – vung tau'],
    ['Quảng Ngãi', 'quang ngai'],
    ['đường', 'duong'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['Ơ Ư ơ ư', 'o u o u'],
    ['Ăn Ân Ê', 'an an e'],
    ['  Hà   Nội \t\n', 'ha noi'],
    ['Hà\u00a0Nội', 'ha noi'], // no-break space
    ['Nguye\u0302\u0303n', 'nguyen'], // already decomposed
    ['Thôn 5', 'thon 5'],
    ['Ấp Bình An 2', 'ap binh an 2'],
    ['', ''],
    ['   ', ''],
    ['İstanbul', 'istanbul'],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each(['Trà Vinh', 'Đắk Lắk', 'Phan Rang – Tháp Chàm'])('is idempotent on %j', (s) => {
    expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
  });

  it('folds NFC and NFD inputs alike', () => {
    const nfc = 'Nguyễn Thị Ánh'.normalize('NFC');
    expect(foldVietnamese(nfc.normalize('NFD'))).toBe(foldVietnamese(nfc));
  });
});

describe('escapeLike / searchPattern', () => {
  it.each([
    ['100%', '100\\%'],
    ['a_b', 'a\\_b'],
    ['a\\b', 'a\\\\b'],
    ['plain', 'plain'],
  ])('escapeLike(%j) → %j', (input, expected) => {
    expect(escapeLike(input)).toBe(expected);
  });

  it.each([
    ['Nguyễn', '%nguyen%'],
    ['  Trà   Vinh ', '%tra vinh%'],
    ['50%', '%50\\%%'],
    ['tổ_1', '%to\\_1%'],
    ['a\\b', '%a\\\\b%'],
    ['', '%%'],
  ])('searchPattern(%j) → %j', (input, expected) => {
    expect(searchPattern(input)).toBe(expected);
  });
});

describe('searchWordPatterns', () => {
  it.each([
    ['cuu chien binh quang nam', ['%cuu%', '%chien%', '%binh%', '%quang%', '%nam%']],
    ['  Trà   Vinh ', ['%tra%', '%vinh%']],
    ['100%_x', ['%100\\%\\_x%']],
    ['', []],
    ['a b c d e f g h i j', ['%a%', '%b%', '%c%', '%d%', '%e%', '%f%', '%g%', '%h%']],
  ])('%j → %j', (q, expected) => {
    expect(searchWordPatterns(q)).toEqual(expected);
  });
});
