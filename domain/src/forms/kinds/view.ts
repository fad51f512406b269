import { kindOf, type FormField } from './index.js';
import type { FieldView } from './kind.js';

/**
 * What both renderers of a field (the no-JavaScript HTML and the island) ask of it:
 * its view from its kind's module, its label as shown, and the ids that tie a hint
 * and an error to the input.
 */
export const viewOf = (field: FormField): FieldView => kindOf(field).view(field);

/** The label or legend as shown: "(optional)" after an optional field's, as GOV.UK does. */
export const labelText = (field: Pick<FormField, 'label' | 'optional'>): string =>
  `${field.label}${field.optional ? ' (optional)' : ''}`;

/** The parts a field posts as separate inputs (`address[line1]`), or null for one input. */
export function partsOf(field: FormField): readonly string[] | null {
  const view = viewOf(field);
  return view.control === 'parts' ? view.parts.map((part) => part.part) : null;
}

/** Whether a field's answer is a list (a checkbox name posts once per ticked box). */
export const answersMany = (field: FormField): boolean => kindOf(field).choices?.(field).many ?? false;

/** `aria-describedby` for a field's control: its hint, anything extra (file limits), its error. */
export function describedBy(
  id: string,
  field: Pick<FormField, 'hint'>,
  error: unknown,
  ...extra: Array<string | false | undefined>
): string | undefined {
  return [field.hint && `${id}-hint`, ...extra, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
