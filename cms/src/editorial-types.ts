/**
 * The content editors write, publish and review (issue 17), by the short name the
 * admin's routes use, with the label editors read and the field that titles a document.
 */
export const EDITORIAL_TYPES = {
  'service-page': { uid: 'api::service-page.service-page', label: 'Service page', titleField: 'title' },
  'info-page': { uid: 'api::info-page.info-page', label: 'Information page', titleField: 'title' },
  'community-hub': { uid: 'api::community-hub.community-hub', label: 'Community hub', titleField: 'name' },
  'form-definition': { uid: 'api::form-definition.form-definition', label: 'Web form', titleField: 'title' },
  'alert-banner': { uid: 'api::alert-banner.alert-banner', label: 'Alert banner', titleField: 'title' },
} as const;

export type EditorialType = keyof typeof EDITORIAL_TYPES;

export const EDITORIAL_TYPE_NAMES = Object.keys(EDITORIAL_TYPES) as EditorialType[];

export const editorialTypeOfUid = (uid: string): EditorialType | undefined =>
  EDITORIAL_TYPE_NAMES.find((type) => EDITORIAL_TYPES[type].uid === uid);
