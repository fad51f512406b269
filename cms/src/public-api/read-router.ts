import { factories } from '@strapi/strapi';

/**
 * The REST routes of a public type: reads only (create, update and delete stay in
 * the admin panel), each behind the query check (middlewares/rest-query.ts).
 */
export function publicReadRouter(uid: Parameters<typeof factories.createCoreRouter>[0], single = false) {
  const checked = { middlewares: ['global::rest-query'] };
  return single
    ? factories.createCoreRouter(uid, { only: ['find'], config: { find: checked } })
    : factories.createCoreRouter(uid, { only: ['find', 'findOne'], config: { find: checked, findOne: checked } });
}
