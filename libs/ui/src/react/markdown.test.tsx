import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isSafeHref, Markdown, parseInline, parseMarkdown } from './markdown';

const html = (source: string, headingOffset?: number) => renderToStaticMarkup(<Markdown source={source} headingOffset={headingOffset} />);

describe('Markdown (safe subset)', () => {
  it.each([
    ['one paragraph, a single line break is a space', 'Tuyên truyền\nsâu rộng', '<p>Tuyên truyền sâu rộng</p>'],
    ['blank lines separate paragraphs', 'a\n\nb', '<p>a</p><p>b</p>'],
    ['headings nest under the page (# → h3 by default)', '# Mục đích\n## Yêu cầu', '<h3>Mục đích</h3><h4>Yêu cầu</h4>'],
    ['deep headings stop at h6', '###### x', '<h6>x</h6>'],
    ['bullets', '- một\n- hai', '<ul><li>một</li><li>hai</li></ul>'],
    ['numbered lists keep their start', '3. ba\n4. bốn', '<ol start="3"><li>ba</li><li>bốn</li></ol>'],
    ['nested lists by indentation', '- a\n  - a1\n  - a2\n- b', '<ul><li><p>a</p><ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>'],
    ['a paragraph then a list', 'Nội dung:\n- x', '<p>Nội dung:</p><ul><li>x</li></ul>'],
    ['quotes', '> trích dẫn\n> tiếp', '<blockquote><p>trích dẫn tiếp</p></blockquote>'],
    ['rules', 'a\n\n---\n\nb', '<p>a</p><hr/><p>b</p>'],
    ['bold, italic, code', '**đậm** và *nghiêng* và _nghiêng_ và `mã`', '<p><strong>đậm</strong> và <em>nghiêng</em> và <em>nghiêng</em> và <code>mã</code></p>'],
    ['underscores inside words are text', 'ma_so_thue', '<p>ma_so_thue</p>'],
    ['escaped markers are text', '\\*không nghiêng\\*', '<p>*không nghiêng*</p>'],
    ['CRLF', 'a\r\n\r\nb', '<p>a</p><p>b</p>'],
  ])('%s', (_name, source, expected) => {
    expect(html(source)).toBe(`<div class="lnob-markdown">${expected}</div>`);
  });

  it('shows raw HTML as text, never as markup', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror="alert(2)"> **<b>x</b>**');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });

  it('follows http(s) and mailto links only; other targets are shown as text', () => {
    expect(html('[Cổng thông tin](https://mattran.org.vn)')).toBe('<div class="lnob-markdown"><p><a href="https://mattran.org.vn" rel="noopener noreferrer" target="_blank">Cổng thông tin</a></p></div>');
    const bad = html('[bấm](javascript:alert(1))');
    expect(bad).not.toContain('<a');
    expect(bad).not.toContain('href');
    expect(html('[x](data:text/html,hi)')).not.toContain('<a');
    expect(isSafeHref('mailto:a@example.vn')).toBe(true);
    expect(isSafeHref(' JavaScript:alert(1)')).toBe(false);
  });

  it('parses into blocks and spans (no markup involved)', () => {
    expect(parseMarkdown('# T\n\n1) a\n2) b')).toEqual([
      { kind: 'heading', level: 1, children: ['T'] },
      { kind: 'list', ordered: true, start: 1, items: [[{ kind: 'paragraph', children: ['a'] }], [{ kind: 'paragraph', children: ['b'] }]] },
    ]);
    expect(parseInline('a **b *c* d** e')).toEqual(['a ', { kind: 'strong', children: ['b ', { kind: 'em', children: ['c'] }, ' d'] }, ' e']);
    expect(parseMarkdown('')).toEqual([]);
  });

  it('takes another heading level', () => {
    expect(html('# A', 2)).toContain('<h2>A</h2>');
  });
});
