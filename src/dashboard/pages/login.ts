/** The sign-in form: the dashboard token plus an optional name that labels this moderator's decisions. */
import { html, layout } from '../html.js';

export function loginPage(csrfToken: string, options: { next?: string; error?: string } = {}): string {
  const body = html`<form class="login" method="post" action="/login">
  <h1>Sign in</h1>
  <p class="muted">Use the dashboard token (<code>DASHBOARD_TOKEN</code>, or the one printed in the log at first start).</p>
  ${options.error && html`<p class="error" role="alert">${options.error}</p>`}
  <input type="hidden" name="_csrf" value="${csrfToken}">
  <input type="hidden" name="next" value="${options.next ?? '/'}">
  <label for="token">Token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
  <label for="name">Your name <span class="muted">(optional, shown on your decisions)</span></label>
  <input id="name" name="name" type="text" maxlength="40" autocomplete="nickname">
  <button type="submit">Sign in</button>
</form>`;
  return layout({ title: 'Sign in', active: 'login', csrfToken, body });
}
