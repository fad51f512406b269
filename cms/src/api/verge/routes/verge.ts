import { factories } from '@strapi/strapi';

// Read-only over REST: create, update and delete stay in the admin panel and the importer.
export default factories.createCoreRouter('api::verge.verge', { only: ['find', 'findOne'] });
