import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';

/** A file the resident attached (cms/src/cases/view.ts). */
export interface CaseFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** The case as the admin route gives it (cms/src/cases/view.ts `CaseView`). */
export interface CaseView {
  reference: string;
  answers: Array<{ question: string; answer: string[]; file: CaseFile | null }>;
  residentEmail: string | null;
}

export type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; view: CaseView };

/** The edit view's document id: its address is …/collection-types/:slug/:id. */
export const useDocumentId = (): string | undefined => useParams<{ id: string }>().id;

export const casePath = (documentId: string) => `/doorstep/cases/${encodeURIComponent(documentId)}`;

/** The open submission's case view, read once when the edit view opens it. */
export function useCase(): Loaded {
  const documentId = useDocumentId();
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!documentId || documentId === 'create') return;
    const controller = new AbortController();
    get<{ data: CaseView }>(casePath(documentId), { signal: controller.signal }).then(
      (response) => setLoaded({ state: 'ready', view: response.data.data }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setLoaded({ state: 'failed', message: error instanceof Error ? error.message : 'Could not load the case' });
        }
      },
    );
    return () => controller.abort();
  }, [documentId, get]);
  return loaded;
}
