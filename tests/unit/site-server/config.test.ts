import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../site/server/config';

const SITE = '/srv/doorstep/site';
const SECRET = 'bramblewick-rebuild-secret';

describe('live server settings', () => {
  it('default to the site folder, port 4321 on the loopback address', () => {
    expect(readConfig({ REBUILD_SECRET: SECRET, PORT: '' }, SITE)).toEqual({
      root: path.join(SITE, '.live'),
      port: 4321,
      host: '127.0.0.1',
      secret: SECRET,
      cmsUrls: undefined,
      answerTimeoutMs: 8_000,
      buildTimeoutMs: 600_000,
    });
  });

  it('read every variable', () => {
    const config = readConfig(
      {
        REBUILD_SECRET: SECRET,
        SITE_ROOT: '/var/lib/doorstep',
        PORT: '8080',
        HOST: '0.0.0.0',
        CMS_URL: 'https://cms.bramblewick.example',
        CMS_ANSWER_TIMEOUT_S: '5',
        BUILD_TIMEOUT_S: '120',
      },
      SITE,
    );
    expect(config).toMatchObject({
      root: '/var/lib/doorstep',
      port: 8080,
      host: '0.0.0.0',
      cmsUrls: ['https://cms.bramblewick.example'],
      answerTimeoutMs: 5_000,
      buildTimeoutMs: 120_000,
    });
  });

  it('read several CMS instances, in the order given', () => {
    const config = readConfig({ REBUILD_SECRET: SECRET, CMS_URL: 'http://10.0.0.5:1337, http://10.0.0.6:1337' }, SITE);
    expect(config.cmsUrls).toEqual(['http://10.0.0.5:1337', 'http://10.0.0.6:1337']);
  });

  it.each([
    [{}, 'REBUILD_SECRET: Set REBUILD_SECRET to the secret the CMS webhook sends as "Authorization: Bearer <secret>"'],
    [{ REBUILD_SECRET: 'short' }, 'REBUILD_SECRET: Make REBUILD_SECRET at least 16 characters long'],
    [{ REBUILD_SECRET: SECRET, PORT: 'eighty' }, 'PORT: '],
    [
      { REBUILD_SECRET: SECRET, CMS_URL: 'cms:1337' },
      'CMS_URL[0]: Enter CMS_URL as full addresses, like http://127.0.0.1:1337, separated by commas',
    ],
    [{ REBUILD_SECRET: SECRET, CMS_URL: 'http://10.0.0.5:1337,' }, 'CMS_URL[1]: Enter CMS_URL as full addresses'],
  ])('%o is refused', (env, message) => {
    expect(() => readConfig(env, SITE)).toThrow(message);
  });
});
