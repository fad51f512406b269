import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { internalsFit } from './version';

/**
 * Strapi's GraphQL resolves every relation and component entry by entry: a list of
 * 100 service pages with seven relations each costs 700 `load` calls, each a query to
 * find the parent and one to populate it (the N+1 the API benchmark shows). Within one
 * GraphQL request, loads of the same field with the same query that start in the same
 * turn of the event loop are answered by one populate over all their parents instead.
 *
 * The answer for each parent is the one its own `load` would give: the populate runs
 * without limit and offset (Strapi would apply them to all parents together) and each
 * parent's list is sliced afterwards, in the same order. Anything unusual (morph
 * relations, counts, a query that is not plain data, a transaction) takes Strapi's
 * own path.
 */
type Load = (uid: string, entity: { id: number }, field: string | string[], params?: unknown) => Promise<unknown>;
type EntityManager = { load: Load; findMany: (uid: string, query: object) => Promise<Array<Record<string, unknown>>> };

const BATCHED_RELATIONS = new Set(['oneToOne', 'manyToOne', 'oneToMany', 'manyToMany']);
/** Well below SQLite's and PostgreSQL's limits on bound parameters. */
const MAX_IDS_PER_QUERY = 500;

interface Waiting {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
interface Group {
  uid: string;
  field: string;
  params: Record<string, unknown>;
  waiting: Waiting[];
}
type Batches = Map<string, Group>;

const requestBatches = new AsyncLocalStorage<Batches>();

/** Runs one GraphQL request with its loads batched (see middlewares/graphql-batching). */
export function withBatchedLoads<T>(run: () => Promise<T>): Promise<T> {
  return requestBatches.run(new Map(), run);
}

export function batchRelationLoads(strapi: Core.Strapi): void {
  // Off on a Strapi version it was not checked against: Strapi's own loads, entry by entry.
  if (!internalsFit(strapi, 'Batched GraphQL relation loads')) return;
  const db = strapi.db;
  const entityManager = db.entityManager as unknown as EntityManager;
  const load: Load = entityManager.load.bind(entityManager);

  entityManager.load = (uid, entity, field, params) => {
    const batches = requestBatches.getStore();
    // Rows are matched to parents by numeric id: anything else takes Strapi's own path.
    if (!batches || typeof entity?.id !== 'number' || typeof field !== 'string')
      return load(uid, entity, field, params);
    if (!isBatchable(uid, field, params) || db.inTransaction()) return load(uid, entity, field, params);
    const query = (params ?? {}) as Record<string, unknown>;
    const key = `${uid}\u0000${field}\u0000${JSON.stringify(query)}`;
    let group = batches.get(key);
    if (!group) {
      group = { uid, field, params: query, waiting: [] };
      batches.set(key, group);
      const scheduled = group;
      // setImmediate, not a microtask: resolvers reach `load` after a few awaits each
      // (validating and sanitising their query), all before any I/O.
      setImmediate(() => {
        batches.delete(key);
        void flush(entityManager, scheduled);
      });
    }
    return new Promise((resolve, reject) => group.waiting.push({ id: entity.id, resolve, reject }));
  };

  function isBatchable(uid: string, field: string, params: unknown): boolean {
    const attribute = db.metadata.get(uid).attributes[field] as { type?: string; relation?: string } | undefined;
    if (attribute?.type !== 'relation' || !BATCHED_RELATIONS.has(attribute.relation ?? '')) return false;
    if (params === undefined || params === true) return true;
    return isPlainData(params) && (params as { count?: unknown }).count === undefined;
  }
}

async function flush(entityManager: EntityManager, { uid, field, params, waiting }: Group): Promise<void> {
  const { limit, offset, ...populate } = params as { limit?: number; offset?: number };
  try {
    const ids = [...new Set(waiting.map((entry) => entry.id))];
    const rows = new Map<number, Record<string, unknown>>();
    for (let start = 0; start < ids.length; start += MAX_IDS_PER_QUERY) {
      const found = await entityManager.findMany(uid, {
        select: ['id'],
        where: { id: { $in: ids.slice(start, start + MAX_IDS_PER_QUERY) } },
        populate: { [field]: Object.keys(populate).length > 0 ? populate : true },
      });
      for (const row of found) rows.set(row.id as number, row);
    }
    const given = new Set<number>();
    for (const { id, resolve } of waiting) {
      const row = rows.get(id);
      if (!row) {
        resolve(null);
        continue;
      }
      // The same parent asked twice gets its own copy: sanitising one must not touch the other.
      const value = given.has(id) ? structuredClone(row[field]) : row[field];
      given.add(id);
      resolve(Array.isArray(value) ? page(value, offset, limit) : value);
    }
  } catch (error) {
    for (const { reject } of waiting) reject(error);
  }
}

/** What `limit` and `offset` would have returned for this parent alone. */
function page<T>(list: T[], offset: unknown, limit: unknown): T[] {
  const start = typeof offset === 'number' && offset > 0 ? offset : 0;
  return list.slice(start, typeof limit === 'number' && limit >= 0 ? start + limit : undefined);
}

/** Strings, numbers, booleans, null, arrays and plain objects: safe to compare as JSON. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isPlainData);
}
