import { afterEach, describe, expect, it } from 'vitest';
import { botScopes } from '../../../adapters/slack/scopes.js';
import { httpRequest, postSigned } from '../../integration/fake-slack.js';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { MOD_CHANNEL, SIGNING_SECRET, eventually, messageEvent, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const T2_BOT = 'xoxb-t2-bot-token';
const T2_USER = 'xoxp-t2-admin-token';

describe('Slack OAuth installation', () => {
  it('stores the installation in our store, and the next event for that team uses its tokens', async () => {
    h = await startHarness({ botToken: undefined, clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret-for-tests' });
    h.fake.teams.set(T2_BOT, { teamId: 'T2', team: 'Beta', botUserId: 'UBOT2' });
    h.fake.oauthAccess = {
      ok: true, app_id: 'AAPP', token_type: 'bot', access_token: T2_BOT, scope: botScopes.join(','), bot_user_id: 'UBOT2',
      team: { id: 'T2', name: 'Beta' }, enterprise: null, is_enterprise_install: false,
      authed_user: { id: 'UADMIN2', scope: 'chat:write', access_token: T2_USER, token_type: 'user' },
    };

    // /slack/install redirects to Slack with a state that is also set as a cookie.
    const install = await httpRequest(`${h.base}/slack/install`);
    expect(install.status).toBe(302);
    const authorizeUrl = new URL(String(install.headers.location));
    expect(authorizeUrl.searchParams.get('scope')).toBe(botScopes.join(','));
    expect(authorizeUrl.searchParams.get('user_scope')).toBe('chat:write');
    const state = authorizeUrl.searchParams.get('state')!;
    const cookie = String(install.headers['set-cookie']?.[0]).split(';')[0]!;

    // Slack sends the admin back with a code; the receiver exchanges it at oauth.v2.access.
    const callback = await httpRequest(`${h.base}/slack/oauth_redirect?code=code-123&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(callback.status).toBe(200);
    expect(h.fake.callsTo('oauth.v2.access')[0]!.body).toMatchObject({ code: 'code-123', client_id: '111.222' });
    const stored = await eventually(() => h!.store.getSetting<{ bot?: { token: string } }>('slack-installation:T2'), 'stored installation');
    expect(stored.bot?.token).toBe(T2_BOT);

    h.fake.reset();
    const { body, ts } = messageEvent({ text: SCAM_TEXT, team: 'T2' });
    expect((await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET })).status).toBe(200);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').some((c) => c.body.channel === MOD_CHANNEL), 'review card');

    // The installing admin granted chat:write, so their user token deletes; the card goes out with T2's bot token.
    expect(h.fake.callsTo('chat.delete')).toEqual([expect.objectContaining({ token: T2_USER, body: expect.objectContaining({ ts }) })]);
    expect(h.fake.callsTo('chat.postMessage')[0]!.token).toBe(T2_BOT);
    expect(h.fake.calls.every((c) => c.token === T2_BOT || c.token === T2_USER)).toBe(true);
    expect(h.logs.join('')).not.toMatch(/xox[bp]-t2/);
  });

  it('an event for a team that never installed is not screened', async () => {
    h = await startHarness({ botToken: undefined, clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret-for-tests' });
    await postSigned(h.eventsUrl, messageEvent({ text: SCAM_TEXT, team: 'T9' }).body, { secret: SIGNING_SECRET });
    await eventually(async () => (h!.logs.some((l) => l.includes('Authorization of incoming event did not succeed')) ? true : undefined), 'authorization failure log');
    expect(h.screened()).toBe(0);
    expect(h.fake.calls).toEqual([]);
  });
});
