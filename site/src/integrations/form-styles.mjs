// @ts-check
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CMS answers a web form posted without JavaScript with a page of its own (the
 * confirmation, or the form again with its errors). It cannot know the build's
 * hashed stylesheet names, so every build also writes the stylesheets of a form
 * page, in order, to one fixed address: /styles/doorstep.css.
 * @returns {import('astro').AstroIntegration}
 */
export function formStyles() {
  return {
    name: 'doorstep:form-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const formsDir = path.join(site, 'forms');
        const formPage = existsSync(formsDir)
          ? readdirSync(formsDir)
              .map((slug) => path.join(formsDir, slug, 'index.html'))
              .find((file) => existsSync(file))
          : undefined;
        const page = readFileSync(formPage ?? path.join(site, 'index.html'), 'utf8');
        const hrefs = [...page.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map(
          (match) => match[1] ?? '',
        );
        if (hrefs.length === 0) throw new Error('No stylesheet found to publish at /styles/doorstep.css');
        const css = hrefs.map((href) => readFileSync(path.join(site, href), 'utf8')).join('\n');
        mkdirSync(path.join(site, 'styles'), { recursive: true });
        writeFileSync(path.join(site, 'styles', 'doorstep.css'), css);
        logger.info(`wrote /styles/doorstep.css from ${hrefs.length} stylesheet(s)`);
      },
    },
  };
}
