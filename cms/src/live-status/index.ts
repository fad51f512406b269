import type { Feature } from '../feature';
import { liveStatusRoutes } from './routes';

/**
 * Publish to live while you wait (issue 17, item 7): after publishing, the edit view's
 * "On the live site" panel (cms/src/admin/live-status) shows the site rebuilding, then
 * when the change went live, from the live site server's own status.
 */
export const liveStatus: Feature = {
  register(strapi) {
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: liveStatusRoutes(strapi) });
  },
};
