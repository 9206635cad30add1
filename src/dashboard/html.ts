/**
 * HTML building blocks for the server-rendered pages. The `html` tag escapes every interpolated
 * value unless it is already SafeHtml, so a page can only inject markup it built with `html` itself.
 */

/** Markup that is already escaped (or built from escaped parts). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"'`]/g, (ch) => entities[ch]!);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // null, undefined and false render as nothing so `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** For markup produced elsewhere by code that escaped it (e.g. the SVG charts). Never for input. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export type NavPage = 'queue' | 'stats' | 'try' | 'settings' | 'item' | 'login';

export interface LayoutOptions {
  title: string;
  active: NavPage;
  /** Present on every signed-in page: forms and fetch() calls send it back. */
  csrfToken: string;
  moderator?: string;
  body: SafeHtml;
}

const nav: Array<[NavPage, string, string]> = [
  ['queue', '/', 'Queue'],
  ['stats', '/stats', 'Stats'],
  ['try', '/try', 'Try a message'],
  ['settings', '/settings', 'Settings'],
];

export function layout(options: LayoutOptions): string {
  const signedIn = options.moderator !== undefined;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${options.csrfToken}">
<title>${options.title} · scam-screener</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/dashboard.css">
<script src="/assets/dashboard.js" defer></script>
</head>
<body class="page-${options.active}">
<header class="top">
  <a class="brand" href="/">scam-screener</a>
  ${signedIn && html`<nav>${nav.map(([page, href, label]) => html`<a href="${href}"${page === options.active ? trusted(' aria-current="page"') : ''}>${label}</a>`)}</nav>
  <form class="logout" method="post" action="/logout">
    <span class="who">${options.moderator}</span>
    <input type="hidden" name="_csrf" value="${options.csrfToken}">
    <button type="submit" class="link">Sign out</button>
  </form>`}
</header>
<main>
${options.body}
</main>
</body>
</html>`.value;
}

/** "42s", "5m", "3h", "2d": how long ago, compact enough for a table cell. */
export function age(iso: string, now: Date = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** What every signed-in page needs besides its own data. */
export interface PageContext {
  csrfToken: string;
  moderator: string;
}

const labelNames: Record<string, string> = { scam: 'scam', suspicious: 'suspicious', clean: 'clean' };

/** The score with its label's colour, e.g. a red "0.93". */
export function scoreBadge(score: number, label: string): SafeHtml {
  return html`<span class="score score-${labelNames[label] ?? 'clean'}" title="${label}">${formatScore(score)}</span>`;
}

const statusNames: Record<string, string> = {
  pending: 'pending', 'confirmed-scam': 'confirmed scam', 'false-positive': 'not scam', escalated: 'escalated',
};

export function statusName(status: string): string {
  return statusNames[status] ?? status;
}

export function statusBadge(status: string): SafeHtml {
  return html`<span class="status status-${status}">${statusName(status)}</span>`;
}

/** Only http(s) links are rendered: a stored `javascript:` URL must never become clickable. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
