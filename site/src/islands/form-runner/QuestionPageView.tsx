import type { AnswerProblem, FieldError, FormDefinition, QuestionPage } from '@doorstep/domain';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';

export function BackLink({ pageId, onBack }: { pageId: string; onBack: () => void }) {
  return (
    <a
      href={`?page=${pageId}`}
      className="govuk-back-link"
      onClick={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      Back
    </a>
  );
}

/**
 * One page of questions. A page with a single question uses the question as its
 * heading (GOV.UK's pattern); a page of several has its own title.
 */
export function QuestionPageView(props: {
  definition: FormDefinition;
  page: QuestionPage;
  first: boolean;
  /** The page before this one on the resident's route, for the Back link. */
  backTo: string | null;
  onBack: () => void;
  replyPromise: string;
  values: Record<string, unknown>;
  files: ReadonlyMap<string, File>;
  errors: readonly AnswerProblem[];
  action: string;
  onValue: (name: string, value: unknown) => void;
  onFile: (name: string, file: File | undefined) => void;
  onContinue: () => void;
  onSaveForLater: () => void;
}) {
  const { definition, page, first, errors } = props;
  const visible = page.fields.filter((field) => field.kind !== 'hidden');
  const only = visible.length === 1 ? visible[0] : undefined;
  const questionIsHeading = only !== undefined && (!page.title || page.title === only.label);
  const errorFor = (name: string): FieldError | undefined => {
    const problem = errors.find((error) => error.field === name);
    return problem && { message: problem.message, part: problem.part };
  };
  return (
    <>
      {props.backTo && <BackLink pageId={props.backTo} onBack={props.onBack} />}
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{definition.title}</span>
      {!questionIsHeading && (
        <h1 className="govuk-heading-l" tabIndex={-1} data-step-heading>
          {page.title ?? definition.title}
        </h1>
      )}
      {first && definition.introduction && <p className="govuk-body">{definition.introduction}</p>}
      {first && <p className="govuk-body">{props.replyPromise}</p>}
      <form
        action={props.action}
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onContinue();
        }}
      >
        {page.fields.map((field) => (
          <Field
            key={field.name}
            field={field}
            value={props.values[field.name]}
            file={props.files.get(field.name)}
            error={errorFor(field.name)}
            heading={questionIsHeading && field === only}
            onChange={props.onValue}
            onFile={props.onFile}
          />
        ))}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button">
            Continue
          </button>
          {/* A plain button: Enter in a field still continues. */}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={props.onSaveForLater}>
            Save and come back later
          </button>
        </div>
      </form>
    </>
  );
}
