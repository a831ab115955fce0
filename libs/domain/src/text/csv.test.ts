import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, toCsvLine } from './csv';

describe('parseCsv', () => {
  it.each([
    ['plain, LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and BOM', '\uFEFFa,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['semicolon (Excel vi-VN)', 'a;b\n1.500.000;x', [['a', 'b'], ['1.500.000', 'x']]],
    ['tab', 'a\tb\n1\t2', [['a', 'b'], ['1', '2']]],
    ['quoted separator and quote', 'a,b\n"x, y","say ""hi"""', [['a', 'b'], ['x, y', 'say "hi"']]],
    ['line break inside quotes', 'a,b\n"one\ntwo",3', [['a', 'b'], ['one\ntwo', '3']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['empty cells kept', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['no final newline', 'a,b', [['a', 'b']]],
    ['Vietnamese text', 'Họ và tên;Số CCCD\nThạch Thị Sa Rây;084185001234', [['Họ và tên', 'Số CCCD'], ['Thạch Thị Sa Rây', '084185001234']]],
  ])('%s', (_name, text, cells) => {
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual(cells);
  });

  it('keeps the line each row starts on (multi-line cells and blank lines counted)', () => {
    const { rows } = parseCsv('h\n"a\nb"\n\nc\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    expect(parseCsv('a\n"open,1\n2').unterminatedQuoteLine).toBe(2);
    expect(parseCsv('a\n"closed",1').unterminatedQuoteLine).toBeNull();
  });
});

describe('detectSeparator', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb', '\t'],
    ['"x;y",b,c', ','],
    ['single', ','],
  ])('%j → %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));
});

describe('toCsvLine', () => {
  it.each([
    [['a', 'b'], ',', 'a,b'],
    [['a,b', 'c'], ',', '"a,b",c'],
    [['say "x"', null, 3], ',', '"say ""x""",,3'],
    [['a;b', 'c,d'], ';', '"a;b";c,d'],
    [['two\nlines'], ',', '"two\nlines"'],
  ] as const)('%j', (cells, sep, line) => expect(toCsvLine(cells, sep)).toBe(line));

  it('round-trips through parseCsv', () => {
    const cells = ['Nguyễn Văn A', 'x, "y"', '', 'a\nb'];
    expect(parseCsv(toCsvLine(cells)).rows[0].cells).toEqual(cells);
  });
});
