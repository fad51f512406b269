import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the site, generated from the committed schema.graphql.
 * Output in site/src/lib/graphql/__generated__/ is committed and checked for drift
 * (tests/unit/codegen-drift.test.ts). Regenerate with `npm run codegen`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['site/src/lib/graphql/queries/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    // CODEGEN_OUT lets the drift test generate into a temporary folder and compare.
    [process.env.CODEGEN_OUT ?? 'site/src/lib/graphql/__generated__/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        // The JSON scalar (rich text) is parsed with zod before use, never trusted.
        scalars: {
          JSON: 'unknown',
          DateTime: 'string',
          Date: 'string',
          Time: 'string',
          Long: 'number',
          I18NLocaleCode: 'string',
        },
      },
    },
  },
};

export default config;
