import { factories } from '@strapi/strapi';

// Read-only for the public: editors write in the admin panel.
export default factories.createCoreRouter('api::site-setting.site-setting', { only: ['find'] });
