/**
 * Every published verge, in compact pages, for the site build (see README, "Verge API").
 * Public like the rest of the published content; it never returns drafts. The file
 * sorts before verge.ts so `/verges/export` is matched before `/verges/:id`.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/verges/export',
      handler: 'api::verge.verge.export',
      config: { auth: false },
    },
  ],
};
