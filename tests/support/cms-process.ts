/**
 * The compiled CMS in a process of its own, so a test can kill it outright
 * (SIGKILL) and start it again on the same database. The parent passes the
 * database, port and secrets in the environment; this prints READY when listening.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { createStrapi as CreateStrapi } from '@strapi/strapi';
import { CMS_DIR } from './paths';

const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false });
strapi.log.level = 'error';
await strapi.load();
await strapi.listen();
console.log('READY');
