import { DownloadButton } from './DownloadButton';
import { ResendSignIn } from './ResendSignIn';
import { heading, key, muted, row, value } from './styles';
import { useCase, useDocumentId } from './use-case';

/**
 * What the edit view gives a custom field's input: its name and its label from
 * admin-layouts.ts. Optional because Strapi types a custom field's input as taking none.
 */
export interface CaseFieldProps {
  name?: string;
  label?: string;
}

/**
 * The `global::case-answers` field: the resident's answers as a summary list, each
 * question in the words of the form they answered, a file as its download (GOV.UK
 * summary list pattern), and the resident's sign-in email sent again.
 */
export default function CaseAnswers({ name = 'answers', label }: CaseFieldProps) {
  const documentId = useDocumentId();
  const loaded = useCase();
  const id = `case-field-${name}`;
  return (
    <div>
      <h2 id={id} style={heading}>
        {label ?? 'Answers'}
      </h2>
      {loaded.state === 'loading' && <p style={muted}>Loading the answers…</p>}
      {loaded.state === 'failed' && <p role="alert">The answers could not be loaded: {loaded.message}</p>}
      {loaded.state === 'ready' && documentId && (
        <>
          <dl aria-labelledby={id} style={{ margin: 0 }}>
            {loaded.view.answers.map((line, index) => (
              <div key={index} style={row}>
                <dt style={key}>{line.question}</dt>
                <dd style={value}>
                  {line.file ? (
                    <DownloadButton documentId={documentId} file={line.file} />
                  ) : (
                    line.answer.map((text, lineIndex) => <div key={lineIndex}>{text}</div>)
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {loaded.view.residentEmail && <ResendSignIn documentId={documentId} email={loaded.view.residentEmail} />}
        </>
      )}
    </div>
  );
}
