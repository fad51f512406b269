import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES } from '../../editorial-types';
import { useLoaded } from '../shared/fetch';

/** The types an Author may ask to have reviewed, by uid: their short names in the routes (the CMS's own list). */
export const REQUESTABLE_TYPES: Record<string, string> = Object.fromEntries(
  EDITORIAL_TYPE_NAMES.map((type) => [EDITORIAL_TYPES[type].uid, type]),
);

/** A document's review request (cms/src/review-requests/requests.ts `ReviewRequest`). */
export interface ReviewRequest {
  state: 'waiting' | 'sent-back';
  askedBy: string;
  askedAt: string;
  note: string | null;
  sentBack: { by: string; at: string; note: string } | null;
}

/** A document waiting for review (cms/src/review-requests/requests.ts `WaitingDocument`). */
export interface WaitingDocument {
  type: string;
  typeLabel: string;
  documentId: string;
  title: string;
  askedBy: string;
  askedAt: string;
  note: string | null;
}

/** What the side panel shows: the request, and what the signed-in admin may do about it. */
export interface RequestState {
  request: ReviewRequest | null;
  mayAsk: boolean;
  mayPublish: boolean;
}

const requestPath = (type: string, documentId: string) =>
  `/doorstep/review-requests/${type}/${encodeURIComponent(documentId)}`;

/** Every document ready for review, the longest waiting first. */
export function useWaiting() {
  return useLoaded<{ documents: WaitingDocument[] }>(
    '/doorstep/review-requests',
    'Could not load what is ready for review',
  )[0];
}

/**
 * One document's request, read again when `version` changes (the document was saved
 * or published), and the Author's and the Editor's actions on it.
 */
export function useRequest(type: string, documentId: string, version: string) {
  const { post } = useFetchClient();
  const path = requestPath(type, documentId);
  const [loaded, setLoaded] = useLoaded<RequestState>(
    `${path}?version=${encodeURIComponent(version)}`,
    'Could not load',
  );
  const act = useCallback(
    async (suffix: string, note: string): Promise<void> => {
      const response = await post<{ data: ReviewRequest }>(`${path}${suffix}`, { note });
      setLoaded((current) =>
        current.state === 'ready'
          ? { state: 'ready', data: { ...current.data, request: response.data.data } }
          : current,
      );
    },
    [path, post, setLoaded],
  );
  const ask = useCallback((note: string) => act('', note), [act]);
  const sendBack = useCallback((note: string) => act('/send-back', note), [act]);
  return { loaded, ask, sendBack };
}
