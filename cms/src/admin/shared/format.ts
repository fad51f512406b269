const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "1 June 2027", as GOV.UK writes a date. */
export const longDate = (isoDate: string): string => DATE.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));

const DATE_AND_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
/** "1 June 2027 at 14:05", UK time. */
export const dateAndTime = (iso: string): string => DATE_AND_TIME.format(new Date(iso));

/** The document's edit view, inside the admin's router (its basename is /admin); every Doorstep type is `api::name.name`. */
export const editPath = (document: { type: string; documentId: string }) =>
  `/content-manager/collection-types/api::${document.type}.${document.type}/${encodeURIComponent(document.documentId)}`;
