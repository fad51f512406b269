import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** A page due for review, as the admin route gives it (cms/src/reviews/due.ts `DuePage`). */
export interface DuePage {
  type: 'service-page' | 'info-page';
  typeLabel: string;
  documentId: string;
  title: string;
  owner: string | null;
  reviewBy: string;
  overdue: boolean;
}

/** A page's review state (cms/src/reviews/mark-reviewed.ts `ReviewState`). */
export interface ReviewState {
  reviewBy: string | null;
  lastReview: { at: string; by: string } | null;
}

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; data: T };

/** The pages with review dates, by content type, and their short names in the admin routes. */
export const REVIEWED_TYPES: Record<string, DuePage['type']> = {
  'api::service-page.service-page': 'service-page',
  'api::info-page.info-page': 'info-page',
};

const uidOf = (type: DuePage['type']) => `api::${type}.${type}`;

/** The page's edit view, inside the admin's router (its basename is /admin). */
export const editPath = (page: Pick<DuePage, 'type' | 'documentId'>) =>
  `/content-manager/collection-types/${uidOf(page.type)}/${encodeURIComponent(page.documentId)}`;

export const reviewPath = (type: DuePage['type'], documentId: string) =>
  `/doorstep/reviews/${type}/${encodeURIComponent(documentId)}`;

/** The route's own message ("You cannot…"), or the request's. */
export const problemOf = (error: unknown, fallback: string): string =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ??
  (error instanceof Error ? error.message : fallback);

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "1 June 2027", as GOV.UK writes a date. */
export const longDate = (isoDate: string): string => DATE.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));

/** The pages due for review, read when the view opens. */
export function useDue(): Loaded<{ today: string; pages: DuePage[] }> {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded<{ today: string; pages: DuePage[] }>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    get<{ data: { today: string; pages: DuePage[] } }>('/doorstep/reviews/due', { signal: controller.signal }).then(
      (response) => setLoaded({ state: 'ready', data: response.data.data }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setLoaded({ state: 'failed', message: problemOf(error, 'Could not load the pages due for review') });
        }
      },
    );
    return () => controller.abort();
  }, [get]);
  return loaded;
}

/** One page's review state, and a way to mark it reviewed. */
export function useReview(type: DuePage['type'] | undefined, documentId: string | undefined) {
  const { get, post } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded<ReviewState>>({ state: 'loading' });
  useEffect(() => {
    if (!type || !documentId) return;
    const controller = new AbortController();
    get<{ data: ReviewState }>(reviewPath(type, documentId), { signal: controller.signal }).then(
      (response) => setLoaded({ state: 'ready', data: response.data.data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: problemOf(error, 'Could not load') });
      },
    );
    return () => controller.abort();
  }, [type, documentId, get]);
  const markReviewed = useCallback(async (): Promise<ReviewState> => {
    if (!type || !documentId) throw new Error('Save the page first');
    const response = await post<{ data: ReviewState }>(`${reviewPath(type, documentId)}/reviewed`, {});
    setLoaded({ state: 'ready', data: response.data.data });
    return response.data.data;
  }, [type, documentId, post]);
  return { loaded, markReviewed };
}
