import { factories } from '@strapi/strapi';

// Read-only for the public: editors write in the admin panel.
export default factories.createCoreRouter('api::search-best-bet.search-best-bet', { only: ['find', 'findOne'] });
