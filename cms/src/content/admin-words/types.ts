/** A field in the council's words: its label in the edit view, its help text, and its column heading. */
export interface FieldWords {
  label: string;
  /** Help text under the field: what it does for residents, or how to fill it in. */
  description?: string;
  /** The list view's column heading, when shorter than the label. */
  list?: string;
  /** For a relation: the field of the chosen entry shown in the picker and the list. */
  mainField?: string;
  /** False for a field Doorstep sets itself: shown, not typed over. */
  editable?: false;
}

export type EditRow = Array<{ name: string; size: number }>;

/** What the admin shows for one content type or component, owned by code (cms/src/forms/admin-layouts.ts). */
export interface Wanted {
  fields: Record<string, FieldWords>;
  /** The list view's columns, in order. */
  list?: string[];
  edit?: EditRow[];
  /** The view's own settings, over Strapi's (its default order or main field, say). */
  settings?: Record<string, unknown>;
}
