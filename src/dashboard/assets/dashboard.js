/* scam-screener dashboard: keyboard triage on the queue and live "Try a message". Plain browser JS, no build step. */
/* global document, window, fetch, setTimeout, clearTimeout */
'use strict';

const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

/** POSTs JSON with the page's CSRF token; resolves to { status, body }. */
async function postJson(url, payload) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  let body = {};
  try { body = await response.json(); } catch { /* empty or non-JSON body */ }
  return { status: response.status, body };
}

const decisionNames = { 'confirmed-scam': 'Confirmed scam', 'false-positive': 'Not scam', escalated: 'Escalated' };

function setupQueue() {
  const table = document.getElementById('queue');
  const flash = document.getElementById('flash');
  const count = document.getElementById('pending-count');
  if (!table) return;
  const rows = () => Array.from(table.querySelectorAll('tr.item:not(.gone)'));
  let selected = rows()[0];

  function select(row) {
    if (!row) return;
    selected?.classList.remove('selected');
    selected = row;
    row.classList.add('selected');
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    const list = rows();
    const at = list.indexOf(selected);
    select(list[Math.max(0, Math.min(list.length - 1, at + step))]);
  }

  function say(text) {
    flash.textContent = text;
    flash.classList.add('show');
  }

  async function decide(row, status) {
    if (!row || row.classList.contains('busy') || row.classList.contains('decided')) return;
    row.classList.add('busy');
    const author = row.querySelector('.col-author')?.textContent ?? 'item';
    try {
      const { status: code, body } = await postJson(`/api/items/${encodeURIComponent(row.dataset.id)}/decision`, { status });
      if (code === 200) {
        say(`${decisionNames[status]}: ${author}.`);
        const next = rows()[rows().indexOf(row) + 1] ?? rows()[rows().indexOf(row) - 1];
        row.classList.add('leaving', 'gone');
        setTimeout(() => row.remove(), 250);
        const left = Math.max(0, Number(count.dataset.count) - 1);
        count.dataset.count = String(left);
        count.textContent = `${left} pending`;
        select(next);
      } else if (code === 409) {
        // Someone else (chat button, another moderator) got there first: say who, and leave the row visible.
        row.classList.add('decided');
        row.querySelector('.outcome').textContent = `Already decided (${decisionNames[body.status] ?? body.status}) by ${body.decidedBy ?? 'someone else'}.`;
        say(`Already decided by ${body.decidedBy ?? 'someone else'}.`);
      } else if (code === 401) {
        window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      } else {
        say(`Could not record the decision (${code}${body.message ? `: ${body.message}` : ''}). Reload and try again.`);
      }
    } catch {
      say('Could not reach the server. Check the connection and try again.');
    } finally {
      row.classList.remove('busy');
    }
  }

  const keys = { c: 'confirmed-scam', n: 'false-positive', e: 'escalated' };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof window.HTMLElement && event.target.closest('input, select, textarea, button, summary')) return;
    if (event.key === 'j') move(1);
    else if (event.key === 'k') move(-1);
    else if (keys[event.key]) decide(selected, keys[event.key]);
    else if ((event.key === 'o' || event.key === 'Enter') && selected) window.location.assign(selected.querySelector('a.text').href);
    else return;
    event.preventDefault();
  });

  table.addEventListener('click', (event) => {
    const row = event.target.closest('tr.item');
    if (!row) return;
    const button = event.target.closest('button[data-decision]');
    if (button) {
      select(row);
      decide(row, button.dataset.decision);
    } else if (!event.target.closest('a')) {
      select(row);
    }
  });

  select(selected);
}

function setupFilters() {
  const form = document.querySelector('form.filters');
  form?.addEventListener('change', () => form.submit());
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Mirrors verdictPanel() in pages/try.ts. `highlighted` is HTML the server escaped. */
function renderVerdict(target, result) {
  const { verdict } = result;
  target.replaceChildren();
  const head = el('p', 'verdict');
  head.append(el('span', `score score-${verdict.label}`, verdict.score.toFixed(2)), ' ', el('b', '', verdict.label));
  const quote = el('blockquote', 'message');
  quote.innerHTML = result.highlighted;
  target.append(head, quote);
  if (verdict.signals.length === 0) {
    target.append(el('p', 'muted', 'No signal fired.'));
    return;
  }
  const table = el('table', 'signals-table');
  const headRow = el('tr');
  headRow.append(el('th', '', 'Signal'), el('th', 'num', 'Weight'), el('th', '', 'Evidence'));
  const thead = el('thead');
  thead.append(headRow);
  const tbody = el('tbody');
  for (const s of verdict.signals) {
    const tr = el('tr');
    const id = el('td');
    id.append(el('code', '', s.id));
    tr.append(id, el('td', 'num', s.weight.toFixed(2)), el('td', '', s.evidence));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  target.append(table);
}

function setupTry() {
  const form = document.getElementById('try-form');
  if (!form) return;
  const text = document.getElementById('try-text');
  const community = document.getElementById('try-community');
  const result = document.getElementById('try-result');
  let timer;
  let latest = 0;

  async function run() {
    const value = text.value;
    if (!value.trim()) {
      result.replaceChildren(el('p', 'muted', 'Type or paste a message to see how the classifier scores it.'));
      return;
    }
    const ticket = ++latest;
    const { status, body } = await postJson('/api/scan', { text: value, communityId: community.value });
    if (ticket !== latest) return; // a newer keystroke already answered
    if (status === 200) renderVerdict(result, body);
    else result.replaceChildren(el('p', 'error', `Could not check the message (${status}${body.message ? `: ${body.message}` : ''}).`));
  }

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  };
  text.addEventListener('input', soon);
  community.addEventListener('change', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
}

setupQueue();
setupFilters();
setupTry();
