import { useEffect, useState, type FormEvent } from 'react';
import { todayLocal } from '@lnob/domain';
import { Button, DateField, EmptyState, Tabs, TextField, TreeView, formatLocalDate, useI18n } from '@lnob/ui';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { TreePage } from '../common/TreePage';
import { AreaDetail } from './AreaDetail';
import { AREA_TREE, AreaRoots } from './AreaTree';
import { OLD_TREE_LAST_DAY, viewDate } from './dates';
import { OrgDetail } from './OrgDetail';
import { TreeBranch } from './LazyTree';
import { ORG_TREE, OrgRoots } from './OrgTree';
import { AreaSearchDocument, OrgSearchDocument, TREE_PAGE } from './operations';
import type { SelectLink } from './parts';

type Tab = 'organizations' | 'areas';

/**
 * Organizations and areas as of a date: a lazily expanding tree (or accent-insensitive search
 * results), and the selected item's details. State lives in the URL:
 * `#/organizations?on=2024-06-01&q=tra%20vinh&sel=<id>` (`#/areas…` for the areas tab).
 */
export default function BrowserPage() {
  const { t } = useI18n();
  const route = useRoute();
  const tab: Tab = route.segments[0] === 'areas' ? 'areas' : 'organizations';
  const on = route.query.get('on');
  const validOn = viewDate(on);
  const today = todayLocal();
  const q = route.query.get('q') ?? '';
  const sel = route.query.get('sel');

  const link: SelectLink = (target, id, date) => href(`/${target}`, { on: (date ?? validOn) === today ? null : (date ?? validOn), sel: id });
  const setDate = (d: string) => navigate(withQuery(route, { on: !d || d === today ? null : d }));
  const select = (id: string) => navigate(withQuery(route, { sel: id }));

  // The search box follows the URL; typing updates the URL after a short pause (replacing history).
  const [text, setText] = useState(q);
  useEffect(() => setText((cur) => (cur.trim() === q ? cur : q)), [q]);
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => navigate(withQuery(route, { q: text.trim() || null }), { replace: true }), 400);
    return () => clearTimeout(timer);
  }, [text, q, route]);
  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    navigate(withQuery(route, { q: text.trim() || null }));
  };

  const treeProps = { validOn, selectedId: sel, onSelect: select };
  const tabs = [
    { key: 'organizations', label: t('browser.tabOrganizations'), href: href('/organizations', { on }) },
    { key: 'areas', label: t('browser.tabAreas'), href: href('/areas', { on }) },
  ];

  return (
    <div className="lnob-page lnob-browser">
      <header className="lnob-page__header">
        <h1>{t('browser.title')}</h1>
        <Tabs tabs={tabs} active={tab} label={t('browser.title')} />
      </header>
      <div className="lnob-toolbar">
        <DateField label={t('browser.asOf')} value={validOn} onChange={(d) => setDate(d)} name="validOn" id="valid-on" />
        <div className="lnob-toolbar__buttons">
          <Button onClick={() => setDate(today)} disabled={validOn === today}>
            {t('browser.today')}
          </Button>
          <Button onClick={() => setDate(OLD_TREE_LAST_DAY)} disabled={validOn === OLD_TREE_LAST_DAY}>
            {t('browser.beforeMerger')}
          </Button>
        </div>
        <form className="lnob-toolbar__search" role="search" onSubmit={submitSearch}>
          <TextField
            id="tree-search"
            type="search"
            name="search"
            label={tab === 'areas' ? t('browser.searchAreas') : t('browser.searchOrganizations')}
            placeholder={t('form.searchPlaceholder')}
            value={text}
            onChange={setText}
          />
          <Button type="submit">{t('form.search')}</Button>
        </form>
      </div>
      <p className="lnob-muted" data-testid="showing-date">
        {t('browser.showingDate', { date: formatLocalDate(validOn) })}
      </p>
      <div className="lnob-split">
        <section className="lnob-split__list" aria-label={q ? t('browser.searchResults') : t('browser.tree')} data-tree-key={`${tab}|${validOn}|${q}`}>
          {/* A new date or tab starts a fresh tree (expanded state belongs to one date). */}
          <TreeView key={`${tab}|${validOn}|${q}`} label={q ? t('browser.searchResults') : t('browser.tree')}>
            {q ? (
              tab === 'organizations' ? (
                <TreePage
                  query={OrgSearchDocument}
                  variables={(after) => ({ search: q, validOn, first: TREE_PAGE, after })}
                  select={(d) => d.organizations}
                  depth={0}
                  emptyText={t('state.noResults')}
                  renderNode={(n) => <TreeBranch key={n.id} {...treeProps} kind={ORG_TREE} node={n} depth={0} meta={[t(`orgKind.${n.kind}`), n.area?.name].filter(Boolean).join(' · ')} />}
                />
              ) : (
                <TreePage
                  query={AreaSearchDocument}
                  variables={(after) => ({ search: q, validOn, first: TREE_PAGE, after })}
                  select={(d) => d.areas}
                  depth={0}
                  emptyText={t('state.noResults')}
                  renderNode={(n) => (
                    <TreeBranch key={n.id} {...treeProps} kind={AREA_TREE} node={n} depth={0} meta={[t(`areaKind.${n.kind}`), n.code, n.parent?.name].filter(Boolean).join(' · ')} />
                  )}
                />
              )
            ) : tab === 'organizations' ? (
              <OrgRoots {...treeProps} />
            ) : (
              <AreaRoots {...treeProps} />
            )}
          </TreeView>
        </section>
        <section className="lnob-split__detail" aria-live="polite">
          {sel ? (
            tab === 'organizations' ? (
              <OrgDetail key={`${sel}|${validOn}`} id={sel} validOn={validOn} link={link} />
            ) : (
              <AreaDetail key={`${sel}|${validOn}`} id={sel} validOn={validOn} link={link} />
            )
          ) : (
            <EmptyState message={t('browser.selectHint')} />
          )}
        </section>
      </div>
    </div>
  );
}
