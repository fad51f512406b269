import type { FormDefinitionInput } from '@doorstep/domain';
import { contactPage } from './demo-forms.js';

/**
 * Questions and pages that many of Bramblewick's forms ask in the same words, so a
 * resident who has used one form recognises the next, and a change to how we ask
 * for, say, a National Insurance number is made once.
 */
export type Page = FormDefinitionInput['pages'][number];
export type QuestionPage = Extract<Page, { kind: 'questions' }>;
export type ExitPage = Extract<Page, { kind: 'exit' }>;
export type Field = QuestionPage['fields'][number];
type Condition = NonNullable<Page['showIf']>[number];

export { contactPage };

const MB = 1024 * 1024;

/** A photo from a phone or camera: iPhones save HEIC by default. Two fit in one submission. */
export const photoField = (name: string, label: string, hint: string, errorName = 'a photo'): Field => ({
  kind: 'file',
  name,
  label,
  hint,
  optional: true,
  errorName,
  maxBytes: 10 * MB,
  accept: ['image/jpeg', 'image/png', 'image/heic'],
});

/** A letter, bill or scan: a PDF or a photo of it. */
export const documentField = (
  name: string,
  label: string,
  hint: string,
  { optional = false, errorName }: { optional?: boolean; errorName?: string } = {},
): Field => ({
  kind: 'file',
  name,
  label,
  hint,
  optional,
  errorName: errorName ?? 'a file',
  maxBytes: 10 * MB,
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
});

export const yesNo = (name: string, label: string, errorName: string, hint?: string): Field =>
  hint ? { kind: 'yes-no', name, label, hint, errorName } : { kind: 'yes-no', name, label, errorName };

/** A page with one question, titled by it, as GOV.UK Forms builds them. */
export const questionPage = (id: string, field: Field, showIf: Condition[] = []): QuestionPage => ({
  kind: 'questions',
  id,
  title: field.label,
  showIf,
  fields: [field],
});

export const exitPage = (id: string, title: string, body: string, showIf: Condition[]): ExitPage => ({
  kind: 'exit',
  id,
  title,
  body,
  showIf,
});

export const councilTaxAccountField = (optional = false): Field => ({
  kind: 'short-text',
  name: 'account-number',
  label: 'Council tax account number',
  hint: 'It is 8 digits long and starts with 5. It is at the top of your council tax bill.',
  optional,
  errorName: 'your council tax account number',
  minLength: 8,
  maxLength: 8,
});

export const nationalInsuranceField = (optional = false): Field => ({
  kind: 'short-text',
  name: 'ni-number',
  label: 'National Insurance number',
  hint: 'It is on your National Insurance card, benefit letter, payslip or P60. For example, QQ 12 34 56 C.',
  optional,
  errorName: 'your National Insurance number',
  minLength: 9,
  maxLength: 13,
});

export const dateOfBirthField = (): Field => ({
  kind: 'date',
  name: 'date-of-birth',
  label: 'Date of birth',
  hint: 'For example, 27 3 1980',
  latest: 'today',
  errorName: 'your date of birth',
});

/** What benefit and licensing teams need to be sure who you are. */
export const aboutYouPage = ({ niOptional = false } = {}): QuestionPage => ({
  kind: 'questions',
  id: 'about-you',
  title: 'About you',
  fields: [dateOfBirthField(), nationalInsuranceField(niOptional)],
});

export const homeAddressPage = (hint?: string): QuestionPage => ({
  kind: 'questions',
  id: 'home-address',
  title: 'Your address',
  fields: [
    hint
      ? { kind: 'uk-address', name: 'address', label: 'Your address', hint, errorName: 'your address' }
      : { kind: 'uk-address', name: 'address', label: 'Your address', errorName: 'your address' },
  ],
});

