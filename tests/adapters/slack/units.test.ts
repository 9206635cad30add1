import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseReviewButtonId as parseReviewActionId, reviewButtonId as reviewActionId, reviewButtonPattern as reviewActionPattern } from '../../../src/review/button-id.js';
import { Lru } from '../../../adapters/slack/lru.js';
import { botScopes, userScopes } from '../../../adapters/slack/scopes.js';
import { escapeMrkdwn, plainText } from '../../../adapters/slack/slack-text.js';
import { permalink, readMessageEvent, toChatMessage, type MessageLookups } from '../../../adapters/slack/translate.js';

describe('review button ids', () => {
  it('round-trips review:<verb>:<itemId> and rejects anything else', () => {
    expect(parseReviewActionId(reviewActionId('confirm', 'abc:1'))).toEqual({ verb: 'confirm', itemId: 'abc:1' });
    expect(reviewActionPattern.test(reviewActionId('dismiss', 'x'))).toBe(true);
    for (const bad of ['review:ban:1', 'review:confirm:', 'other:confirm:1', 'review']) expect(parseReviewActionId(bad)).toBeUndefined();
  });
});

describe('Slack text', () => {
  it('shows a disguised link with its real target, and decodes mentions and escapes', () => {
    expect(plainText('go to <https://metamask-sync.xyz|metamask.io> &amp; ask <@U1> in <#C1|help> <!here>'))
      .toBe('go to metamask.io (https://metamask-sync.xyz) & ask @U1 in #help @here');
    expect(plainText('<https://example.org>')).toBe('https://example.org');
  });

  it('escapes text shown in our own cards', () => {
    expect(escapeMrkdwn('<!channel> & <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;https://x|y&gt;');
  });
});

describe('message events → ChatMessage', () => {
  const base = { type: 'message', channel: 'C1', user: 'U1', text: 'hi', ts: '1700000000.000100' };
  it('reads new messages and changed text, skips bots, joins and unchanged edits', () => {
    expect(readMessageEvent(base)).toMatchObject({ channelId: 'C1', edited: false, message: { user: 'U1', text: 'hi' } });
    expect(readMessageEvent({ ...base, bot_id: 'B1' })).toBeUndefined();
    expect(readMessageEvent({ ...base, subtype: 'channel_join' })).toBeUndefined();
    const edit = { type: 'message', subtype: 'message_changed', channel: 'C1', message: { ...base, text: 'new' }, previous_message: base };
    expect(readMessageEvent(edit)).toMatchObject({ edited: true, message: { text: 'new' } });
    expect(readMessageEvent({ ...edit, message: base })).toBeUndefined();
  });

  it('passes thread parent, first message and display name as context, and builds the permalink locally', async () => {
    const lookups: MessageLookups = {
      author: async (id, profile) => ({ id, name: profile?.name ?? id, displayName: profile?.displayName, isBot: false, roles: [] }),
      threadParentText: async () => 'How do I get help with a stuck swap?',
      isFirstMessage: async () => true,
      teamUrl: async () => 'https://acme.slack.com/',
    };
    const read = readMessageEvent({ ...base, thread_ts: '1699999999.000100', user_profile: { display_name: 'Support Team', name: 'scammer' } })!;
    const msg = await toChatMessage(read.message, { teamId: 'T1', channelId: 'C1', edited: false }, lookups);
    expect(msg).toMatchObject({
      platform: 'slack', communityId: 'T1', messageId: '1700000000.000100', threadId: '1699999999.000100', isFirstMessage: true,
      replyToText: 'How do I get help with a stuck swap?', author: { id: 'U1', name: 'scammer', displayName: 'Support Team' },
      permalink: 'https://acme.slack.com/archives/C1/p1700000000000100?thread_ts=1699999999.000100&cid=C1',
    });
    expect(permalink('https://a.slack.com/', 'C1', '1.2')).toBe('https://a.slack.com/archives/C1/p12');
  });
});

describe('Lru', () => {
  it('evicts the least recently used entry past its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.has('a'), lru.has('b'), lru.has('c')]).toEqual([true, false, true]);
  });
});

describe('slack/manifest.yml', () => {
  it('asks for exactly the scopes the OAuth installer requests, and declares the events, command and shortcut', () => {
    const manifest = parse(readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8')) as {
      oauth_config: { scopes: { bot: string[]; user: string[] } };
      settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
      features: { slash_commands: Array<{ command: string }>; shortcuts: Array<{ callback_id: string; type: string }> };
    };
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...botScopes].sort());
    expect(manifest.oauth_config.scopes.user).toEqual(userScopes);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['message.channels', 'message.groups']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/screener']);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: 'report_as_scam' })]);
  });
});
