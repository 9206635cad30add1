import { afterEach, describe, expect, it } from 'vitest';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { MOD_CHANNEL, messageEvent, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('Socket Mode', () => {
  it('connects with the app token, acks events over the socket and screens them like HTTP events', async () => {
    h = await startHarness({ appToken: 'xapp-test-app-token', signingSecret: undefined });
    expect(h.handle.port).toBeUndefined();
    expect(h.fake.socketClients).toBe(1);
    expect(h.handle.status()).toMatchObject({ connected: true, detail: expect.stringContaining('Socket Mode') });

    const { body } = messageEvent({ text: SCAM_TEXT });
    await h.fake.sendEnvelope('events_api', JSON.parse(body));
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').some((c) => c.body.channel === MOD_CHANNEL), 'review card');
    expect(h.fake.callsTo('reactions.add')).toHaveLength(1);

    await h.handle.stop();
    await h.fake.waitFor(() => h!.fake.socketClients === 0, 'socket to close');
  });
});
