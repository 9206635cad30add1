import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/review/open-store.js';
import { PostgresStore } from '../../src/review/postgres-store.js';
import type { DecisionStatus } from '../../src/types.js';
import { sampleItem } from './fixtures/items.js';
import { TestSchemas, testDatabaseUrl } from './pg-test-db.js';
import { storeContract } from './store-contract.js';

const url = testDatabaseUrl('PostgresStore tests');

if (!url) {
  describe.skip('PostgresStore (TEST_DATABASE_URL not set)', () => {
    it('runs the store contract against PostgreSQL', () => {});
  });
} else {
  const schemas = new TestSchemas(url);
  afterAll(() => schemas.dropAll());

  storeContract('PostgresStore', async () => {
    const store = new PostgresStore((await schemas.create()).poolConfig);
    await store.migrate();
    return store;
  });

  describe('PostgresStore across instances', () => {
    it('openStore picks PostgreSQL when a database URL is set, and migrates it', async () => {
      const schema = await schemas.create();
      const store = await openStore({ databaseUrl: schema.url, sqlitePath: '/nonexistent/unused.db' });
      expect(store.kind).toBe('postgres');
      expect(await store.countItems()).toBe(0);
      await store.close();
    });

    it('two instances migrating one schema at once both succeed', async () => {
      const { poolConfig } = await schemas.create();
      const [a, b] = [new PostgresStore(poolConfig), new PostgresStore(poolConfig)];
      await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
      await a.insertItem(sampleItem());
      expect(await b.countItems()).toBe(1);
      await Promise.all([a.close(), b.close()]);
    });

    it('two instances racing to decide 20 items apply exactly one decision per item', async () => {
      const { poolConfig } = await schemas.create();
      const [a, b] = [new PostgresStore(poolConfig), new PostgresStore(poolConfig)];
      await a.migrate();
      const items = await Promise.all(Array.from({ length: 20 }, () => a.insertItem(sampleItem())));
      const decide = (store: PostgresStore, id: string, status: DecisionStatus, moderatorId: string) =>
        store.decide(id, { status, moderatorId, moderatorName: moderatorId });

      const results = await Promise.all(
        items.map(({ id }) => Promise.all([decide(a, id, 'confirmed-scam', 'mod-a'), decide(b, id, 'false-positive', 'mod-b')])),
      );

      for (const [i, [fromA, fromB]] of results.entries()) {
        expect([fromA?.applied, fromB?.applied].filter(Boolean)).toHaveLength(1);
        const winner = fromA!.applied ? fromA! : fromB!;
        const loser = fromA!.applied ? fromB! : fromA!;
        // The loser is told who won, and the stored item agrees.
        expect(loser.item.decidedBy).toBe(winner.item.decidedBy);
        expect(loser.item.status).toBe(winner.item.status);
        expect(await a.getItem(items[i]!.id)).toEqual(winner.item);
      }
      expect(await a.countItems({ status: 'pending' })).toBe(0);
      await Promise.all([a.close(), b.close()]);
    });
  });
}