/** A single box to tick, for claims where a false answer is an offence. */
export const declarationPage = (statement: string, hint?: string): QuestionPage => ({
  kind: 'questions',
  id: 'declaration',
  title: 'Declaration',
  fields: [
    {
      kind: 'checkboxes',
      name: 'declaration',
      label: 'Declaration',
      ...(hint ? { hint } : {}),
      errorName: 'the box to confirm your declaration',
      options: [{ value: 'confirmed', label: statement }],
    },
  ],
});

/** For services where an officer calls back: the phone number comes first and is required. */
export const phoneContactPage = (callHint: string): QuestionPage => ({
  kind: 'questions',
  id: 'your-details',
  title: 'Your details',
  fields: [
    { kind: 'short-text', name: 'full-name', label: 'Full name', errorName: 'your full name' },
    { kind: 'uk-phone', name: 'phone', label: 'Phone number', hint: callHint, errorName: 'your phone number' },
    yesNo(
      'safe-to-leave-message',
      'Is it safe for us to leave a voicemail or send a text message?',
      'whether it is safe to leave a message',
    ),
    {
      kind: 'email',
      name: 'email',
      label: 'Email address',
      hint: 'We will send your reference number here',
      optional: true,
      errorName: 'your email address',
    },
  ],
});

/** Rent, for Housing Benefit and Discretionary Housing Payments. */
export const rentPage = (): QuestionPage => ({
  kind: 'questions',
  id: 'rent',
  title: 'Your rent',
  fields: [
    {
      kind: 'number',
      name: 'rent',
      label: 'How much rent do you pay?',
      hint: 'In pounds. Include service charges if you pay them with your rent.',
      min: 0,
      max: 10_000,
      wholeNumber: false,
      errorName: 'your rent',
    },
    {
      kind: 'radios',
      name: 'rent-period',
      label: 'How often do you pay this amount?',
      errorName: 'how often you pay your rent',
      options: [
        { value: 'weekly', label: 'Every week' },
        { value: 'two-weekly', label: 'Every 2 weeks' },
        { value: 'four-weekly', label: 'Every 4 weeks' },
        { value: 'monthly', label: 'Every month' },
      ],
    },
    {
      kind: 'short-text',
      name: 'landlord',
      label: 'Who do you pay your rent to?',
      hint: 'The name of your landlord, letting agent or housing association',
      errorName: 'who you pay your rent to',
      maxLength: 200,
    },
  ],
});

/** Who lives with you, for benefit claims: a partner's details are asked only if there is one. */
export const householdPages = (): QuestionPage[] => [
  questionPage(
    'partner',
    yesNo(
      'partner',
      'Do you live with a partner?',
      'whether you live with a partner',
      'A husband, wife, civil partner, or someone you live with as a couple',
    ),
  ),
  {
    kind: 'questions',
    id: 'partner-details',
    title: 'Your partner',
    showIf: [{ field: 'partner', equals: 'yes' }],
    fields: [
      { kind: 'short-text', name: 'partner-name', label: 'Your partner’s full name', errorName: 'your partner’s name' },
      {
        kind: 'date',
        name: 'partner-dob',
        label: 'Your partner’s date of birth',
        hint: 'For example, 27 3 1980',
        latest: 'today',
        errorName: 'your partner’s date of birth',
      },
      {
        kind: 'short-text',
        name: 'partner-ni-number',
        label: 'Your partner’s National Insurance number',
        hint: 'For example, QQ 12 34 56 C',
        optional: true,
        errorName: 'your partner’s National Insurance number',
        minLength: 9,
        maxLength: 13,
      },
    ],
  },
  {
    kind: 'questions',
    id: 'others',
    title: 'Who else lives with you',
    fields: [
      {
        kind: 'number',
        name: 'children',
        label: 'How many children live with you?',
        hint: 'Count children under 16, and young people under 20 in full-time education or training',
        min: 0,
        max: 20,
        errorName: 'the number of children',
      },
      {
        kind: 'number',
        name: 'other-adults',
        label: 'How many other adults live with you?',
        hint: 'Do not count your partner. Include grown-up children, relatives and lodgers.',
        min: 0,
        max: 20,
        errorName: 'the number of other adults',
      },
    ],
  },
];

