import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fieldComponentFiles, formQuestionComponents } from '@doorstep/domain';

/**
 * The Strapi side of the field kinds, from their modules (domain/src/forms/kinds):
 * one component file per kind, and the web form's list of question components.
 * `npm run schema` writes them; tests/unit/field-kinds.test.ts fails when they differ.
 */
export interface FormComponentFile {
  path: string;
  text: string;
}

const QUESTIONS = /("questions": \{\s*"type": "dynamiczone",\s*"components": )\[[^\]]*\]/;

export function formComponentFiles(cmsSource: string): FormComponentFile[] {
  const formPath = path.join(cmsSource, 'api/form-definition/content-types/form-definition/schema.json');
  const form = readFileSync(formPath, 'utf8');
  if (!QUESTIONS.test(form)) throw new Error(`${formPath}: no "questions" dynamic zone to write`);
  const list = formQuestionComponents()
    .map((name) => `        ${JSON.stringify(name)}`)
    .join(',\n');
  return [
    ...fieldComponentFiles().map(({ component, schema }) => ({
      path: path.join(cmsSource, 'components/form', `${component}.json`),
      text: `${JSON.stringify(schema, null, 2)}\n`,
    })),
    { path: formPath, text: form.replace(QUESTIONS, `$1[\n${list}\n      ]`) },
  ];
}

export function writeFormComponents(cmsSource: string): void {
  for (const file of formComponentFiles(cmsSource)) writeFileSync(file.path, file.text);
}
