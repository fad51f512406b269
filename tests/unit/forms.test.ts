import {
  addWorkingDays,
  answerErrors,
  bankHolidaysEnglandWales,
  buildAnswersSchema,
  checkDefinition,
  definitionFromCms,
  expectedReplyDate,
  formDefinitionSchema,
  nextPage,
  componentName,
  routeFor,
  summariseAnswers,
  type FormDefinition,
  toCmsQuestions,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { demoForms, everyFieldTypeForm } from '@doorstep/demo';

const form: FormDefinition = formDefinitionSchema.parse(everyFieldTypeForm);
const schema = buildAnswersSchema(form, { today: '2026-11-23' });

const valid = {
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
  phone: '',
  'date-of-birth': { day: '27', month: '3', year: '1980' },
  postcode: 'ne991bb',
  address: { line1: '1 Market Street', line2: '', town: 'Bramblewick', postcode: 'NE99 1BB' },
  'problem-type': 'overgrown',
  area: 'north',
  'contact-by': ['email', 'post'],
  'how-many': '3',
  dangerous: 'no',
};

const errorsOf = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : answerErrors(result.error);
};
const messageFor = (input: unknown, field: string) => errorsOf(input).find((error) => error.field === field)?.message;

describe('a form definition', () => {
  it('the every-field-type fixture is valid', () => {
    expect(checkDefinition(form)).toEqual([]);
  });

  it('names every problem editors can make, with where it is', () => {
    const broken = formDefinitionSchema.parse({
      ...everyFieldTypeForm,
      pages: [
        {
          kind: 'questions',
          id: 'one',
          showIf: [{ field: 'later', equals: 'yes' }],
          fields: [
            { kind: 'short-text', name: 'name', label: 'Name' },
            { kind: 'short-text', name: 'name', label: 'Name again' },
            { kind: 'radios', name: 'colour', label: 'Colour', options: [] },
          ],
        },
        {
          kind: 'questions',
          id: 'two',
          showIf: [{ field: 'nothing', equals: 'x' }],
          fields: [{ kind: 'yes-no', name: 'later', label: 'Later?' }],
        },
        { kind: 'exit', id: 'exit', title: 'Stop', body: 'Call us', showIf: [{ field: 'later', equals: 'maybe' }] },
      ],
    });
    expect(checkDefinition(broken)).toEqual([
      'pages[0].showIf[0].field: "later" must be a question on an earlier page',
      'pages[0].fields[1].name: Another question is already called "name"',
      'pages[0].fields[2].options: Give "colour" at least two options',
      'pages[1].showIf[0].field: There is no question called "nothing"',
      'pages[2].showIf[0].equals: "maybe" is not an answer to "later"',
    ]);
  });

  it('refuses a form where every route ends at an exit page', () => {
    const deadEnd = formDefinitionSchema.parse({
      ...everyFieldTypeForm,
      pages: [
        { kind: 'questions', id: 'q', fields: [{ kind: 'yes-no', name: 'ok', label: 'OK?' }] },
        { kind: 'exit', id: 'yes', title: 'No', body: 'Call us', showIf: [{ field: 'ok', equals: 'yes' }] },
        { kind: 'exit', id: 'no', title: 'No', body: 'Call us', showIf: [{ field: 'ok', equals: 'no' }] },
      ],
    });
    expect(checkDefinition(deadEnd)).toEqual([
      'pages: Every set of answers leads to an exit page, so no one can finish the form',
    ]);
  });
});

