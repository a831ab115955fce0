/**
 * A chart.js chart on a canvas, as a React component. The chart is created in an effect and
 * destroyed when the component unmounts or its configuration changes (a new configuration draws a
 * new chart: memoise it). chart.js is tree-shaken: only the pieces registered below are bundled, and
 * only with the statistics screen, which is loaded lazily.
 *
 * Without a 2D context (no canvas support, jsdom, tests without a DOM) nothing is drawn and
 * `onStatus('unavailable')` lets the caller show the figures another way; it never throws.
 */
import { useEffect, useRef, useState } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartType } from 'chart.js';

// Never `chart.js/auto`: it registers every chart type, scale and plugin.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
// The app's type and muted text colour (styles.css) for axes, legend and tooltips.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
Chart.defaults.color = '#5b6475';

export type ChartStatus = 'pending' | 'drawn' | 'unavailable';

/** The canvas's 2D context, or null when there is none (or asking for it throws). */
export function context2d(canvas: Pick<HTMLCanvasElement, 'getContext'> | null | undefined): CanvasRenderingContext2D | null {
  if (!canvas || typeof canvas.getContext !== 'function') return null;
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

export function ChartCanvas<TType extends ChartType, TData, TLabel>(p: {
  config: ChartConfiguration<TType, TData, TLabel>;
  /** What the chart shows, for screen readers (the canvas is an image). */
  label: string;
  /** Height in CSS pixels (the width follows the container). */
  height?: number;
  onStatus?(status: ChartStatus): void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('pending');
  const { config, onStatus } = p;

  useEffect(() => {
    const element = canvas.current;
    if (!element || !context2d(element)) {
      setStatus('unavailable');
      return;
    }
    const chart = new Chart(element, config);
    setStatus('drawn');
    return () => chart.destroy();
  }, [config]);

  useEffect(() => onStatus?.(status), [status, onStatus]);

  return (
    <div className="lnob-stats-chart__canvas" style={{ height: p.height ?? 300 }} data-chart-status={status}>
      <canvas ref={canvas} role="img" aria-label={p.label}>
        {p.label}
      </canvas>
    </div>
  );
}
