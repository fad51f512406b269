/**
 * The only public route for submissions: create. There is no public find, so no
 * one but staff in the admin panel can read what residents sent.
 */
import { SUBMISSIONS_ROUTE } from '@doorstep/domain';

export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: SUBMISSIONS_ROUTE,
      handler: 'api::form-submission.form-submission.submit',
      config: { auth: false },
    },
  ],
};
