/**
 * Inline SVG charts rendered on the server: no chart library, no script, works offline and under a strict CSP.
 * Colours come from classes styled in dashboard.css.
 */
import { html, type SafeHtml } from './html.js';

const W = 720;
const H = 240;
const PAD = { top: 16, right: 16, bottom: 28, left: 40 };
const plotW = W - PAD.left - PAD.right;
const plotH = H - PAD.top - PAD.bottom;

/** The smallest 1/2/5×10^k at or above n, so axis labels are round numbers. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

const r = (n: number) => Math.round(n * 10) / 10;

function yAxis(max: number): SafeHtml {
  const ticks = [0, max / 2, max];
  return html`${ticks.map((tick) => {
    const y = r(PAD.top + plotH - (tick / max) * plotH);
    return html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/><text class="tick" x="${PAD.left - 6}" y="${y + 4}" text-anchor="end">${Number.isInteger(tick) ? tick : tick.toFixed(1)}</text>`;
  })}`;
}

function legend(entries: Array<{ name: string; className: string }>): SafeHtml {
  return html`<ul class="legend">${entries.map((e) => html`<li><span class="swatch ${e.className}"></span>${e.name}</li>`)}</ul>`;
}

export interface BarSeries {
  name: string;
  /** CSS class giving the colour, e.g. "s-delete". */
  className: string;
  /** One value per day, aligned with `days`. */
  values: number[];
}

/** Stacked bars, one per day. With nothing to show it still draws the axes and says so. */
export function stackedBarChart(title: string, days: string[], series: BarSeries[]): SafeHtml {
  const totals = days.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(days.length / 10);
  const bars = days.map((day, i) => {
    let y = PAD.top + plotH;
    const x = r(PAD.left + i * slot + (slot - barW) / 2);
    const parts = series.map((s) => {
      const value = s.values[i] ?? 0;
      if (value <= 0) return html``;
      const h = (value / max) * plotH;
      y -= h;
      return html`<rect class="${s.className}" x="${x}" y="${r(y)}" width="${r(barW)}" height="${r(h)}"><title>${day} · ${s.name}: ${value}</title></rect>`;
    });
    const label = i % labelEvery === 0 ? html`<text class="tick" x="${r(x + barW / 2)}" y="${H - 8}" text-anchor="middle">${day.slice(5)}</text>` : html``;
    return html`${parts}${label}`;
  });
  const empty = totals.every((t) => t === 0);
  return html`<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">
${yAxis(max)}${bars}
${empty && html`<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">Nothing recorded in this period</text>`}
</svg>
${legend(series)}
</figure>`;
}

export interface LineSeries {
  name: string;
  className: string;
  /** [x in 0..1, y] points, in x order. */
  points: Array<[number, number]>;
}

export interface Marker {
  x: number;
  label: string;
  className: string;
}

/** Lines over x = 0..1 (thresholds), with labelled vertical markers (the current thresholds). */
export function lineChart(title: string, series: LineSeries[], markers: Marker[]): SafeHtml {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.points.map(([, y]) => y))));
  const px = (x: number) => r(PAD.left + x * plotW);
  const py = (y: number) => r(PAD.top + plotH - (y / max) * plotH);
  const xTicks = [0, 0.25, 0.5, 0.75, 1];
  const lines = series.map((s) => {
    if (s.points.length === 0) return html``;
    const d = s.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x)},${py(y)}`).join(' ');
    return html`<path class="line ${s.className}" d="${d}"/>${s.points.map(([x, y]) => html`<circle class="dot ${s.className}" cx="${px(x)}" cy="${py(y)}" r="2.5"><title>${s.name} at ${x.toFixed(2)}: ${y}</title></circle>`)}`;
  });
  const marks = markers.map((m) => html`<line class="marker ${m.className}" x1="${px(m.x)}" x2="${px(m.x)}" y1="${PAD.top}" y2="${PAD.top + plotH}"/><text class="marker-label ${m.className}" x="${px(m.x) + 4}" y="${PAD.top + 10}">${m.label}</text>`);
  const empty = series.every((s) => s.points.every(([, y]) => y === 0));
  return html`<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">
${yAxis(max)}
${xTicks.map((x) => html`<text class="tick" x="${px(x)}" y="${H - 8}" text-anchor="middle">${x.toFixed(2)}</text>`)}
${lines}${marks}
${empty && html`<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">No decided items yet</text>`}
</svg>
${legend([...series, ...markers.map((m) => ({ name: m.label, className: m.className }))])}
</figure>`;
}

/** A small horizontal bar for a rate in 0..1, for table cells. */
export function rateBar(rate: number): SafeHtml {
  const w = r(Math.max(0, Math.min(1, rate)) * 80);
  return html`<svg class="rate" viewBox="0 0 80 8" width="80" height="8" aria-hidden="true"><rect class="rate-bg" width="80" height="8" rx="2"/><rect class="rate-fg" width="${w}" height="8" rx="2"/></svg>`;
}
