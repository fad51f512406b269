import {
  draftAnswers,
  draftDays,
  formDefinitionSchema,
  MAX_DRAFT_BYTES,
  renderNoScriptFormHtml,
  SAVE_ACTION,
  SAVE_ACTION_FIELD,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { everyFieldTypeForm } from '@doorstep/demo';

/** Saved forms (issue 15): what is kept of a half-filled form, and the no-JS form's second button. */
const definition = formDefinitionSchema.parse(everyFieldTypeForm);

describe('the answers a saved form keeps', () => {
  it('keeps the form’s own questions as a form gives them, half-filled and unchecked', () => {
    const given = {
      'full-name': 'Sam',
      email: 'not checked yet@',
      'date-of-birth': { day: '27', month: '', year: '' },
      'contact-by': ['email', 'post'],
      'how-many': 3,
    };
    expect(draftAnswers(definition, given)).toEqual(given);
  });

  it('drops files, questions the form does not have, and shapes no form gives', () => {
    expect(
      draftAnswers(definition, {
        photo: { name: 'me.png', size: 10, type: 'image/png' },
        'not-a-question': 'x',
        __proto__: { polluted: true },
        'full-name': { nested: { deep: 'x' } },
        area: null,
        'contact-by': [1, 2],
        details: 'x'.repeat(10_001),
      }),
    ).toEqual({});
    for (const given of [null, 'text', ['a'], 42, undefined]) expect(draftAnswers(definition, given)).toEqual({});
  });

  it('is kept for the form’s retention or 30 days, whichever is sooner', () => {
    expect(draftDays({ retentionDays: 7 })).toBe(7);
    expect(draftDays({ retentionDays: 365 })).toBe(30);
    expect(MAX_DRAFT_BYTES).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('the form without JavaScript', () => {
  it('has "Save and come back later" as a second button after Send, so Enter still sends', () => {
    const html = renderNoScriptFormHtml(definition, { action: '/api/forms/every-field-type/submissions' });
    const send = html.indexOf('>Send</button>');
    const save = html.indexOf(`name="${SAVE_ACTION_FIELD}" value="${SAVE_ACTION}"`);
    expect(send).toBeGreaterThan(0);
    expect(save).toBeGreaterThan(send);
    expect(html).toContain('govuk-button--secondary');
    expect(html).toContain('Save and come back later</button>');
  });
});
