// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * Type-aware linting for every TypeScript file and Astro component outside generated code.
 * `npm run lint` fails on any warning (--max-warnings 0).
 */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.astro/**',
      'cms/types/generated/**',
      'site/src/lib/graphql/__generated__/**',
      'bench/.runs/**',
      'cms/.tmp/**',
      'cms/.strapi/**',
      'site/.live/**',
      '**/*.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Astro components: the frontmatter and template expressions through the TypeScript parser.
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // The verge map island's code must not pull in build-time code (docs/adr/0008).
    files: ['site/src/islands/**', 'site/src/lib/verges/browser/**', 'site/src/lib/verges/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/verges/build-time/**', '../build-time/*'],
              message: 'verges/build-time/ runs only in the build.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['site/src/lib/verges/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/verges/build-time/**', '**/verges/browser/**', '../build-time/*', '../browser/*'],
              message: 'verges/shared/ is imported by both the island and the build, so it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // astro-eslint-parser has no project service: it reads the nearest tsconfig (site/tsconfig.json).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // A component's <script> is linted as a virtual file (Page.astro/1_1.ts) that no tsconfig
    // includes: with type information it fails to parse, and the plugin drops that error unreported.
    files: ['**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
