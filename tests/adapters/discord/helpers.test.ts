/** The adapter's pure helpers: button ids, the first-message LRU, the invite URL. */
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseReviewButtonId, reviewButtonId } from '../../../src/review/button-id.js';
import { FirstSeen } from '../../../adapters/discord/first-seen.js';
import { inviteUrl } from '../../../adapters/discord/invite.js';

describe('review button ids', () => {
  it('round-trips verb and item id', () => {
    expect(parseReviewButtonId(reviewButtonId('confirm', 'abc:1'))).toEqual({ verb: 'confirm', itemId: 'abc:1' });
    expect(parseReviewButtonId(reviewButtonId('dismiss', '42'))).toEqual({ verb: 'dismiss', itemId: '42' });
  });
  it.each(['poll:vote:1', 'review:delete:1', 'review:confirm:', 'review', ''])('ignores %j', (id) => {
    expect(parseReviewButtonId(id)).toBeUndefined();
  });
});

describe('FirstSeen', () => {
  it('is true once per guild and author', () => {
    const seen = new FirstSeen();
    expect(seen.mark('g1', 'u1')).toBe(true);
    expect(seen.mark('g1', 'u1')).toBe(false);
    expect(seen.mark('g2', 'u1')).toBe(true);
  });
  it('forgets the least recently seen author beyond its bound', () => {
    const seen = new FirstSeen(2);
    seen.mark('g', 'a');
    seen.mark('g', 'b');
    seen.mark('g', 'a'); // a is now the most recent
    seen.mark('g', 'c'); // evicts b
    expect(seen.mark('g', 'a')).toBe(false);
    expect(seen.mark('g', 'b')).toBe(true);
  });
});

describe('inviteUrl', () => {
  it('asks for exactly the bot and applications.commands scopes and the permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const granted = new PermissionsBitField(BigInt(url.searchParams.get('permissions')!));
    expect(granted.toArray().sort()).toEqual(['EmbedLinks', 'ManageMessages', 'ModerateMembers', 'ReadMessageHistory', 'SendMessages', 'ViewChannel']);
    expect(granted.has(PermissionFlagsBits.Administrator)).toBe(false);
  });
});
