/**
 * A small, safe Markdown renderer for texts people type into the hub (a plan's sections): it builds
 * React elements, never HTML strings, so markup in the text (`<script>`, `<img onerror>`) shows as
 * the characters typed. Supported: paragraphs (a single line break is a space), headings `#`–`######`,
 * bulleted (`-`, `*`, `+`) and numbered (`1.`, `1)`) lists with nesting by indentation, quotes `>`,
 * rules `---`, and inline `**bold**`, `*italic*` / `_italic_`, `` `code` `` and links
 * `[text](https://…)` (http, https and mailto only; any other target is shown as text).
 */
import { Fragment, type ReactNode } from 'react';

export type MdInline = string | { kind: 'strong'; children: MdInline[] } | { kind: 'em'; children: MdInline[] } | { kind: 'code'; children: MdInline[] } | { kind: 'link'; href: string; children: MdInline[] };

export type MdBlock =
  | { kind: 'heading'; level: number; children: MdInline[] }
  | { kind: 'paragraph'; children: MdInline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: MdBlock[][] }
  | { kind: 'quote'; children: MdBlock[] }
  | { kind: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-*+])\s+(.*)$/;
const ORDERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** Link targets that are followed; anything else (javascript:, data:, vbscript:…) is shown as text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The inline spans of a text. */
export function parseInline(text: string): MdInline[] {
  const out: MdInline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest[0] === '\\' && rest.length > 1 && /[\\`*_[\]()#>+-]/.test(rest[1])) {
      plain += rest[1];
      i += 2;
      continue;
    }
    if (rest[0] === '`') {
      const end = rest.indexOf('`', 1);
      if (end > 1) {
        flush();
        out.push({ kind: 'code', children: [rest.slice(1, end)] });
        i += end + 1;
        continue;
      }
    }
    const strong = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    if (strong) {
      flush();
      out.push({ kind: 'strong', children: parseInline(strong[2]) });
      i += strong[0].length;
      continue;
    }
    const em = /^([*_])(?=\S)([\s\S]*?\S)\1(?![*_])/.exec(rest);
    if (em && (em[1] === '*' || !/\w/.test(text[i - 1] ?? ''))) {
      flush();
      out.push({ kind: 'em', children: parseInline(em[2]) });
      i += em[0].length;
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (link) {
      flush();
      if (isSafeHref(link[2])) out.push({ kind: 'link', href: link[2].trim(), children: parseInline(link[1]) });
      else out.push(...parseInline(link[1]), ` (${link[2]})`);
      i += link[0].length;
      continue;
    }
    plain += rest[0];
    i += 1;
  }
  flush();
  return out;
}

/** The blocks of a text (lines joined with `\n`; `\r\n` is accepted). */
export function parseMarkdown(source: string): MdBlock[] {
  return parseLines(source.replace(/\r\n?/g, '\n').split('\n'));
}

function parseLines(lines: readonly string[]): MdBlock[] {
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    const heading = HEADING.exec(line.trim());
    if (heading && indentOf(line) < 4) {
      blocks.push({ kind: 'heading', level: heading[1].length, children: parseInline(heading[2]) });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && lines[i].trim() !== '' && QUOTE.test(lines[i])) inner.push(QUOTE.exec(lines[i++])![1]);
      blocks.push({ kind: 'quote', children: parseLines(inner) });
      continue;
    }
    const item = BULLET.exec(line) ?? ORDERED.exec(line);
    if (item) {
      const [list, next] = parseList(lines, i);
      blocks.push(list);
      i = next;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !startsBlock(lines[i])) para.push(lines[i++].trim());
    blocks.push({ kind: 'paragraph', children: parseInline(para.join(' ')) });
  }
  return blocks;
}

function startsBlock(line: string): boolean {
  return RULE.test(line) || HEADING.test(line.trim()) || QUOTE.test(line) || BULLET.test(line) || ORDERED.test(line);
}

/** A list starting at line `start`: its items (each with the lines indented under it) and the next line. */
function parseList(lines: readonly string[], start: number): [MdBlock, number] {
  const first = (BULLET.exec(lines[start]) ?? ORDERED.exec(lines[start]))!;
  const ordered = ORDERED.test(lines[start]) && !BULLET.test(lines[start]);
  const indent = first[1].length;
  const sameKind = (line: string) => {
    const m = ordered ? ORDERED.exec(line) : BULLET.exec(line);
    return m !== null && m[1].length === indent;
  };
  const items: MdBlock[][] = [];
  let i = start;
  while (i < lines.length && sameKind(lines[i])) {
    const m = (ordered ? ORDERED : BULLET).exec(lines[i])!;
    const body = [m[3]];
    i++;
    // Lines under the item: more indented than its marker, or a paragraph's continuation.
    while (i < lines.length) {
      const line = lines[i];
      if (line.trim() === '') {
        const next = lines[i + 1];
        if (next !== undefined && next.trim() !== '' && indentOf(next) > indent) {
          body.push('');
          i++;
          continue;
        }
        break;
      }
      if (indentOf(line) > indent) body.push(line.slice(Math.min(indentOf(line), indent + 2)));
      else if (!startsBlock(line)) body.push(line.trim());
      else break;
      i++;
    }
    items.push(parseLines(body));
    while (i < lines.length && lines[i].trim() === '' && lines[i + 1] !== undefined && sameKind(lines[i + 1])) i++;
  }
  return [{ kind: 'list', ordered, start: ordered ? Number(first[2]) : 1, items }, i];
}

function renderInline(spans: readonly MdInline[]): ReactNode {
  return spans.map((s, i) => {
    if (typeof s === 'string') return <Fragment key={i}>{s}</Fragment>;
    if (s.kind === 'strong') return <strong key={i}>{renderInline(s.children)}</strong>;
    if (s.kind === 'em') return <em key={i}>{renderInline(s.children)}</em>;
    if (s.kind === 'code') return <code key={i}>{renderInline(s.children)}</code>;
    return (
      <a key={i} href={s.href} rel="noopener noreferrer" target="_blank">
        {renderInline(s.children)}
      </a>
    );
  });
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function renderBlocks(blocks: readonly MdBlock[], headingOffset: number, tight = false): ReactNode {
  return blocks.map((b, i) => {
    switch (b.kind) {
      case 'heading': {
        const Tag = `h${Math.min(6, Math.max(2, headingOffset + b.level - 1))}` as HeadingTag;
        return <Tag key={i}>{renderInline(b.children)}</Tag>;
      }
      case 'paragraph':
        return tight ? <Fragment key={i}>{renderInline(b.children)}</Fragment> : <p key={i}>{renderInline(b.children)}</p>;
      case 'rule':
        return <hr key={i} />;
      case 'quote':
        return <blockquote key={i}>{renderBlocks(b.children, headingOffset)}</blockquote>;
      case 'list': {
        const items = b.items.map((item, j) => <li key={j}>{renderBlocks(item, headingOffset, item.length === 1 && item[0].kind === 'paragraph')}</li>);
        return b.ordered ? (
          <ol key={i} start={b.start === 1 ? undefined : b.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
    }
  });
}

/**
 * Markdown `source` as React elements. `headingOffset` is the HTML level of a `#` heading (default
 * 3: inside a page whose sections are h2), so the text's headings nest under the page's.
 */
export function Markdown(p: { source: string; headingOffset?: number; className?: string }) {
  return <div className={p.className ?? 'lnob-markdown'}>{renderBlocks(parseMarkdown(p.source), p.headingOffset ?? 3)}</div>;
}