describe('forms as editors build them in the CMS', () => {
  it.each(demoForms.map((demo) => [demo.slug, demo] as const))(
    '%s survives the trip through the CMS list',
    (_slug, demo) => {
      const questions = toCmsQuestions(demo).map(({ __component, ...rest }) => ({
        ...rest,
        component: String(__component),
      }));
      const { definition, problems } = definitionFromCms({
        ...demo,
        checkAnswers: demo.checkAnswers ?? true,
        questions,
      });
      expect(problems).toEqual([]);
      expect(definition).toEqual(formDefinitionSchema.parse(demo));
    },
  );

  it('reads component names from the Document Service and from GraphQL alike', () => {
    expect(componentName('form.uk-postcode')).toBe('uk-postcode');
    expect(componentName('ComponentFormUkPostcode')).toBe('uk-postcode');
    expect(componentName('ComponentFormFileUpload')).toBe('file-upload');
    expect(componentName('ComponentFormYesNo')).toBe('yes-no');
  });

  it('starts a first page when the list does not begin with one, and names problems by list position', () => {
    const { definition, problems } = definitionFromCms({
      ...everyFieldTypeForm,
      checkAnswers: true,
      questions: [
        { component: 'form.short-text', name: 'name', label: 'Name', maxLength: 100, hint: null },
        { component: 'form.select', name: 'pick', label: 'Pick one', options: [{ id: 3, value: 'a', label: 'A' }] },
      ],
    });
    expect(definition).toBeNull();
    expect(problems).toEqual(['Question 2, Pick one (options): Give "pick" at least two options']);
  });
});

describe('routing', () => {
  it('shows a page only when an earlier answer matches, and stops at an exit page', () => {
    expect(routeFor(form, valid).pages.map((page) => page.id)).toEqual(['about-you', 'where', 'problem', 'photo']);
    expect(routeFor(form, { ...valid, 'problem-type': 'other' }).pages.map((page) => page.id)).toContain(
      'other-details',
    );
    expect(routeFor(form, { ...valid, dangerous: 'yes' }).exit?.id).toBe('call-us');
    expect(nextPage(form, valid, 'problem')?.id).toBe('photo');
    expect(nextPage(form, { ...valid, dangerous: 'yes' }, 'problem')?.id).toBe('call-us');
  });
});

describe('answers', () => {
  it('accepts good answers and normalises them', () => {
    expect(schema.parse(valid)).toEqual({
      'full-name': 'Sam Resident',
      email: 'sam@example.com',
      'date-of-birth': '1980-03-27',
      postcode: 'NE99 1BB',
      address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'NE99 1BB' },
      'problem-type': 'overgrown',
      area: 'north',
      'contact-by': ['email', 'post'],
      'how-many': 3,
      dangerous: 'no',
    });
  });

  it('says what is missing, in GOV.UK words, with where to put it', () => {
    expect(errorsOf({})).toEqual([
      { field: 'full-name', part: null, message: 'Enter your full name' },
      { field: 'email', part: null, message: 'Enter your email address' },
      { field: 'date-of-birth', part: 'day', message: 'Enter your date of birth' },
      { field: 'postcode', part: null, message: 'Enter a postcode' },
      { field: 'address', part: 'line1', message: 'Enter the first line of the address' },
      { field: 'problem-type', part: null, message: 'Select the problem' },
      { field: 'area', part: null, message: 'Select an area' },
      { field: 'contact-by', part: null, message: 'Select how we can contact you' },
      { field: 'how-many', part: null, message: 'Enter how many times' },
      { field: 'dangerous', part: null, message: 'Select yes or no for whether it is dangerous' },
    ]);
  });

  it.each([
    ['postcode', 'SW1A 1A', 'Enter a real postcode, like AA1 1AA'],
    ['email', 'sam@', 'Enter an email address in the correct format, like name@example.com'],
    ['phone', '12345', 'Enter a UK telephone number, like 01632 960 001 or 07700 900 982'],
    ['date-of-birth', { day: '31', month: '2', year: '1980' }, 'Your date of birth must be a real date'],
    ['date-of-birth', { day: '1', month: '', year: '1980' }, 'Your date of birth must include a month'],
    [
      'date-of-birth',
      { day: '1', month: '1', year: '2030' },
      'Your date of birth must be the same as or before 23 November 2026',
    ],
    ['how-many', 'lots', 'How many times must be a number'],
    ['how-many', '0', 'How many times must be 1 or more'],
    ['how-many', '2.5', 'How many times must be a whole number'],
    ['area', 'east', 'Select an area from the list'],
    ['contact-by', ['email', 'pigeon'], 'Select how we can contact you from the list'],
    ['full-name', 'x'.repeat(101), 'Your full name must be 100 characters or less'],
    ['dangerous', 'maybe', 'Select yes or no for whether it is dangerous'],
    ['photo', { name: 'a.gif', size: 10, type: 'image/gif' }, 'The selected file must be a JPG or PNG'],
    [
      'photo',
      { name: 'a.jpg', size: 6 * 1024 * 1024, type: 'image/jpeg' },
      'The selected file must be smaller than 5MB',
    ],
  ])('refuses a bad %s with a clear message', (field, value, message) => {
    expect(messageFor({ ...valid, [field]: value }, field)).toBe(message);
  });

  it('refuses questions the form does not have, prototype keys included', () => {
    expect(messageFor({ ...valid, admin: 'true' }, 'admin')).toBe('"admin" is not a question on this form');
    const polluted = JSON.parse(`{"__proto__": {"isAdmin": true}, "full-name": "Sam"}`) as unknown;
    expect(messageFor(polluted, '__proto__')).toBe('"__proto__" is not a question on this form');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses answers that lead to an exit page', () => {
    expect(errorsOf({ ...valid, dangerous: 'yes' })[0]?.message).toBe(
      'This form cannot be used with these answers: Call us now about dangerous problems',
    );
  });

  it('requires questions on routed pages only, and drops answers from pages not on the route', () => {
    expect(messageFor({ ...valid, 'problem-type': 'other' }, 'details')).toBe('Enter a description of the problem');
    const parsed = schema.parse({ ...valid, details: 'Left over from an earlier answer' });
    expect(parsed).not.toHaveProperty('details');
  });

  it('keeps markup as plain text', () => {
    expect(schema.parse({ ...valid, 'full-name': '<script>alert(1)</script>' })['full-name']).toBe(
      '<script>alert(1)</script>',
    );
  });
});

