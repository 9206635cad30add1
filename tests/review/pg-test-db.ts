/**
 * PostgreSQL for tests: the TEST_DATABASE_URL rule (required in CI, skipped with a reason elsewhere)
 * and throwaway schemas, so runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The test database URL, or undefined when PostgreSQL tests should be skipped. In CI a missing URL is a
 * failure, not a skip: a silently skipped store would let PostgreSQL regressions through.
 */
export function testDatabaseUrl(suite: string): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: TEST_DATABASE_URL is not set, and CI must run the PostgreSQL tests (source .ci/postgres.sh first)`);
  }
  console.warn(`${suite}: skipped, TEST_DATABASE_URL is not set (e.g. postgres://screener:screener@127.0.0.1:5432/screener_test; see .ci/postgres.sh)`);
  return undefined;
}

export interface TestSchema {
  name: string;
  /** Pool options whose connections use only this schema. */
  poolConfig: pg.PoolConfig;
  /** The same as a connection string, for child processes. */
  url: string;
}

/** Creates schemas on demand and drops them all at the end. */
export class TestSchemas {
  private readonly admin: pg.Pool;
  private readonly created: string[] = [];

  constructor(private readonly baseUrl: string) {
    this.admin = new pg.Pool({ connectionString: baseUrl, max: 2 });
  }

  async create(): Promise<TestSchema> {
    const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await this.admin.query(`CREATE SCHEMA ${name}`);
    this.created.push(name);
    const options = `-c search_path=${name}`;
    const url = new URL(this.baseUrl);
    url.searchParams.set('options', options);
    return { name, poolConfig: { connectionString: this.baseUrl, options }, url: url.toString() };
  }

  async dropAll(): Promise<void> {
    for (const name of this.created.splice(0)) await this.admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await this.admin.end();
  }
}
