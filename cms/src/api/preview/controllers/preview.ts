import type { Core } from '@strapi/strapi';
import { draftHandler } from '../../../previews/draft-http';

/** Preview links (cms/src/previews): no content type, no Content API permission; the link's token decides. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({ draft: draftHandler(strapi) });
