import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::search-best-bet.search-best-bet');
