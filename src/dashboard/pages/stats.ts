/** How the bot and its moderators are doing: volume, actions per day, which signals misfire, and threshold what-ifs. */
import type { CounterRow, ReviewStore } from '../../review/store.js';
import { signalStats, thresholdWhatIf, type SignalStat, type ThresholdRow } from '../../review/stats.js';
import type { Config } from '../../config.js';
import { lineChart, rateBar, stackedBarChart } from '../charts.js';
import { html, layout, type PageContext } from '../html.js';

/** Days of counters shown. */
export const STATS_DAYS = 30;
/** Decided items replayed for the per-signal and what-if figures (newest first). */
export const STATS_ITEM_LIMIT = 5000;

const actionKinds = ['delete', 'flag', 'timeout', 'ban'] as const;
const outcomes = ['ok', 'failed', 'dry-run'] as const;

export interface StatsData {
  days: string[];
  screened: { total: number; perDay: number[] };
  /** actions[kind][outcome] per day, from counters named "action:<kind>:<outcome>". */
  actions: Record<string, Record<string, number[]>>;
  queue: { pending: number; confirmedScam: number; falsePositive: number; escalated: number };
  signals: SignalStat[];
  whatIf: ThresholdRow[];
  thresholds: { flag: number; delete: number };
}

/** The last `count` UTC days, oldest first, as YYYY-MM-DD. */
export function lastDays(count: number, now: Date = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

function perDay(rows: CounterRow[], days: string[], name: string): number[] {
  const byDay = new Map(rows.filter((r) => r.name === name).map((r) => [r.day, r.value]));
  return days.map((d) => byDay.get(d) ?? 0);
}

export async function loadStats(store: ReviewStore, config: Config, now: Date = new Date()): Promise<StatsData> {
  const days = lastDays(STATS_DAYS, now);
  const [rows, pending, confirmedScam, falsePositive, escalated, judged] = await Promise.all([
    store.listCounters(days[0]!),
    store.countItems({ status: 'pending' }),
    store.countItems({ status: 'confirmed-scam' }),
    store.countItems({ status: 'false-positive' }),
    store.countItems({ status: 'escalated' }),
    store.listItems({ status: ['confirmed-scam', 'false-positive'], limit: STATS_ITEM_LIMIT }),
  ]);
  const screenedPerDay = perDay(rows, days, 'screened');
  const actions: StatsData['actions'] = {};
  for (const kind of actionKinds) {
    actions[kind] = {};
    for (const outcome of outcomes) actions[kind][outcome] = perDay(rows, days, `action:${kind}:${outcome}`);
  }
  return {
    days,
    screened: { total: screenedPerDay.reduce((a, b) => a + b, 0), perDay: screenedPerDay },
    actions,
    queue: { pending, confirmedScam, falsePositive, escalated },
    signals: signalStats(judged),
    whatIf: thresholdWhatIf(judged, undefined, config.deleteThreshold),
    thresholds: { flag: config.flagThreshold, delete: config.deleteThreshold },
  };
}

const sum = (values: number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);

export function statsPage(data: StatsData, ctx: PageContext): string {
  const kindTotal = (kind: string) => data.days.map((_, i) => outcomes.reduce((s, o) => s + (data.actions[kind]?.[o]?.[i] ?? 0), 0));
  const actionsChart = stackedBarChart('Actions per day', data.days, actionKinds.map((kind) => ({ name: kind, className: `s-${kind}`, values: kindTotal(kind) })));
  const whatIfChart = lineChart('Threshold what-if', [
    { name: 'would delete', className: 's-delete', points: data.whatIf.map((r) => [r.threshold, r.deleted]) },
    { name: '…wrongly (false positives)', className: 's-delete-fp', points: data.whatIf.map((r) => [r.threshold, r.deletedFalsePositives]) },
    { name: 'would flag only', className: 's-flag', points: data.whatIf.map((r) => [r.threshold, r.flagged]) },
    { name: '…needlessly (false positives)', className: 's-flag-fp', points: data.whatIf.map((r) => [r.threshold, r.flaggedFalsePositives]) },
  ], [
    { x: data.thresholds.flag, label: `flag ${data.thresholds.flag.toFixed(2)}`, className: 'm-flag' },
    { x: data.thresholds.delete, label: `delete ${data.thresholds.delete.toFixed(2)}`, className: 'm-delete' },
  ]);
  const card = (label: string, value: number, note?: string) => html`<div class="card"><div class="card-value">${value.toLocaleString('en')}</div><div class="card-label">${label}</div>${note && html`<div class="muted">${note}</div>`}</div>`;
  const today = data.screened.perDay[data.screened.perDay.length - 1] ?? 0;

  const body = html`<h1>Stats <span class="count">last ${data.days.length} days</span></h1>
<div class="cards">
  ${card('messages screened', data.screened.total, `${today.toLocaleString('en')} today`)}
  ${card('pending review', data.queue.pending)}
  ${card('confirmed scams', data.queue.confirmedScam)}
  ${card('false positives', data.queue.falsePositive)}
  ${card('escalated', data.queue.escalated)}
</div>
<section>
  <h2>Actions per day</h2>
  ${actionsChart}
  <table class="compact outcomes">
    <thead><tr><th>Action</th>${outcomes.map((o) => html`<th class="num">${o}</th>`)}</tr></thead>
    <tbody>${actionKinds.map((kind) => html`<tr><td>${kind}</td>${outcomes.map((o) => html`<td class="num">${sum(data.actions[kind]?.[o])}</td>`)}</tr>`)}</tbody>
  </table>
</section>
<section>
  <h2>Threshold what-if</h2>
  <p class="muted">For each threshold, how many decided items would have been deleted (threshold as the delete threshold) or only flagged (as the flag threshold, delete threshold unchanged), and how many of those moderators marked not scam. Only queued items count: messages that never reached the queue are not replayed.</p>
  ${whatIfChart}
  <details><summary>Numbers</summary>
  <table class="compact">
    <thead><tr><th class="num">Threshold</th><th class="num">Would delete</th><th class="num">…false positives</th><th class="num">Would flag only</th><th class="num">…false positives</th></tr></thead>
    <tbody>${data.whatIf.map((r) => html`<tr><td class="num">${r.threshold.toFixed(2)}</td><td class="num">${r.deleted}</td><td class="num">${r.deletedFalsePositives}</td><td class="num">${r.flagged}</td><td class="num">${r.flaggedFalsePositives}</td></tr>`)}</tbody>
  </table>
  </details>
</section>
<section>
  <h2>Signals</h2>
  ${data.signals.length === 0 ? html`<p class="empty-state">No decided items yet: confirm or clear items in the queue to see which signals misfire.</p>` : html`<table class="compact signal-stats">
    <thead><tr><th>Signal</th><th class="num">Confirmed scams</th><th class="num">False positives</th><th>False-positive rate</th></tr></thead>
    <tbody>${data.signals.map((s) => html`<tr><td><code>${s.id}</code></td><td class="num">${s.confirmedScams}</td><td class="num">${s.falsePositives}</td><td class="rate-cell">${rateBar(s.falsePositiveRate)} ${(s.falsePositiveRate * 100).toFixed(0)}%</td></tr>`)}</tbody>
  </table>`}
</section>`;
  return layout({ title: 'Stats', active: 'stats', csrfToken: ctx.csrfToken, moderator: ctx.moderator, body });
}
