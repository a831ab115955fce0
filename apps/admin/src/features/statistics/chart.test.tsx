/**
 * The chart wrapper with the real chart.js. There is no DOM and no canvas here (as in jsdom, whose
 * getContext returns null): the wrapper must not crash and the table must show the figures. With a
 * stand-in 2D context (a canvas double that accepts every drawing call) chart.js really builds, lays
 * out and draws the chart, so the create / re-create / destroy cycle is checked too.
 */
import { Chart } from 'chart.js';
import type { ReactElement } from 'react';
import TestRenderer, { act, type ReactTestRenderer } from 'react-test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@lnob/ui';
import { textOf } from '../../testing/render';
import { context2d } from './ChartCanvas';
import { TrendChart } from './TrendChart';
import { row } from './test-data';
import type { TrendRow } from './trend';

const ROWS = [row(2022, 1000, 150, 80), row(2023, 1000, 120, 90), row(2024, 1000, 100, 70), row(2025, 1200, 96, 60)];

/** A canvas whose 2D context accepts every call (and records the names of the calls). */
function stubCanvas() {
  const calls: string[] = [];
  const canvas: Record<string, unknown> = { width: 640, height: 300, style: {} };
  const state: Record<string | symbol, unknown> = { canvas };
  const context = new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (typeof key === 'symbol' || key === 'length' || key === 'then') return undefined;
      if (key === 'measureText') return (s: string) => ({ width: s.length * 6 });
      if (key === 'getLineDash') return () => [];
      if (typeof key === 'string' && key.startsWith('create')) return () => ({ addColorStop() {} });
      return () => void calls.push(String(key));
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  canvas.getContext = () => context;
  return { canvas, calls };
}

const renderers: ReactTestRenderer[] = [];
afterEach(() => {
  for (const r of renderers.splice(0)) act(() => r.unmount());
});

async function render(element: ReactElement, canvas: unknown): Promise<ReactTestRenderer> {
  let r!: ReactTestRenderer;
  await act(async () => {
    r = TestRenderer.create(element, { createNodeMock: (e) => (e.type === 'canvas' ? canvas : null) });
  });
  renderers.push(r);
  return r;
}

const chartOf = (r: ReactTestRenderer) => r.root.find((n) => n.props['data-testid'] === 'stats-chart');
const tableOf = (r: ReactTestRenderer) => r.root.find((n) => n.type === 'table');
const instances = () => Object.values(Chart.instances);

describe('context2d', () => {
  it('null without a canvas, when getContext returns null (jsdom) or when it throws', () => {
    expect(context2d(null)).toBeNull();
    expect(context2d({ getContext: () => null } as never)).toBeNull();
    expect(
      context2d({
        getContext: () => {
          throw new Error('Not implemented: HTMLCanvasElement.prototype.getContext');
        },
      } as never),
    ).toBeNull();
  });
});

describe('TrendChart', () => {
  it.each([
    ['no canvas element', null],
    ['getContext returns null', { getContext: () => null }],
  ])('without a 2D context (%s): no chart, no crash, the table is shown with every figure', async (_name, canvas) => {
    const r = await render(
      <I18nProvider locale="vi">
        <TrendChart rows={ROWS} />
      </I18nProvider>,
      canvas,
    );
    expect(chartOf(r).props['data-chart-status']).toBe('unavailable');
    expect(instances()).toHaveLength(0);
    expect(tableOf(r).props.className).toBe('lnob-table');
    const text = textOf(r);
    expect(text).toContain('Trình duyệt không vẽ được biểu đồ');
    expect(text).toContain('20251.20096608,0 % (96 / 1.200)13,0 % (156 / 1.200)');
  });

  it('draws with chart.js, re-creates the chart when the figures change and destroys it on unmount', async () => {
    const { canvas, calls } = stubCanvas();
    const element = (rows: TrendRow[]) => (
      <I18nProvider locale="vi">
        <TrendChart rows={rows} />
      </I18nProvider>
    );
    const r = await render(element(ROWS), canvas);
    expect(chartOf(r).props['data-chart-status']).toBe('drawn');
    expect(instances()).toHaveLength(1);
    const first = instances()[0];
    expect(first.data.labels).toEqual(['2022', '2023', '2024', '2025']);
    expect(first.data.datasets.map((d) => d.label)).toEqual(['Hộ nghèo', 'Hộ cận nghèo', 'Tỷ lệ hộ nghèo', 'Tỷ lệ nghèo đa chiều']);
    expect(calls).toContain('fillText'); // axis labels and legend were drawn
    // the table stays in the page for screen readers, visually hidden until asked for
    expect(tableOf(r).props.className).toContain('lnob-stats-chart__table--hidden');
    const toggle = r.root.find((n) => n.type === 'button');
    expect(textOf(toggle)).toBe('Xem bảng số liệu');
    await act(async () => toggle.props.onClick());
    expect(tableOf(r).props.className).toBe('lnob-table');
    expect(textOf(toggle)).toBe('Ẩn bảng số liệu');

    await act(async () => r.update(element([...ROWS.slice(0, 3), row(2025, 1200, 97, 60)])));
    expect(instances()).toHaveLength(1);
    expect(instances()[0]).not.toBe(first);
    expect(instances()[0].data.datasets[0].data).toEqual([150, 120, 100, 97]);

    act(() => r.unmount());
    renderers.splice(renderers.indexOf(r), 1);
    expect(instances()).toHaveLength(0);
  });

  it('labels in English', async () => {
    const { canvas } = stubCanvas();
    const r = await render(
      <I18nProvider locale="en">
        <TrendChart rows={ROWS} />
      </I18nProvider>,
      canvas,
    );
    expect(instances()[0].data.datasets.map((d) => d.label)).toEqual(['Poor', 'Near-poor', 'Poor-household rate', 'Multidimensional poverty rate']);
    expect(instances()[0].options.locale).toBe('en-US');
    expect(textOf(r)).toContain('20251,2009660');
  });
});
