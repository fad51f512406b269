import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useLoaded } from '../shared/fetch';

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

/** The pages with review dates, by content type, and their short names in the admin routes. */
export const REVIEWED_TYPES: Record<string, DuePage['type']> = {
  'api::service-page.service-page': 'service-page',
  'api::info-page.info-page': 'info-page',
};

export const reviewPath = (type: DuePage['type'], documentId: string) =>
  `/doorstep/reviews/${type}/${encodeURIComponent(documentId)}`;

/** The pages due for review, read when the view opens. */
export function useDue() {
  return useLoaded<{ today: string; pages: DuePage[] }>(
    '/doorstep/reviews/due',
    'Could not load the pages due for review',
  )[0];
}

/** One page's review state, and a way to mark it reviewed. */
export function useReview(type: DuePage['type'] | undefined, documentId: string | undefined) {
  const { post } = useFetchClient();
  const [loaded, setLoaded] = useLoaded<ReviewState>(
    type && documentId ? reviewPath(type, documentId) : null,
    'Could not load',
  );
  const markReviewed = useCallback(async (): Promise<ReviewState> => {
    if (!type || !documentId) throw new Error('Save the page first');
    const response = await post<{ data: ReviewState }>(`${reviewPath(type, documentId)}/reviewed`, {});
    setLoaded({ state: 'ready', data: response.data.data });
    return response.data.data;
  }, [type, documentId, post, setLoaded]);
  return { loaded, markReviewed };
}
