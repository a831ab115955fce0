/**
 * Rendering helpers for component tests without a DOM: react-dom/server for static markup and
 * react-test-renderer (with act) for interaction — clicks and typing call the props directly.
 */
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import TestRenderer, { act, type ReactTestInstance, type ReactTestRenderer } from 'react-test-renderer';
import { Provider, type Client } from 'urql';
import { afterEach } from 'vitest';
import { I18nProvider, type Locale } from '@lnob/ui';
import { StaticRouter } from '../app/router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// React's context guard does not know that a finished test-renderer tree and a later
// react-dom/server render never run at the same time; drop that one false warning.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: Detected multiple renderers concurrently rendering the same context provider')) return;
  consoleError(...args);
};

export function Wrap(p: { client: Client; locale?: Locale; hash?: string; children: ReactNode }) {
  return (
    <I18nProvider locale={p.locale ?? 'vi'}>
      <Provider value={p.client}>
        <StaticRouter hash={p.hash ?? '#/'}>{p.children}</StaticRouter>
      </Provider>
    </I18nProvider>
  );
}

export function html(client: Client, node: ReactNode, opts: { locale?: Locale; hash?: string } = {}): string {
  return renderToStaticMarkup(
    <Wrap client={client} locale={opts.locale} hash={opts.hash}>
      {node}
    </Wrap>,
  );
}

const mounted: ReactTestRenderer[] = [];

/** Renders with react-test-renderer (effects run); unmounted after each test. */
export async function mount(element: ReactElement): Promise<ReactTestRenderer> {
  let r!: ReactTestRenderer;
  await act(async () => {
    r = TestRenderer.create(element);
  });
  mounted.push(r);
  return r;
}

afterEach(() => {
  for (const r of mounted.splice(0)) act(() => r.unmount());
});

/** All text under a renderer or instance, joined (read-only inputs show their value as `[value]`). */
export function textOf(node: ReactTestRenderer | ReactTestInstance): string {
  const walk = (n: ReactTestInstance | string): string =>
    typeof n === 'string' ? n : (n.type === 'input' && n.props.readOnly ? `[${String(n.props.value)}]` : '') + n.children.map(walk).join('');
  return walk('root' in node ? node.root : node);
}

/** The button whose text is `label`. */
export function button(r: ReactTestRenderer, label: string | RegExp): ReactTestInstance {
  const all = r.root.findAll((n) => n.type === 'button' && (typeof label === 'string' ? textOf(n) === label : label.test(textOf(n))));
  if (all.length === 0) throw new Error(`no button ${String(label)}; buttons: ${r.root.findAllByType('button').map((b) => JSON.stringify(textOf(b))).join(', ')}`);
  return all[0];
}

export async function click(node: ReactTestInstance): Promise<void> {
  await act(async () => {
    (node.props.onClick as () => void)();
  });
}

/** Types into the input with this `name`. */
export async function type(r: ReactTestRenderer, name: string, value: string): Promise<void> {
  const input = r.root.find((n) => (n.type === 'input' || n.type === 'textarea') && n.props.name === name);
  await act(async () => {
    input.props.onChange({ target: { value, checked: value === 'on' } });
  });
}

export async function submit(r: ReactTestRenderer, formId?: string): Promise<void> {
  const form = r.root.find((n) => n.type === 'form' && (formId === undefined || n.props.id === formId));
  await act(async () => {
    await form.props.onSubmit({ preventDefault() {} });
  });
}

/** Lets pending timers and promises run (debounced searches). */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
