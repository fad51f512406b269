import { z } from 'zod';
import { messages } from '../messages.js';
import { base, type FieldKindModule, type FieldPart, type UkAddress } from './kind.js';
import { postcodeAnswer } from './uk-postcode.js';

export const definition = z.object({ ...base, kind: z.literal('uk-address') });
type Field = z.infer<typeof definition>;

/** GOV.UK's address pattern: four inputs, each filled in by the browser. */
const PARTS: readonly FieldPart[] = [
  { part: 'line1', label: 'Address line 1', className: '', autocomplete: 'address-line1' },
  { part: 'line2', label: 'Address line 2 (optional)', className: '', autocomplete: 'address-line2' },
  { part: 'town', label: 'Town or city', className: 'govuk-!-width-two-thirds', autocomplete: 'address-level2' },
  { part: 'postcode', label: 'Postcode', className: 'govuk-input--width-10', autocomplete: 'postal-code' },
];

export const ukAddress: FieldKindModule<Field> = {
  definition,
  answer: () =>
    z.strictObject(
      {
        line1: z.string({ error: messages.addressLine1() }).trim().min(1, messages.addressLine1()).max(200),
        line2: z
          .string()
          .trim()
          .max(200)
          .optional()
          .transform((value) => value || undefined),
        town: z.string({ error: messages.addressTown() }).trim().min(1, messages.addressTown()).max(100),
        postcode: postcodeAnswer(),
      },
      { error: messages.addressLine1() },
    ),
  missing: () => ({ message: messages.addressLine1(), part: 'line1' }),
  summary: (_field, value) => {
    const address = value as UkAddress;
    return [address.line1, address.line2, address.town, address.postcode].filter((line): line is string =>
      Boolean(line),
    );
  },
  view: () => ({ control: 'parts', layout: 'stacked', parts: PARTS }),
  cms: {
    displayName: 'UK address',
    description: 'Address lines, town and postcode.',
  },
};
