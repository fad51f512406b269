import type { Core } from '@strapi/strapi';
import { apiCache } from '../public-api/cache/middleware';

/**
 * The public API cache (public-api/cache/middleware.ts). Its place in
 * config/middlewares.ts is what decides which checks a cached answer skips.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => apiCache(strapi);
