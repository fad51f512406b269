/**
 * The live server's settings, from the environment. Bad values stop it at start with
 * a message naming the variable, rather than failing at the first webhook.
 */
import path from 'node:path';
import { parseOrThrow } from '@doorstep/domain';
import { z } from 'zod';
import { DEFAULT_ANSWER_TIMEOUT_MS } from './api-proxy';
import { MIN_SECRET_LENGTH } from './webhook';

const envSchema = z.object({
  SITE_ROOT: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().default('127.0.0.1'),
  REBUILD_SECRET: z
    .string({ error: 'Set REBUILD_SECRET to the secret the CMS webhook sends as "Authorization: Bearer <secret>"' })
    .min(MIN_SECRET_LENGTH, `Make REBUILD_SECRET at least ${MIN_SECRET_LENGTH} characters long`),
  CMS_URL: z
    .string()
    .transform((value) => value.split(',').map((url) => url.trim()))
    .pipe(
      z
        .array(
          z.url({
            protocol: /^https?$/,
            error: 'Enter CMS_URL as full addresses, like http://127.0.0.1:1337, separated by commas',
          }),
        )
        .min(1),
    )
    .optional(),
  CMS_ANSWER_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .max(300)
    .default(DEFAULT_ANSWER_TIMEOUT_MS / 1000),
  BUILD_TIMEOUT_S: z.coerce.number().int().positive().default(600),
  PROXY_SECRET: z
    .string()
    .min(MIN_SECRET_LENGTH, `Make PROXY_SECRET at least ${MIN_SECRET_LENGTH} characters long, the same as the CMS's`)
    .optional(),
  TRUSTED_PROXIES: z.string().optional(),
});

export interface LiveConfig {
  root: string;
  port: number;
  host: string;
  secret: string;
  /** Every CMS instance, in the order given; builds read from the first. */
  cmsUrls: string[] | undefined;
  /** How long an instance may take to answer a submission before the next is asked. */
  answerTimeoutMs: number;
  buildTimeoutMs: number;
  /** Shared with the CMS, which believes the resident addresses this server sends only with it. */
  proxySecret: string | undefined;
  /** Proxies in front of this server (nginx, a load balancer) whose X-Forwarded-For it believes. */
  trustedProxies: string | undefined;
}

/** `siteDir` is the site package; a relative SITE_ROOT is taken from the working folder. */
export function readConfig(env: NodeJS.ProcessEnv, siteDir: string): LiveConfig {
  // An empty variable (`PORT= npm ...`) means "not set", not port 0.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = parseOrThrow(envSchema, given, 'The live server settings');
  return {
    root: parsed.SITE_ROOT ? path.resolve(parsed.SITE_ROOT) : path.join(siteDir, '.live'),
    port: parsed.PORT,
    host: parsed.HOST,
    secret: parsed.REBUILD_SECRET,
    cmsUrls: parsed.CMS_URL,
    answerTimeoutMs: parsed.CMS_ANSWER_TIMEOUT_S * 1000,
    buildTimeoutMs: parsed.BUILD_TIMEOUT_S * 1000,
    proxySecret: parsed.PROXY_SECRET,
    trustedProxies: parsed.TRUSTED_PROXIES,
  };
}
