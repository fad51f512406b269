import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::bin-round.bin-round');
