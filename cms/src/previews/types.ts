import { EDITORIAL_TYPES, type EditorialType } from '../editorial-types';

/** The editorial types the site's /preview/ page renders (site/src/lib/preview): only these get links. */
export const PREVIEWABLE_TYPES = [
  'service-page',
  'info-page',
  'community-hub',
  'form-definition',
  'alert-banner',
] as const satisfies readonly EditorialType[];
export type PreviewableType = (typeof PREVIEWABLE_TYPES)[number];

export const isPreviewable = (type: EditorialType): type is PreviewableType =>
  (PREVIEWABLE_TYPES as readonly string[]).includes(type);

export const previewableTypeOfUid = (uid: string): PreviewableType | undefined =>
  PREVIEWABLE_TYPES.find((type) => EDITORIAL_TYPES[type].uid === uid);
