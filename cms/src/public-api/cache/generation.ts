import type { Core } from '@strapi/strapi';
import { isCluster } from '../../cluster';
import { clusterGeneration } from './cluster-generation';
import { inTransaction } from './transaction';

/**
 * The content generation (ADR 0013): a number that moves on whenever anything the
 * public API answers with may have changed. Cached answers are keyed by it, so moving
 * it on is what invalidates them; the published-forms cache follows it too.
 */
export interface ContentGeneration {
  /** The generation reads are answered under now; undefined while this instance cannot know it. */
  current(): number | undefined;
  /**
   * Moves it on as part of the caller's transaction (or one of its own): readers see
   * the new generation only once the write has committed, so nothing read before the
   * commit is kept under it.
   */
  advance(): Promise<void>;
  /** Called whenever current() changes. */
  onChange(listener: () => void): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One process (SQLite, or PostgreSQL without CMS_CLUSTER): a counter in memory. A
 * write inside a transaction moves it when the transaction commits; one outside any
 * has committed already.
 */
function embeddedGeneration(strapi: Core.Strapi): ContentGeneration {
  let value = 0;
  const listeners: Array<() => void> = [];
  const bump = () => {
    value += 1;
    for (const listener of listeners) listener();
  };
  return {
    current: () => value,
    async advance() {
      if (!strapi.db.inTransaction()) return bump();
      await inTransaction(strapi, ({ onCommit }) => Promise.resolve(onCommit(bump)));
    },
    onChange: (listener) => void listeners.push(listener),
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}

/**
 * Kept in Strapi's own container, not in this module: a script or test that imports
 * the CMS's sources runs another copy of this module than the compiled CMS it booted.
 */
const SERVICE = 'doorstep::content-generation';
const started = new Set<ContentGeneration>();

/** Makes this CMS's generation, in memory or in PostgreSQL by the mode (called when the public API registers). */
export function createContentGeneration(strapi: Core.Strapi): ContentGeneration {
  const generation = isCluster(strapi) ? clusterGeneration(strapi) : embeddedGeneration(strapi);
  strapi.add(SERVICE, generation);
  started.add(generation);
  return generation;
}

export function contentGeneration(strapi: Core.Strapi): ContentGeneration {
  if (!strapi.has(SERVICE)) {
    throw new Error('The content generation is made when the public API registers (public-api/index.ts)');
  }
  return strapi.get<ContentGeneration>(SERVICE);
}

/**
 * For writers that go around the Document Service (the verge bulk writer): call inside
 * the write's transaction. A Strapi without Doorstep's public API (the benchmarks'
 * stock app, seeded by the same writer) has no cache to invalidate.
 */
export async function advanceContentGeneration(strapi: Core.Strapi): Promise<void> {
  if (strapi.has(SERVICE)) await contentGeneration(strapi).advance();
}

/** Feature.destroy has no Strapi to name: stops every generation this process made. */
export async function stopContentGenerations(): Promise<void> {
  const all = [...started];
  started.clear();
  await Promise.all(all.map((generation) => generation.stop()));
}
