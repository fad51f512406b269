import { useEffect, useState } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES } from '../../editorial-types';
import { problemOf } from '../shared/fetch';
import { dateAndTime } from '../shared/format';
import { paragraph } from '../shared/styles';

/** What cms/src/live-status/routes.ts answers. */
type LiveState = { pageUrl?: string | null } & (
  | { state: 'not-published' }
  | { state: 'live'; publishedAt: string; since: string }
  | { state: 'publishing'; publishedAt: string; building: boolean }
  | { state: 'waiting'; publishedAt: string }
  | { state: 'failed'; publishedAt: string; at: string; message: string | null }
  | { state: 'unknown'; publishedAt: string | null; reason: string }
);

/** How often the panel asks again while a change is on its way. */
const POLL_MS = 2000;
/** States that will not change by themselves: the panel stops asking. */
const SETTLED = new Set(['live', 'not-published', 'failed', 'unknown']);

function words(live: LiveState): string {
  switch (live.state) {
    case 'not-published':
      return 'Not published: residents do not see this.';
    case 'live':
      return `Live on the site since ${dateAndTime(live.since)} (published ${dateAndTime(live.publishedAt)}).`;
    case 'publishing':
      return live.building
        ? `Published ${dateAndTime(live.publishedAt)}. The site is being rebuilt with it: this usually takes under a minute.`
        : `Published ${dateAndTime(live.publishedAt)}. The site will be rebuilt with it in a few seconds.`;
    case 'waiting':
      return `Published ${dateAndTime(live.publishedAt)}. The site has not started rebuilding yet.`;
    case 'failed':
      return `Published ${dateAndTime(live.publishedAt)}, but the site could not be rebuilt (${dateAndTime(live.at)}): it still shows the version before. Tell the web team${live.message ? `: ${live.message}` : '.'}`;
    case 'unknown':
      return live.reason;
  }
}

function LivePanelContent({ type, documentId, version }: { type: string; documentId: string; version: string }) {
  const { get } = useFetchClient();
  const [live, setLive] = useState<LiveState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void =>
      void get<{ data: LiveState }>(`/doorstep/live-status/${type}/${encodeURIComponent(documentId)}`, {
        signal: controller.signal,
      }).then(
        (response) => {
          setLive(response.data.data);
          setProblem(null);
          if (!SETTLED.has(response.data.data.state)) timer = setTimeout(ask, POLL_MS);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setProblem(problemOf(error, 'The live site’s state could not be read'));
        },
      );
    ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // `version` changes when the document is published or unpublished: ask again from the start.
  }, [get, type, documentId, version]);
  return (
    <div id="doorstep-live-status" style={{ width: '100%' }}>
      <p role="status" style={paragraph}>
        {problem ?? (live ? words(live) : 'Checking the live site…')}
      </p>
      {live?.state === 'live' && live.pageUrl && (
        <p style={paragraph}>
          <a href={live.pageUrl} target="_blank" rel="noreferrer">
            View it on the site (opens in a new tab)
          </a>
        </p>
      )}
    </div>
  );
}

interface Meta {
  availableStatus?: Array<{ publishedAt?: string | null }>;
}

/**
 * "On the live site" in the edit view's side panel (issue 17, item 7): after a publish,
 * the site rebuilding and then when the change went live, without refreshing.
 */
export const LivePanel: PanelComponent = ({ model, documentId, document, meta }) => {
  const type = EDITORIAL_TYPE_NAMES.find((known) => EDITORIAL_TYPES[known].uid === model);
  if (!type || !documentId || documentId === 'create') return null;
  const version = [
    (document as { status?: string } | undefined)?.status ?? '',
    (meta as Meta | undefined)?.availableStatus?.map((status) => status.publishedAt ?? '').join(',') ?? '',
  ].join('|');
  return {
    title: 'On the live site',
    content: <LivePanelContent type={type} documentId={documentId} version={version} />,
  };
};
