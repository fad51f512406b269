import type { ScalarType } from './operators.js';

/**
 * What a public client may name in a query: each public content type's and
 * component's fields, without private ones (owner, reviewBy, createdBy...) and
 * without relations to anything the public cannot read. The CMS builds it from
 * Strapi's schemas (cms/src/public-api/models.ts).
 */
export type Field =
  | { kind: 'scalar'; type: ScalarType; values?: readonly string[] }
  | { kind: 'relation'; target: string }
  | { kind: 'component'; component: string }
  /** JSON, rich text blocks, dynamic zones and media: shown, never filtered or sorted on. */
  | { kind: 'opaque'; type: string };

export interface Model {
  uid: string;
  fields: ReadonlyMap<string, Field>;
}

export interface Models {
  get(uid: string): Model | undefined;
  /** The public type a REST path names: `service-pages` (collection) or `site-setting` (single). */
  forPath(name: string): { model: Model; single: boolean } | undefined;
}
