import './no-eval';
import { useEffect, useRef, useState } from 'react';
import { nextPage, routeFor, type AnswerProblem, type FormDefinition } from '@doorstep/domain';
import { CheckAnswers } from './CheckAnswers';
import { Confirmation } from './Confirmation';
import { ErrorSummary } from './ErrorSummary';
import { BackLink, QuestionPageView } from './QuestionPageView';
import { initialState, stepFromUrl, urlFor, type Step } from './steps';
import { forget, freshSave, save, type Saved } from './storage';
import { sendAnswers } from './submit';
import { TextWithLinks } from './TextWithLinks';
import { answersToSend, checkedAnswers, firstUnfinishedPage, pageProblems } from './validate';

export interface FormRunnerProps {
  definition: FormDefinition;
  /** The submission endpoint. */
  action: string;
  /** "We aim to reply within 2 working days." */
  replyPromise: string;
  /** The form without JavaScript that this island takes over from. */
  fallbackId: string;
  serviceHref: string;
}

/**
 * The web form, one page at a time: answers checked page by page with the
 * server's own schema, an error summary that takes focus, routing, check your
 * answers with change links, answers saved as you go, and a confirmation with
 * the reference and the reply-by date.
 */
export default function FormRunner({ definition, action, replyPromise, fallbackId, serviceHref }: FormRunnerProps) {
  const [state] = useState(() => initialState(definition, fallbackId));
  const [saved, setSaved] = useState<Saved>(state.saved);
  const [step, setStep] = useState<Step>(state.step);
  const [files, setFiles] = useState<Map<string, File>>(new Map());
  const [errors, setErrors] = useState<AnswerProblem[]>([]);
  const [sending, setSending] = useState(false);
  const [returnToCheck, setReturnToCheck] = useState(false);
  const moved = useRef(false);
  const title = useRef(document.title);
  const values = saved.values;

  useEffect(() => save(definition.slug, saved), [definition.slug, saved]);

  // The browser's back and forward buttons move between pages as they would on a multi-page form.
  useEffect(() => {
    const onPop = () => {
      setErrors([]);
      setStep(stepFromUrl(definition, saved));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [definition, saved]);

  // Alert banners belong to the form's first page; later steps and the confirmation keep to the task.
  useEffect(() => {
    const first = routeFor(definition, values).pages[0]?.id;
    const onFirstPage = step.kind === 'page' && step.id === first;
    for (const banners of document.querySelectorAll<HTMLElement>('[data-alert-banners]')) banners.hidden = !onFirstPage;
  }, [step, definition, values]);

  // A new step is a new page: say so in the title, and put focus on its heading (or the errors).
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('[data-step-heading]');
    const stepTitle = heading?.textContent ?? definition.title;
    document.title = `${errors.length > 0 ? 'Error: ' : ''}${stepTitle} - ${title.current}`;
    if (moved.current && errors.length === 0) heading?.focus();
    moved.current = true;
  }, [step, errors, definition.title]);

  const go = (next: Step) => {
    setErrors([]);
    setStep(next);
    window.history.pushState(null, '', urlFor(next));
  };
  const setValue = (name: string, value: unknown) =>
    setSaved((current) => ({ ...current, values: { ...current.values, [name]: value } }));
  const setFile = (name: string, file: File | undefined) =>
    setFiles((current) => {
      const next = new Map(current);
      if (file) next.set(name, file);
      else next.delete(name);
      return next;
    });

  const continueFrom = (pageId: string) => {
    const page = routeFor(definition, values).pages.find((candidate) => candidate.id === pageId);
    if (!page) return go(stepFromUrl(definition, saved));
    const problems = pageProblems(page, values, files);
    if (problems.length > 0) return setErrors(problems);
    const next = returnToCheck ? firstUnfinishedPage(definition, values, files) : nextPage(definition, values, pageId);
    if (next?.kind === 'exit') return go({ kind: 'exit', id: next.id });
    if (next && (!returnToCheck || next.id !== pageId)) return go({ kind: 'page', id: next.id });
    setReturnToCheck(false);
    if (definition.checkAnswers) return go({ kind: 'check' });
    void send();
  };

  const send = async () => {
    const checked = checkedAnswers(definition, values, files);
    if ('problems' in checked) {
      const page = firstUnfinishedPage(definition, values, files);
      if (page) go({ kind: 'page', id: page.id });
      return;
    }
    setSending(true);
    const result = await sendAnswers(action, saved.idempotencyKey, answersToSend(definition, values), files);
    setSending(false);
    if (result.ok) {
      forget(definition.slug);
      setSaved({ ...freshSave(), receipt: result.receipt });
      return go({ kind: 'sent' });
    }
    if (result.kind === 'answers') {
      // The server found what the browser did not (a form changed since the page loaded):
      // show the page of the first problem, with the server's messages.
      const pages = routeFor(definition, values).pages;
      const first = result.errors.find((error) => error.field)?.field;
      const page = pages.find((candidate) => candidate.fields.some((field) => field.name === first)) ?? pages[0];
      if (page) go({ kind: 'page', id: page.id });
      return setErrors(result.errors);
    }
    setErrors([{ field: null, part: null, message: result.message }]);
  };

  const route = routeFor(definition, values);
  const previous = (pageId: string | null) => {
    const index = pageId === null ? route.pages.length : route.pages.findIndex((page) => page.id === pageId);
    return index > 0 ? (route.pages[index - 1]?.id ?? null) : null;
  };
  const back = (to: string | null) => to && <BackLink pageId={to} onBack={() => go({ kind: 'page', id: to })} />;

  if (step.kind === 'sent' && saved.receipt) return <Confirmation definition={definition} receipt={saved.receipt} />;
  if (step.kind === 'exit') {
    const exit = definition.pages.find((page) => page.kind === 'exit' && page.id === step.id);
    return (
      <>
        {back(previous(null))}
        <h1 className="govuk-heading-l" tabIndex={-1} data-step-heading>
          {exit?.kind === 'exit' ? exit.title : definition.title}
        </h1>
        <p className="govuk-body">{exit?.kind === 'exit' && <TextWithLinks text={exit.body} />}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={serviceHref}>
            Go back to the service
          </a>
        </p>
      </>
    );
  }
  if (step.kind === 'check') {
    const checked = checkedAnswers(definition, values, files);
    if ('problems' in checked) return null; // stepFromUrl never lands here with unfinished answers
    return (
      <>
        {back(previous(null))}
        <ErrorSummary errors={errors} />
        <CheckAnswers
          definition={definition}
          answers={checked.answers}
          sending={sending}
          onChange={(pageId) => {
            setReturnToCheck(true);
            go({ kind: 'page', id: pageId });
          }}
          onSend={() => void send()}
        />
      </>
    );
  }
  const page = route.pages.find((candidate) => candidate.id === (step.kind === 'page' ? step.id : ''));
  if (!page) return null;
  const backTo = previous(page.id);
  return (
    <QuestionPageView
      definition={definition}
      page={page}
      first={page.id === route.pages[0]?.id}
      backTo={backTo}
      onBack={() => backTo && go({ kind: 'page', id: backTo })}
      replyPromise={replyPromise}
      values={values}
      files={files}
      errors={errors}
      onValue={setValue}
      onFile={setFile}
      onContinue={() => continueFrom(page.id)}
      action={action}
    />
  );
}
