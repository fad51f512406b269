import { describe, expect, it } from 'vitest';
import { allFields, componentForKind, formDefinitionSchema, kindOf } from '@doorstep/domain';
import { everyFieldTypeForm } from '@doorstep/demo';
import {
  conditionPlace,
  ROUTABLE_COMPONENTS,
  routableQuestions,
  valueAt,
} from '../../cms/src/admin/form-routing/choices';

/**
 * Routing conditions chosen from the form's own questions (issue 17, item 6;
 * cms/src/admin/form-routing): the admin offers exactly the questions the publish
 * check lets a condition name, with their answers.
 */
const questions = [
  {
    __component: 'form.radios',
    name: 'bin-type',
    label: 'Which bin?',
    options: [
      { value: 'garden-waste', label: 'Garden waste' },
      { value: 'recycling', label: '' },
    ],
  },
  { __component: 'form.short-text', name: 'street', label: 'Street' },
  { __component: 'form.yes-no', name: 'assisted', label: 'Assisted collection?' },
  { __component: 'form.page-break', pageId: 'garden', showIf: [{ field: 'bin-type', equals: 'garden-waste' }] },
  { __component: 'form.checkboxes', name: 'days', label: 'Which days?', options: [{ value: 'mon', label: 'Monday' }] },
  { __component: 'form.exit-page', pageId: 'stop', showIf: [] },
];

describe('routableQuestions', () => {
  it('offers the questions with a fixed list of answers above the page, with their answers', () => {
    expect(routableQuestions(questions, 3)).toEqual([
      {
        name: 'bin-type',
        label: 'Which bin?',
        answers: [
          { value: 'garden-waste', label: 'Garden waste' },
          { value: 'recycling', label: 'recycling' },
        ],
      },
      {
        name: 'assisted',
        label: 'Assisted collection?',
        answers: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      },
    ]);
    // A later page may route on questions from every page before it.
    expect(routableQuestions(questions, 5).map((question) => question.name)).toEqual(['bin-type', 'assisted', 'days']);
    // Nothing above the first page; nothing from values that are not a form's.
    expect(routableQuestions(questions, 0)).toEqual([]);
    expect(routableQuestions(undefined, 3)).toEqual([]);
    expect(routableQuestions([null, 7, { __component: 'form.radios' }], 3)).toEqual([]);
  });

  it('is every kind the publish check can route on, and no other', () => {
    const routable = allFields(formDefinitionSchema.parse(everyFieldTypeForm))
      .filter((field) => kindOf(field).choices !== undefined)
      .map((field) => `form.${componentForKind(field.kind)}`);
    expect([...new Set(routable)].sort()).toEqual([...ROUTABLE_COMPONENTS].sort());
  });
});

describe('conditionPlace', () => {
  it('finds the page a condition belongs to and its question field', () => {
    expect(conditionPlace('questions.3.showIf.0.equals')).toEqual({
      position: 3,
      questionField: 'questions.3.showIf.0.field',
    });
    expect(conditionPlace('questions.12.showIf.4.field')?.position).toBe(12);
    expect(conditionPlace('title')).toBeNull();
    expect(conditionPlace('questions.x.showIf.0.field')).toBeNull();
  });

  it('reads the chosen question from the form values', () => {
    expect(valueAt({ questions }, 'questions.3.showIf.0.field')).toBe('bin-type');
    expect(valueAt({ questions }, 'questions.9.showIf.0.field')).toBeUndefined();
  });
});
