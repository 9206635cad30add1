/**
 * Malformed or partial gateway events are logged and dropped, never allowed to crash the process.
 * discord.js runs its packet handlers inside @discordjs/ws's message callback, which is an un-awaited
 * async function: a handler that throws on a malformed payload (e.g. MESSAGE_CREATE without author)
 * becomes an unhandled rejection, and Node exits on those. No public hook exists between "packet
 * received" and "handler runs", so we wrap the (private) WebSocketManager.handlePacket — the single
 * entry point for every dispatch. If a discord.js upgrade renames it, this logs a warning and the
 * bot runs unguarded rather than failing to start.
 */
import type { Client } from 'discord.js';
import type { Logger } from '../../src/log.js';

interface Packet { t?: string; d?: unknown }
type HandlePacket = (packet?: Packet, shard?: unknown) => boolean;

/** Fields without which discord.js cannot build the structure for an event. */
const required: Record<string, string[]> = {
  MESSAGE_CREATE: ['id', 'channel_id', 'author'],
  MESSAGE_UPDATE: ['id', 'channel_id'],
  INTERACTION_CREATE: ['id', 'token', 'type'],
  GUILD_CREATE: ['id'],
};

export function guardPackets(client: Client, log: Logger): void {
  const manager = client.ws as unknown as { handlePacket?: HandlePacket };
  const original = manager.handlePacket;
  if (typeof original !== 'function') {
    log.warn('discord.js internals changed: malformed gateway events are not guarded');
    return;
  }
  manager.handlePacket = function guardedHandlePacket(packet, shard) {
    const missing = missingFields(packet);
    if (missing) {
      log.warn({ event: packet?.t, missing }, 'dropped malformed gateway event');
      return true;
    }
    try {
      return original.call(this, packet, shard);
    } catch (error) {
      log.error({ err: error, event: packet?.t }, 'dropped gateway event that discord.js could not handle');
      return true;
    }
  };
}

function missingFields(packet: Packet | undefined): string[] | undefined {
  if (!packet?.t) return undefined; // discord.js calls handlePacket() without a packet to drain its queue
  const fields = required[packet.t];
  if (!fields) return undefined;
  const data = packet.d;
  if (!data || typeof data !== 'object') return ['d'];
  const missing = fields.filter((f) => (data as Record<string, unknown>)[f] === undefined || (data as Record<string, unknown>)[f] === null);
  return missing.length ? missing : undefined;
}
