import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::community-hub.community-hub');
