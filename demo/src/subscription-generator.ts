import { createRandom } from './verges/random.js';

/**
 * Residents following streets for alerts, for the alert benchmark: `count`
 * subscriptions spread over the streets given (the USRNs of generated verges), each a
 * different address, deterministic for a given seed. Busy streets get more followers,
 * as they would: the first streets given are picked more often than the last.
 */
export interface GeneratedSubscription {
  email: string;
  usrn: number;
}

export interface SubscriptionGeneratorOptions {
  usrns: readonly number[];
  count: number;
  seed?: number;
}

export function generateStreetSubscriptions(options: SubscriptionGeneratorOptions): GeneratedSubscription[] {
  const usrns = [...new Set(options.usrns)];
  if (usrns.length === 0 || options.count <= 0) return [];
  const random = createRandom(options.seed ?? 2026);
  const subscriptions: GeneratedSubscription[] = [];
  for (let index = 0; index < options.count; index += 1) {
    // The square of a uniform number leans towards the start of the list.
    const pick = Math.floor(random.next() ** 2 * usrns.length);
    subscriptions.push({
      email: `resident-${String(index + 1).padStart(6, '0')}@alerts.bench.example`,
      usrn: usrns[pick]!,
    });
  }
  return subscriptions;
}
