import type { ReactNode } from 'react';
import { useI18n } from './i18n-context';

/** The outer list of a tree (`role="tree"`). */
export function TreeView(p: { label: string; children: ReactNode }) {
  return (
    <ul className="lnob-tree" role="tree" aria-label={p.label}>
      {p.children}
    </ul>
  );
}

export interface TreeNodeProps {
  label: ReactNode;
  /** Plain-text name, for the expand/collapse button's accessible name. */
  name: string;
  /** Small text after the label (kind, code…). */
  meta?: ReactNode;
  /** Depth from the top, for indentation (0 = root). */
  depth: number;
  /** Whether the node may have children (shows the toggle). */
  expandable: boolean;
  expanded: boolean;
  selected?: boolean;
  onToggle?: () => void;
  onSelect?: () => void;
  /** The children, rendered only when expanded (the app fetches them lazily). */
  children?: ReactNode;
  /** A stable id for tests and links. */
  nodeId?: string;
}

/** One tree item: toggle, label (select), and its lazily rendered children. */
export function TreeNode(p: TreeNodeProps) {
  const { t } = useI18n();
  return (
    <li
      className={`lnob-tree__item${p.selected ? ' lnob-tree__item--selected' : ''}`}
      role="treeitem"
      aria-expanded={p.expandable ? p.expanded : undefined}
      aria-selected={p.selected ?? false}
      data-node-id={p.nodeId}
    >
      <div className="lnob-tree__row" style={{ paddingInlineStart: `${p.depth * 1.25}rem` }}>
        {p.expandable ? (
          <button
            type="button"
            className="lnob-tree__toggle"
            aria-label={t(p.expanded ? 'browser.collapse' : 'browser.expand', { name: p.name })}
            onClick={p.onToggle}
          >
            {p.expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="lnob-tree__toggle lnob-tree__toggle--leaf" aria-hidden="true">
            •
          </span>
        )}
        <button type="button" className="lnob-tree__label" onClick={p.onSelect}>
          {p.label}
        </button>
        {p.meta ? <span className="lnob-tree__meta">{p.meta}</span> : null}
      </div>
      {p.expandable && p.expanded ? (
        <ul role="group" className="lnob-tree__group">
          {p.children}
        </ul>
      ) : null}
    </li>
  );
}

/** A non-item row inside a tree group: loading, empty, error, "load more". */
export function TreeMessage(p: { depth: number; children: ReactNode; kind?: 'loading' | 'empty' | 'error' | 'more' }) {
  return (
    <li className={`lnob-tree__message lnob-tree__message--${p.kind ?? 'empty'}`} role="none" style={{ paddingInlineStart: `${p.depth * 1.25 + 1.5}rem` }}>
      {p.children}
    </li>
  );
}
