/**
 * The draft a preview link opens, for the site server (cms/src/previews/draft-http.ts).
 * POST, so no cache on the way keeps it and the token stays out of access logs' URLs.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/previews/draft',
      handler: 'api::preview.preview.draft',
      config: { auth: false },
    },
  ],
};
