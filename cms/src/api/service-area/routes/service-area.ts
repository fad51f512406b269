import { factories } from '@strapi/strapi';

// Read-only over REST: create, update and delete stay in the admin panel.
export default factories.createCoreRouter('api::service-area.service-area', { only: ['find', 'findOne'] });
