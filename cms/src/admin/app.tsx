import type { StrapiApp } from '@strapi/strapi/admin';
import { adminConfig } from './config';

export default {
  config: adminConfig,
  bootstrap(_app: StrapiApp) {},
};
