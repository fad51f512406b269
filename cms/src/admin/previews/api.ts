import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITORIAL_TYPES } from '../../editorial-types';
import { PREVIEWABLE_TYPES } from '../../previews/types';
import { useLoaded } from '../shared/fetch';

/** The types the site previews, by uid: their short names in the routes (the CMS's own list). */
export const PREVIEWABLE_BY_UID: Record<string, string> = Object.fromEntries(
  PREVIEWABLE_TYPES.map((type) => [EDITORIAL_TYPES[type].uid, type]),
);

/** A share link (cms/src/previews/links.ts `PreviewLink`). */
export interface PreviewLink {
  id: string;
  url: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
}

/** The document's share links, and making and withdrawing them. */
export function usePreviewLinks(type: string, documentId: string) {
  const { post } = useFetchClient();
  const path = `/doorstep/previews/${type}/${encodeURIComponent(documentId)}`;
  const [loaded, setLoaded] = useLoaded<{ links: PreviewLink[] }>(path, 'Could not load the preview links');
  const create = useCallback(
    async (days: number): Promise<PreviewLink> => {
      const link = (await post<{ data: PreviewLink }>(path, { days })).data.data;
      setLoaded((current) =>
        current.state === 'ready' ? { state: 'ready', data: { links: [link, ...current.data.links] } } : current,
      );
      return link;
    },
    [path, post, setLoaded],
  );
  const revoke = useCallback(
    async (id: string): Promise<void> => {
      const { links } = (await post<{ data: { links: PreviewLink[] } }>(`${path}/${id}/revoke`, {})).data.data;
      setLoaded({ state: 'ready', data: { links } });
    },
    [path, post, setLoaded],
  );
  return { loaded, create, revoke };
}
