import type { Core } from '@strapi/strapi';
import { alertHandlers } from '../../../alerts/http';

/** Email alerts (cms/src/alerts): no content type, no Content API permission, their own tables. */
export default ({ strapi }: { strapi: Core.Strapi }) => alertHandlers(strapi);
