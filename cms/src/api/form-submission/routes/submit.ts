/**
 * The only public route for submissions: create. There is no public find, so no
 * one but staff in the admin panel can read what residents sent.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/forms/:slug/submissions',
      handler: 'api::form-submission.form-submission.submit',
      config: { auth: false },
    },
  ],
};
