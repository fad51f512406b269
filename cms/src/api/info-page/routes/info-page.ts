import { factories } from '@strapi/strapi';

// Read-only for the public: editors write in the admin panel.
export default factories.createCoreRouter('api::info-page.info-page', { only: ['find', 'findOne'] });
