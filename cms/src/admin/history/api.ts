import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../../editorial-types';
import type { FieldComparison } from '../../history/compare';
import type { Revision } from '../../history/revisions';
import { useLoaded } from '../shared/fetch';

export type { FieldComparison, Revision };
export type { Line } from '../../history/readable';

/** The types with a history, by uid: their short names in the routes (the CMS's own list). */
export const HISTORY_TYPES: Record<string, EditorialType> = Object.fromEntries(
  EDITORIAL_TYPE_NAMES.map((type) => [EDITORIAL_TYPES[type].uid, type]),
);

export const isHistoryType = (value: string | undefined): value is EditorialType =>
  EDITORIAL_TYPE_NAMES.some((type) => type === value);

/** How long revisions are kept (cms/src/history/policy.ts). */
export interface KeepPolicy {
  days: number;
  newest: number;
}

/** One document's history (cms/src/history/routes.ts). */
export interface DocumentHistory {
  type: EditorialType;
  typeLabel: string;
  documentId: string;
  revisions: Revision[];
  mayRestore: boolean;
  policy: KeepPolicy;
}

/** Two revisions side by side (cms/src/history/routes.ts). */
export interface Comparison {
  type: EditorialType;
  typeLabel: string;
  documentId: string;
  older: Revision;
  newer: Revision;
  fields: FieldComparison[];
  mayRestore: boolean;
}

const documentPath = (type: string, documentId: string) =>
  `/doorstep/history/${type}/${encodeURIComponent(documentId)}`;

/** Where the admin shows a document's history, and a comparison (inside the admin's router). */
export const historyPage = (type: string, documentId: string) => `/history/${type}/${encodeURIComponent(documentId)}`;
export const comparePage = (type: string, documentId: string, from: number, to: number) =>
  `${historyPage(type, documentId)}/compare?from=${from}&to=${to}`;

export const restorePath = (type: string, documentId: string, revisionId: number) =>
  `${documentPath(type, documentId)}/${revisionId}/restore`;

export const useRecent = () =>
  useLoaded<{ revisions: Revision[]; policy: KeepPolicy }>('/doorstep/history', 'Could not load the history')[0];

export const useDocumentHistory = (type: string | null, documentId: string | null, limit?: number) =>
  useLoaded<DocumentHistory>(
    type && documentId ? `${documentPath(type, documentId)}${limit ? `?limit=${limit}` : ''}` : null,
    'Could not load the history',
  );

export const useComparison = (type: string, documentId: string, from: string, to: string) =>
  useLoaded<Comparison>(
    `${documentPath(type, documentId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    'Could not compare these versions',
  );

/** "Saved", "Published"…: what a revision records, as editors say it. */
export const KIND_WORDS: Record<Revision['kind'], string> = {
  saved: 'Saved',
  published: 'Published',
  unpublished: 'Unpublished',
  restored: 'Restored an earlier version',
};
