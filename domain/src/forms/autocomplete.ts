import type { FormField } from './definition.js';

/**
 * The `autocomplete` token for an input, so browsers can fill in what they know
 * and assistive technology can say what an input is for (WCAG 2.2, 1.3.5 Identify
 * Input Purpose). Only for answers about the resident themselves.
 */
export function autocompleteFor(field: FormField, part?: string): string | undefined {
  switch (field.kind) {
    case 'email':
      return 'email';
    case 'uk-phone':
      return 'tel';
    case 'uk-postcode':
      return 'postal-code';
    case 'uk-address':
      return { line1: 'address-line1', line2: 'address-line2', town: 'address-level2', postcode: 'postal-code' }[
        part ?? ''
      ];
    case 'date':
      return /birth/.test(field.name)
        ? { day: 'bday-day', month: 'bday-month', year: 'bday-year' }[part ?? '']
        : undefined;
    case 'short-text':
      return /^(full-)?name$|^your-name$/.test(field.name) ? 'name' : undefined;
    default:
      return undefined;
  }
}
