import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** What a view shows while it reads from Doorstep's admin routes. */
export type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; data: T };

/** The route's own message ("You cannot…"), or the request's. */
export const problemOf = (error: unknown, fallback: string): string =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ??
  (error instanceof Error ? error.message : fallback);

/**
 * Reads `path` (an admin route's `{ data }`) when the view opens, when `path` changes
 * and when `reload()` is called (what was read stays shown until the new answer comes);
 * no path reads nothing. The setter lets a view show what an action returned.
 */
export function useLoaded<T>(path: string | null, failure: string) {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [reads, setReads] = useState(0);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    get<{ data: T }>(path, { signal: controller.signal }).then(
      (response) => setLoaded({ state: 'ready', data: response.data.data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: problemOf(error, failure) });
      },
    );
    return () => controller.abort();
  }, [path, failure, get, reads]);
  const reload = useCallback(() => setReads((count) => count + 1), []);
  return [loaded, setLoaded, reload] as const;
}
