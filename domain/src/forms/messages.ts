import type { BaseField } from './kinds/kind.js';

/** What a message needs of a field: how to name it. */
type Named = Pick<BaseField, 'label' | 'errorName'>;

/**
 * Every error message a form can show, in one place, in the GOV.UK Design System's
 * words. The browser and the submission endpoint both use these, so a resident sees
 * the same message whichever caught the mistake.
 */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** How a message names the answer: the editor's errorName, else the label without its question mark. */
export function nameOf(field: Named): string {
  return field.errorName ?? lowerFirst(field.label.replace(/[?:]\s*$/, ''));
}

export const messages = {
  enter: (field: Named) => `Enter ${nameOf(field)}`,
  select: (field: Named) => `Select ${nameOf(field)}`,
  yesNo: (field: Named) => `Select yes or no for ${nameOf(field)}`,
  tooLong: (field: Named, max: number) => `${capitalise(nameOf(field))} must be ${max} characters or less`,
  tooShort: (field: Named, min: number) => `${capitalise(nameOf(field))} must be ${min} characters or more`,
  email: () => 'Enter an email address in the correct format, like name@example.com',
  phone: () => 'Enter a UK telephone number, like 01632 960 001 or 07700 900 982',
  postcode: () => 'Enter a real postcode, like AA1 1AA',
  addressLine1: () => 'Enter the first line of the address',
  addressTown: () => 'Enter the town or city',
  dateMissing: (field: Named, parts: string[]) => `${capitalise(nameOf(field))} must include a ${parts.join(' and ')}`,
  dateReal: (field: Named) => `${capitalise(nameOf(field))} must be a real date`,
  dateAfter: (field: Named, date: string) => `${capitalise(nameOf(field))} must be the same as or after ${date}`,
  dateBefore: (field: Named, date: string) => `${capitalise(nameOf(field))} must be the same as or before ${date}`,
  number: (field: Named) => `${capitalise(nameOf(field))} must be a number`,
  wholeNumber: (field: Named) => `${capitalise(nameOf(field))} must be a whole number`,
  numberMin: (field: Named, min: number) => `${capitalise(nameOf(field))} must be ${min} or more`,
  numberMax: (field: Named, max: number) => `${capitalise(nameOf(field))} must be ${max} or less`,
  notAnOption: (field: Named) => `Select ${nameOf(field)} from the list`,
  tooManySelected: (field: Named, max: number) => `Select up to ${max} for ${nameOf(field)}`,
  fileMissing: (field: Named) => `Select ${nameOf(field)}`,
  fileTooBig: (megabytes: string) => `The selected file must be smaller than ${megabytes}`,
  fileType: (types: string) => `The selected file must be a ${types}`,
  unknownField: (name: string) => `"${name}" is not a question on this form`,
  exit: (title: string) => `This form cannot be used with these answers: ${title}`,
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "PDF, JPG or PNG" from MIME types. */
export function describeFileTypes(accept: readonly string[]): string {
  const names = accept.map((type) => (type.split('/')[1] ?? type).replace('jpeg', 'jpg').toUpperCase());
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
