import {
  answersFromFormPost,
  buildAnswersSchema,
  formDefinitionSchema,
  prefillFormHtml,
  renderConfirmationHtml,
  textWithLinksHtml,
  renderNoScriptFormHtml,
  renderFieldHtml,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { everyFieldTypeForm } from '@doorstep/demo';

const definition = formDefinitionSchema.parse(everyFieldTypeForm);
const today = { today: '2026-11-30' };

describe('an HTML form post as answers', () => {
  it('reads flat bracketed names, nested objects and one-item arrays alike', () => {
    const flat = answersFromFormPost(definition, {
      'address[line1]': '1 Market Street',
      'address[town]': ['Bramblewick'],
      'date-of-birth[day]': '27',
      'date-of-birth[month]': '3',
      'date-of-birth[year]': '1980',
      'contact-by': 'email',
      'full-name': ['Sam'],
      _idempotencyKey: 'ignored',
    });
    expect(flat).toEqual({
      address: { line1: '1 Market Street', town: 'Bramblewick' },
      'date-of-birth': { day: '27', month: '3', year: '1980' },
      'contact-by': 'email',
      'full-name': 'Sam',
    });
    const nested = answersFromFormPost(definition, { address: { line1: '1 Market Street', town: 'Bramblewick' } });
    expect(nested).toEqual({ address: { line1: '1 Market Street', town: 'Bramblewick' } });
  });

  it('passes anything the form does not have to the schema, which names it', () => {
    const values = answersFromFormPost(definition, { admin: 'true', 'full-name': ['a', 'b'] });
    expect(values).toEqual({ admin: 'true', 'full-name': ['a', 'b'] });
    const result = buildAnswersSchema(definition, today).safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('"admin" is not a question on this form');
  });
});

describe('every problem at once, in the form’s order', () => {
  it('reports a wrong answer and a missing one together, top to bottom', () => {
    const result = buildAnswersSchema(definition, today).safeParse({ email: 'sam@', postcode: 'nowhere' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path[0]);
    expect(fields.slice(0, 4)).toEqual(['full-name', 'email', 'date-of-birth', 'postcode']);
  });
});

describe('the form without JavaScript', () => {
  const html = renderNoScriptFormHtml(
    { ...definition, title: 'T', pages: [{ ...definition.pages[0]!, title: '<b>About</b> you' }] },
    {
      action: '/api/forms/every-field-type/submissions',
      values: { 'full-name': '"><script>alert(1)</script>', email: 'sam@' },
      errors: [
        { field: 'email', part: null, message: 'Enter an email address in the correct format, like name@example.com' },
      ],
      idempotencyKey: 'a'.repeat(32),
    },
  );

  it('keeps whatever was typed, and every editor’s text, as text', () => {
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('&lt;b&gt;About&lt;/b&gt; you');
    expect(html).not.toMatch(/<script|<b>/);
  });

  it('links each error from the summary to its input, and marks the input', () => {
    expect(html).toContain(
      '<a href="#f-email">Enter an email address in the correct format, like name@example.com</a>',
    );
    expect(html).toContain('aria-describedby="f-email-error"');
    expect(html).toContain('govuk-input--error');
  });

  it('posts as multipart only when the form takes a file', () => {
    expect(renderNoScriptFormHtml(definition, { action: '/x' })).toContain('enctype="multipart/form-data"');
    const noFiles = { ...definition, pages: definition.pages.slice(0, 1) };
    expect(renderNoScriptFormHtml(noFiles, { action: '/x' })).toContain('enctype="application/x-www-form-urlencoded"');
  });

  it('says when a page applies, in words', () => {
    expect(renderNoScriptFormHtml(definition, { action: '/x' })).toContain(
      'Answer these questions only if you answered ‘Something else’ to ‘What is the problem?’.',
    );
  });
});

describe('the confirmation and input purposes', () => {
  it('gives the reference and the reply-by date in words', () => {
    const html = renderConfirmationHtml(definition, {
      reference: 'K7Q9-XPM4-TA2B',
      expectedReplyBy: '2026-12-07',
      confirmationEmail: 'sam@example.com',
    });
    expect(html).toContain('<strong id="submission-reference">K7Q9-XPM4-TA2B</strong>');
    expect(html).toContain('We aim to reply by 7 December 2026.');
    expect(html).toContain('We are sending a confirmation email to sam@example.com');
  });

  it('says when no email was sent', () => {
    const html = renderConfirmationHtml(definition, {
      reference: 'K7Q9-XPM4-TA2B',
      expectedReplyBy: '2026-12-07',
      confirmationEmail: null,
    });
    expect(html).toContain('We have not sent you an email, so make a note of your reference number.');
    expect(html).not.toContain('Get updates by email');
  });

  it('offers a guest status emails by the receipt’s link, escaped, and a signed-in resident no offer', () => {
    const receipt = {
      reference: 'K7Q9-XPM4-TA2B',
      expectedReplyBy: '2026-12-07',
      confirmationEmail: 'sam@example.com',
    };
    const offered = renderConfirmationHtml(definition, {
      ...receipt,
      updatesLink: '/account/alerts/request?reference=K7Q9-XPM4-TA2B&token=ab',
    });
    expect(offered).toContain('<h2 class="govuk-heading-m">Get updates by email</h2>');
    expect(offered).toContain('We can email sam@example.com each time we update this request');
    expect(offered).toContain(
      '<a class="govuk-link" id="updates-link" href="/account/alerts/request?reference=K7Q9-XPM4-TA2B&amp;token=ab">',
    );
    expect(renderConfirmationHtml(definition, { ...receipt, updatesLink: null })).not.toContain('Get updates by email');
  });

  it('makes the addresses in an exit page’s text into links, and nothing else', () => {
    expect(
      textWithLinksHtml('Check at /services/check-your-bin-collection-day/. Or see https://www.gov.uk/council-tax.'),
    ).toBe(
      'Check at <a class="govuk-link" href="/services/check-your-bin-collection-day/">/services/check-your-bin-collection-day/</a>. ' +
        'Or see <a class="govuk-link" href="https://www.gov.uk/council-tax">https://www.gov.uk/council-tax</a>.',
    );
    expect(textWithLinksHtml('Not //evil.example/ nor <b>this</b> or 24/7 help')).toBe(
      'Not //evil.example/ nor &lt;b&gt;this&lt;/b&gt; or 24/7 help',
    );
  });

  it('fills a form from the link that opened it: text answers only, escaped', () => {
    const html = renderNoScriptFormHtml(definition, { action: '/api/forms/test/submissions' });
    const filled = prefillFormHtml(
      html,
      new URLSearchParams({ 'full-name': 'Sam "Resident" <b>', email: 'x@example.com' }),
    );
    expect(filled).toContain('value="Sam &quot;Resident&quot; &lt;b&gt;"');
    expect(filled).not.toContain('value="x@example.com"');
  });

  it('tells browsers what personal answers are for (WCAG 1.3.5)', () => {
    const [name, email, phone, birth] = definition.pages[0]!.kind === 'questions' ? definition.pages[0]!.fields : [];
    const tokens = (field: typeof name) =>
      [...renderFieldHtml(field!, undefined).matchAll(/autocomplete="([^"]+)"/g)].map((m) => m[1]);
    expect([name, email, phone].map(tokens)).toEqual([['name'], ['email'], ['tel']]);
    expect(tokens(birth)).toEqual(['bday-day', 'bday-month', 'bday-year']);
  });
});
