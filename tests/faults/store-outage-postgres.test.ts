/**
 * PostgreSQL goes away mid-run. Stopping the shared test server would break every other suite, so a tiny
 * TCP proxy sits between the store and the server: closing it (and cutting its open connections) is, for
 * the store, the server going away; reopening it on the same port is the server coming back.
 * Same rule as tests/review/pg-test-db.ts: TEST_DATABASE_URL is required under CI=true, else skipped with a reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Screener } from '../../src/pipeline.js';
import { PostgresStore } from '../../src/review/postgres-store.js';
import { SpoolingStore } from '../../src/review/spool.js';
import type { ReviewItem } from '../../src/types.js';
import { TestSchemas, testDatabaseUrl } from '../review/pg-test-db.js';
import { RecordingPlatform, capturedLogger, scamMessage, testConfig, waitUntil } from './helpers.js';

/** Forwards 127.0.0.1:<port> to the target; `cut()` closes it and drops every open connection. */
class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined); // a cut connection errors on both sides; that is the point
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const url = testDatabaseUrl('PostgreSQL outage fault test');

if (!url) {
  describe.skip('PostgreSQL goes away mid-run (TEST_DATABASE_URL not set)', () => {
    it('spools and replays', () => {});
  });
} else {
  describe('PostgreSQL goes away mid-run', () => {
    const schemas = new TestSchemas(url);
    const dir = mkdtempSync(join(tmpdir(), 'scam-screener-pg-faults-'));
    afterAll(async () => {
      await schemas.dropAll();
      rmSync(dir, { recursive: true, force: true });
    });

    /** A screener on a fresh schema whose PostgreSQL connections go through a TcpProxy, spooling to `spoolName`. */
    async function screenerBehindProxy(spoolName: string) {
      const schema = await schemas.create();
      const server = new URL(url!);
      const proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
      await proxy.open();
      const proxied = new URL(url!);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(proxy.port);
      const { log, lines } = capturedLogger();
      const store = new SpoolingStore(
        new PostgresStore({ ...schema.poolConfig, connectionString: proxied.toString(), connectionTimeoutMillis: 2_000 }),
        { path: join(dir, spoolName), log, retryMinMs: 50, retryMaxMs: 250, timeoutMs: 3_000 },
      );
      const screener = new Screener({ config: testConfig(), store, log });
      const platform = new RecordingPlatform();
      screener.registerPlatform('discord', platform);
      return { proxy, store, screener, platform, lines };
    }

    it('keeps deleting while the server is unreachable, then replays the spool: count before = count after', async () => {
      const { proxy, store, screener, platform, lines } = await screenerBehindProxy('spool.jsonl');
      try {
        await store.migrate();
        const acted: ReviewItem[] = [];
        for (let i = 0; i < 3; i++) acted.push((await screener.screen(scamMessage())).item!);
        expect(await store.countItems()).toBe(3);

        await proxy.cut();
        const N = 10;
        for (let i = 0; i < N; i++) {
          const result = await screener.screen(scamMessage());
          expect(result.outcomes[0]).toMatchObject({ kind: 'delete', ok: true });
          acted.push(result.item!);
        }
        expect(platform.deletes).toHaveLength(N + 3);
        expect(store.degraded).toBe(true);
        expect(await store.health()).toMatchObject({ ok: false, detail: expect.stringContaining(`store unavailable; ${N} items spooled`) });
        await expect(store.countItems()).rejects.toThrow(/review store unavailable/);
        // A few replay attempts fail while the proxy is down, and the spool is kept.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(store.spooledItems).toBe(N);

        await proxy.open(); // same port: the server is back
        await waitUntil(() => !store.degraded, 'the spool to be replayed', 10_000);
        const stored = await store.listItems({ limit: 100 });
        expect(stored).toHaveLength(acted.length);
        for (const item of acted) expect(stored.find((s) => s.id === item.id)?.actions).toEqual(item.actions);
        expect(lines.some((l) => l.includes('replayed spooled writes'))).toBe(true);
      } finally {
        await screener.close();
        await store.close();
        await proxy.cut();
      }
    });

    it('connections cut while inserts are in flight: every acted-on item is stored exactly once after replay', async () => {
      const { proxy, store, screener, platform } = await screenerBehindProxy('spool-inflight.jsonl');
      try {
        await store.migrate();
        await screener.screen(scamMessage()); // warm the community settings cache and the pool
        const N = 30;
        const screening = Promise.all(Array.from({ length: N }, () => screener.screen(scamMessage())));
        await new Promise((resolve) => setTimeout(resolve, 1));
        await proxy.cut(); // some inserts may have committed on the server without the answer reaching us
        const results = await screening;
        expect(platform.deletes).toHaveLength(N + 1);
        expect(store.spooledItems).toBeGreaterThan(0); // the cut did land mid-burst
        await proxy.open();
        await waitUntil(() => !store.degraded, 'the spool to be replayed', 10_000);
        const stored = await store.listItems({ limit: 100 });
        expect(stored).toHaveLength(N + 1); // no duplicates: a spooled copy of a committed insert has the same id
        for (const { item } of results) expect(stored.find((s) => s.id === item!.id)?.actions).toEqual(item!.actions);
      } finally {
        await screener.close();
        await store.close();
        await proxy.cut();
      }
    });
  });
}