/** Evidence of income, which a claim does not wait for: it can follow by post or at a hub. */
export const incomeEvidencePage = (): QuestionPage =>
  questionPage(
    'evidence',
    documentField(
      'income-evidence',
      'Upload proof of your income',
      'For example, your last 2 payslips or your latest Universal Credit statement. If you cannot upload it now, send your claim anyway: we will write to tell you how to send it.',
      { optional: true, errorName: 'proof of your income' },
    ),
  );

export const claimDeclaration = (): QuestionPage =>
  declarationPage(
    'I confirm the information I have given is true and complete, and I will tell you about any changes',
    'It is a crime to give false information, or not to tell us about changes, to get benefits.',
  );

interface ReportAProblem {
  slug: string;
  title: string;
  introduction: string;
  confirmation: string;
  expectedResponse: FormDefinitionInput['expectedResponse'];
  retentionDays?: number;
  /** The first page: what is wrong, in the service's own words. */
  what: { title: string; fields: Field[] };
  /** A yes/no asked straight after, whose "yes" ends the form: phone us instead. */
  danger?: { label: string; hint?: string; errorName: string; exitTitle: string; exitBody: string };
  /** Where it is: fields before the street (like a light's number) and a hint for the description. */
  where: { before?: Field[]; descriptionHint: string };
  /** More about it: a description and a photo. */
  details?: { label: string; hint: string; errorName: string; photoHint: string };
  /** Pages between the details and the resident's contact details. */
  more?: Page[];
}

/**
 * A report of a problem in a public place: what it is, whether it is dangerous (if
 * so, phone), where it is, more detail and a photo, and how to reach the resident.
 */
export function reportAProblemForm(spec: ReportAProblem): FormDefinitionInput {
  const danger: Page[] = spec.danger
    ? [
        questionPage(
          'danger',
          spec.danger.hint
            ? yesNo('dangerous', spec.danger.label, spec.danger.errorName, spec.danger.hint)
            : yesNo('dangerous', spec.danger.label, spec.danger.errorName),
        ),
        exitPage('call-us', spec.danger.exitTitle, spec.danger.exitBody, [{ field: 'dangerous', equals: 'yes' }]),
      ]
    : [];
  const details: Page[] = spec.details
    ? [
        {
          kind: 'questions',
          id: 'details',
          title: 'More about the problem',
          fields: [
            {
              kind: 'long-text',
              name: 'details',
              label: spec.details.label,
              hint: spec.details.hint,
              optional: true,
              errorName: spec.details.errorName,
              maxLength: 2000,
            },
            photoField('photo', 'Photo', spec.details.photoHint),
          ],
        },
      ]
    : [];
  return {
    slug: spec.slug,
    title: spec.title,
    introduction: spec.introduction,
    checkAnswers: true,
    confirmation: spec.confirmation,
    expectedResponse: spec.expectedResponse,
    retentionDays: spec.retentionDays ?? 365,
    pages: [
      { kind: 'questions', id: 'what', title: spec.what.title, fields: spec.what.fields },
      ...danger,
      {
        kind: 'questions',
        id: 'where',
        title: 'Where is it?',
        fields: [
          ...(spec.where.before ?? []),
          { kind: 'short-text', name: 'street', label: 'Street or road name', errorName: 'the street or road name' },
          {
            kind: 'uk-postcode',
            name: 'postcode',
            label: 'Nearest postcode',
            optional: true,
            errorName: 'a postcode',
          },
          {
            kind: 'long-text',
            name: 'location',
            label: 'Describe exactly where it is',
            hint: spec.where.descriptionHint,
            errorName: 'where it is',
            maxLength: 500,
          },
        ],
      },
      ...details,
      ...(spec.more ?? []),
      contactPage(),
    ],
  };
}