describe('answers as people read them', () => {
  it('uses option labels, dates in words and address lines, on the route only', () => {
    const lines = summariseAnswers(form, schema.parse(valid));
    const byName = Object.fromEntries(lines.map((line) => [line.name, line.answer]));
    expect(byName['date-of-birth']).toEqual(['27 March 1980']);
    expect(byName.address).toEqual(['1 Market Street', 'Bramblewick', 'NE99 1BB']);
    expect(byName['problem-type']).toEqual(['Grass is overgrown']);
    expect(byName['contact-by']).toEqual(['Email', 'Post']);
    expect(byName.dangerous).toEqual(['No']);
    expect(byName.phone).toEqual(['Not answered']);
    expect(byName).not.toHaveProperty('details'); // a page not on the route
    expect(byName).not.toHaveProperty('verge-reference'); // hidden and empty
  });
});

describe('reply dates', () => {
  it('knows the bank holidays of England and Wales, substitutes and one-offs included', () => {
    expect(bankHolidaysEnglandWales(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidaysEnglandWales(2027)).toContain('2027-12-27');
    expect(bankHolidaysEnglandWales(2027)).toContain('2027-12-28');
    expect(bankHolidaysEnglandWales(2028)[0]).toBe('2028-01-03');
    expect(bankHolidaysEnglandWales(2022)).toContain('2022-09-19');
    expect(bankHolidaysEnglandWales(2022)).not.toContain('2022-05-30');
  });

  it('counts working days past weekends and bank holidays', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday to Monday
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30'); // over Christmas and the Boxing Day substitute
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // over Easter
  });

  it('gives the reply-by date in UK time for each unit', () => {
    const lateFriday = new Date('2026-11-20T23:30:00Z'); // still Friday in London (GMT)
    expect(expectedReplyDate(lateFriday, { amount: 2, unit: 'working-days' })).toBe('2026-11-24');
    const summerNight = new Date('2026-06-30T23:30:00Z'); // already 1 July in London (BST)
    expect(expectedReplyDate(summerNight, { amount: 1, unit: 'calendar-days' })).toBe('2026-07-02');
    expect(expectedReplyDate(summerNight, { amount: 2, unit: 'weeks' })).toBe('2026-07-15');
    expect(expectedReplyDate(lateFriday, { amount: 48, unit: 'hours' })).toBe('2026-11-22');
  });
});
