import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::bin-round.bin-round');
