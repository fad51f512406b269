import { describeFileTypes, inputId, type FieldError, type FormField } from '@doorstep/domain';
import { describedBy, ErrorMessage, Group, Hint, Label } from './field-parts';

/**
 * A file stays in the browser's memory until the form is sent with it: it is not
 * saved with the other answers, so after a reload the resident is asked for it again.
 */
export interface FileFieldProps {
  field: Extract<FormField, { kind: 'file' }>;
  file: File | undefined;
  error: FieldError | undefined;
  onFile: (file: File | undefined) => void;
  heading?: boolean;
}

export function FileField({ field, file, error, onFile, heading }: FileFieldProps) {
  const id = inputId(field.name);
  const limit = `${Math.round((field.maxBytes / 1024 / 1024) * 10) / 10}MB`;
  return (
    <Group error={error}>
      <Label id={id} field={field} heading={heading} />
      <Hint id={id} field={field} />
      <div className="govuk-hint" id={`${id}-limits`}>
        {describeFileTypes(field.accept)}, smaller than {limit}
      </div>
      <ErrorMessage id={id} error={error} />
      {file && (
        <p className="govuk-body" id={`${id}-chosen`}>
          Chosen: {file.name}
        </p>
      )}
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={field.name}
        type="file"
        accept={field.accept.join(',')}
        aria-describedby={describedBy(id, field, error, `${id}-limits${file ? ` ${id}-chosen` : ''}`)}
        onChange={(event) => onFile(event.target.files?.[0])}
      />
    </Group>
  );
}
