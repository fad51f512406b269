import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::search-best-bet.search-best-bet');
