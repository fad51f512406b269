import type { Core } from '@strapi/strapi';
import { draftHandlers } from '../../../account/draft-http';
import { accountHandlers } from '../../../account/http';
import { homeHandlers } from '../../../account/home-http';
import { oidcHandlers } from '../../../account/oidc/http';

/** Residents' accounts (cms/src/account): no content type, no Content API permission, their own tables. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  ...accountHandlers(strapi),
  ...draftHandlers(strapi),
  ...oidcHandlers(strapi),
  ...homeHandlers(strapi),
});
