import { z } from 'zod';

export const RESPONSE_UNITS = ['hours', 'working-days', 'calendar-days', 'weeks'] as const;

export const responseUnitSchema = z.enum(RESPONSE_UNITS);
export type ResponseUnit = z.infer<typeof responseUnitSchema>;

/** A structured promise of when the council replies: an amount, a unit and a sentence for residents. */
export const expectedResponseSchema = z.object({
  amount: z.number().int().min(0).max(365),
  unit: responseUnitSchema,
  sentence: z.string().trim().max(300).nullish(),
});

export type ExpectedResponse = z.infer<typeof expectedResponseSchema>;

const UNIT_WORDS: Record<ResponseUnit, [singular: string, plural: string]> = {
  hours: ['hour', 'hours'],
  'working-days': ['working day', 'working days'],
  'calendar-days': ['day', 'days'],
  weeks: ['week', 'weeks'],
};

/** "within 10 working days": the plain-English form used on pages, forms and emails. */
export function describeExpectedResponse(response: Pick<ExpectedResponse, 'amount' | 'unit'>): string {
  const [singular, plural] = UNIT_WORDS[response.unit];
  return `within ${response.amount} ${response.amount === 1 ? singular : plural}`;
}
