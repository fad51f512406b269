import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GRAPHQL_LIMITS, QUERY_LIMITS } from '@doorstep/domain/public-api';
import { httpStatusForErrors } from '../src/graphql/http-status';
import { operationLimits } from '../src/graphql/operation-limits';
import { formatError } from '../src/graphql/errors';

import { CORS_PREFLIGHT_SECONDS, DEFAULT_CORS_ORIGINS, corsOrigin } from '../src/cors';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Service teams' notification emails go over SMTP when SMTP_HOST is set (see src/forms/notifications.ts).
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
            },
            settings: {
              defaultFrom: env('SMTP_FROM', 'no-reply@doorstep.example'),
              defaultReplyTo: env('SMTP_FROM', 'no-reply@doorstep.example'),
            },
          },
        },
      }
    : {}),
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      ...GRAPHQL_LIMITS,
      // No landing page on GET: Apollo's pages load scripts from a CDN and invite exploration.
      // Developers use the documented schema.graphql and their own client.
      landingPage: () => ApolloServerPluginLandingPageDisabled(),
      // schema.graphql is written on every load so drift shows up in `git diff`;
      // tests point GRAPHQL_SCHEMA_FILE at a temporary file and compare.
      generateArtifacts: true,
      artifacts: {
        schema: env('GRAPHQL_SCHEMA_FILE', path.resolve(__dirname, '../../..', 'schema.graphql')),
        typegen: false,
      },
      apolloServer: {
        introspection: true,
        includeStacktraceInErrorResponses: false,
        // The parser stops at this many tokens: a flood of aliases or fields costs nothing.
        parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
        plugins: [operationLimits, httpStatusForErrors],
        formatError: formatError((error) => strapi.log.error(error)),
        // Same origins as the REST API (config/middlewares.ts); Strapi's default here is any origin.
        cors: {
          origin: corsOrigin(env.array('CORS_ORIGINS', DEFAULT_CORS_ORIGINS)),
          allowMethods: ['GET', 'POST', 'OPTIONS'],
          credentials: false,
          maxAge: CORS_PREFLIGHT_SECONDS,
        },
      },
    },
  },
  'users-permissions': {
    config: {
      // Auth routes are limited by src/middlewares/sign-in-limits.ts, across instances.
      ratelimit: { enabled: false },
      jwt: { expiresIn: '7d' },
      jwtSecret: env('JWT_SECRET'),
    },
  },
});
