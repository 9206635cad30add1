/**
 * Child process for bench/discord-latency.ts: the fake Discord plus the load generator, so sending
 * 1,000 messages/s does not compete with the bot for its event loop (as a real gateway would not).
 * Both ends of each measurement — MESSAGE_CREATE sent, DELETE received — are timed on this clock.
 *
 * Protocol (IPC): → {type:'ready', apiUrl}; ← {type:'go', rate, seconds, scamEvery}; → {type:'done', result}.
 */
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../tests/fixtures/messages.js';
import { FakeDiscord, snowflake, type FakeMember } from '../tests/integration/fake-discord.js';
import { makeWorld } from '../tests/integration/fake-discord-world.js';

const CLEAN_TEXTS = [
  'gm everyone, anyone tried the new staking pool yet?',
  'The AMA starts in 10 minutes in #events',
  HARD_NEGATIVE_TEXT,
  'what is the gas limit you use for swaps on L2?',
  'thanks for the help yesterday, it worked after I reinstalled the extension',
];
const WARMUP_MS = 1000;

interface Go { type: 'go'; rate: number; seconds: number; scamEvery: number }

const world = makeWorld();
const fake = await FakeDiscord.start({ guilds: [world.guild] });
world.guild.members.push({ user: fake.bot, roles: [world.botRoleId], joined_at: new Date().toISOString() });
const authors: FakeMember[] = Array.from({ length: 200 }, (_, i) => ({
  user: { id: snowflake(Date.now() - (i + 1) * 86_400_000, i), username: `member${i}` }, roles: [], joined_at: new Date(Date.now() - i * 3_600_000).toISOString(),
}));

const sentAt = new Map<string, number>();
const latencies: number[] = [];
let deleted = 0;
fake.onRequest = (request) => {
  fake.requests.length = 0; // keep memory flat: the benchmark only needs the timestamps
  if (request.method !== 'DELETE') return;
  const started = sentAt.get(request.path.split('/').pop()!);
  if (started === undefined) return;
  deleted++;
  sentAt.delete(request.path.split('/').pop()!);
  if (started >= 0) latencies.push(request.at - started);
};

process.on('message', (message: Go) => {
  if (message.type === 'go') void run(message);
});
process.send!({ type: 'ready', apiUrl: fake.apiUrl });

async function run({ rate, seconds, scamEvery }: Go): Promise<void> {
  const total = Math.round(rate * (seconds + WARMUP_MS / 1000));
  let sent = 0;
  const begin = performance.now();
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - begin) / 1000) * rate));
      for (; sent < due; sent++) {
        const isScam = sent % scamEvery === 0;
        const text = isScam ? `${SCAM_TEXT} #${sent}` : CLEAN_TEXTS[sent % CLEAN_TEXTS.length]!;
        const payload = fake.message(world.guild, world.general, authors[sent % authors.length]!, text);
        fake.messages.clear();
        const now = performance.now();
        // Warm-up scams must be deleted too, but are not timed.
        if (isScam) sentAt.set(String(payload.id), now - begin < WARMUP_MS ? -1 : now);
        fake.dispatch('MESSAGE_CREATE', payload);
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  const deadline = Date.now() + 10_000;
  while (sentAt.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  process.send!({ type: 'done', result: { latencies, sent, deleted } }, () => {
    void fake.close().then(() => process.exit(0));
  });
}
