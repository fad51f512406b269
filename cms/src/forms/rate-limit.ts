import type { Core } from '@strapi/strapi';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * Limits per client with rate-limiter-flexible: `perMinute` on average, up to `burst`
 * at once (`burst` requests a window of `burst / perMinute` minutes). On SQLite, the
 * embedded single process, the counts are kept in memory. On PostgreSQL they are kept
 * in the database (table doorstep_rate_limits), so every CMS instance counts the same
 * client together: spreading requests over instances gains nothing. Should the
 * database not answer, each instance falls back to counting in its own memory.
 */
export interface RateLimiter {
  /** Counts a request; resolves to 0 when allowed, otherwise the seconds to wait. */
  take(client: string): Promise<number>;
}

export interface RateLimit {
  /** Names the limit's counts, apart from other limits'. */
  name: string;
  perMinute: number;
  burst: number;
}

const TABLE = 'doorstep_rate_limits';

function postgresLimiter(strapi: Core.Strapi, options: IRateLimiterOptions): Promise<RateLimiterAbstract> {
  const settings = { ...options, storeClient: strapi.db.connection, storeType: 'knex', tableName: TABLE };
  return new Promise((resolve) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(settings, (error?: Error) => {
      if (!error) return resolve(limiter);
      // Two instances starting together both create the table: one loses the race, and the table is there.
      strapi.log.warn(`Rate limit table: ${error.message}; using it as it is`);
      resolve(new RateLimiterPostgres({ ...settings, tableCreated: true }));
    });
  });
}

export function createRateLimiter(strapi: Core.Strapi, { name, perMinute, burst }: RateLimit): RateLimiter {
  const options: IRateLimiterOptions = {
    keyPrefix: name,
    points: burst,
    duration: Math.max(1, Math.ceil((burst / perMinute) * 60)),
  };
  const shared = strapi.config.get<string>('database.connection.client') === 'postgres';
  const limiter: Promise<RateLimiterAbstract> = shared
    ? postgresLimiter(strapi, { ...options, insuranceLimiter: new RateLimiterMemory(options) })
    : Promise.resolve(new RateLimiterMemory(options));
  return {
    async take(client) {
      try {
        await (await limiter).consume(client);
        return 0;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        throw refused;
      }
    },
  };
}
