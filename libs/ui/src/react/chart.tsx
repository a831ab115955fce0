/**
 * A small line chart of rates by year, drawn as inline SVG (no charting dependency). Accessible:
 * the SVG is an image with a title and a description listing every value, and the values are also
 * given as a table for screen readers and copying.
 */
import { useId } from 'react';

export interface ChartSeries {
  name: string;
  /** One value per x label; null = no data (a gap in the line). */
  values: readonly (number | null)[];
}

const COLORS = ['#b3261e', '#1f5fa8', '#2e7d32', '#8e24aa'];
const W = 480;
const H = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 52 };

/** Rounds a maximum up to a "nice" axis top (1, 2, 2.5, 5 × 10^n). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= max) return m * exp;
  return 10 * exp;
}

export function LineChart(p: {
  title: string;
  labels: readonly (string | number)[];
  series: readonly ChartSeries[];
  formatValue(v: number): string;
  testId?: string;
}) {
  const id = useId();
  const all = p.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = niceMax(Math.max(0, ...all));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = p.labels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? innerW / 2 : (i * innerW) / (n - 1));
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const description = p.series
    .map((s) => `${s.name}: ${p.labels.map((l, i) => `${l} ${s.values[i] === null ? '—' : p.formatValue(s.values[i] as number)}`).join(', ')}`)
    .join('. ');
  return (
    <figure className="lnob-chart" data-testid={p.testId}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" style={{ maxWidth: W }}>
        <title id={`${id}-t`}>{p.title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((v) => (
          <g key={v} aria-hidden="true">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#555">
              {p.formatValue(v)}
            </text>
          </g>
        ))}
        {p.labels.map((l, i) => (
          <text key={String(l)} x={x(i)} y={H - 10} textAnchor="middle" fontSize="11" fill="#555" aria-hidden="true">
            {l}
          </text>
        ))}
        {p.series.map((s, k) => {
          const color = COLORS[k % COLORS.length];
          const segments: string[] = [];
          let current = '';
          s.values.forEach((v, i) => {
            if (v === null) {
              if (current) segments.push(current);
              current = '';
            } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.name} aria-hidden="true">
              {segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={color} strokeWidth="2" strokeDasharray={k % 2 ? '6 3' : undefined} />
              ))}
              {s.values.map((v, i) =>
                v === null ? null : (
                  <circle key={i} cx={x(i)} cy={y(v)} r="3.5" fill={color}>
                    <title>{`${s.name} ${p.labels[i]}: ${p.formatValue(v)}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="lnob-chart__legend">
          {p.series.map((s, k) => (
            <li key={s.name}>
              <span className="lnob-chart__swatch" style={{ background: COLORS[k % COLORS.length] }} aria-hidden="true" /> {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
