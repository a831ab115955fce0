import { describe, expect, it } from 'vitest';
import { csvText, fileSlug, UTF8_BOM } from './files';

describe('csvText', () => {
  it('starts with the BOM, ends every line with CRLF and quotes what needs it', () => {
    expect(csvText([['a', 'b'], [1, null], ['x\ny', 'Quà "Tết", 2025']])).toBe(`${UTF8_BOM}a,b\r\n1,\r\n"x\ny","Quà ""Tết"", 2025"\r\n`);
    expect(csvText([['only']])).toBe(`${UTF8_BOM}only\r\n`);
  });
});

describe('fileSlug', () => {
  it('folds Vietnamese and joins the words with dashes', () => {
    expect(fileSlug('Rà soát Đà Nẵng 2024')).toBe('ra-soat-da-nang-2024');
    expect(fileSlug('Quỹ “Vì người nghèo” xã Đắk Pring')).toBe('quy-vi-nguoi-ngheo-xa-dak-pring');
    expect(fileSlug('...')).toBe('');
  });
});
