import { assertNever, type FieldError, type FormField } from '@doorstep/domain';
import { ChoiceField, SelectField } from './ChoiceField';
import { FileField } from './FileField';
import { PartsField } from './PartsField';
import { LongTextField, TextField } from './TextField';

export interface QuestionProps {
  field: FormField;
  value: unknown;
  file: File | undefined;
  error: FieldError | undefined;
  heading: boolean;
  onChange: (name: string, value: unknown) => void;
  onFile: (name: string, file: File | undefined) => void;
}

/** One question, by kind: a closed set, and an unknown kind fails loudly rather than showing nothing. */
export function Question({ field, value, file, error, heading, onChange, onFile }: QuestionProps) {
  const props = { field, value, error, heading, onChange: (next: unknown) => onChange(field.name, next) };
  switch (field.kind) {
    case 'short-text':
    case 'email':
    case 'uk-phone':
    case 'uk-postcode':
    case 'number':
      return <TextField {...props} />;
    case 'long-text':
      return <LongTextField {...props} />;
    case 'uk-address':
    case 'date':
      return <PartsField {...props} />;
    case 'yes-no':
    case 'radios':
    case 'checkboxes':
      return <ChoiceField {...props} />;
    case 'select':
      return <SelectField {...props} />;
    case 'file':
      return (
        <FileField
          field={field}
          file={file}
          error={error}
          heading={heading}
          onFile={(next) => onFile(field.name, next)}
        />
      );
    case 'hidden':
      return null; // carried with the answers, never shown
    default:
      return assertNever(field);
  }
}
