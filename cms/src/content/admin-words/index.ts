import { FORM_TYPES } from './forms';
import { PAGES } from './pages';
import { SITE } from './site';
import type { Wanted } from './types';

export { COMPONENTS } from './components';
export type { EditRow, FieldWords, Wanted } from './types';

/** The content types editors write, in the council's words (issue 17, item 6). */
export const EDITORIAL_TYPES: Record<string, Wanted> = { ...PAGES, ...SITE, ...FORM_TYPES };
