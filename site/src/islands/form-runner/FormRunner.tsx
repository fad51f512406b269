import './no-eval';
import { useEffect, useRef, useState } from 'react';
import {
  accountAnswers,
  asksForAccountDetails,
  dateAndTime,
  nextPage,
  routeFor,
  type AnswerProblem,
  type FormDefinition,
  type SavedDraft,
} from '@doorstep/domain';
import { CheckAnswers } from './CheckAnswers';
import { Confirmation } from './Confirmation';
import { ErrorSummary } from './ErrorSummary';
import { BackLink, QuestionPageView } from './QuestionPageView';
import { initialState, stepFromUrl, urlFor, type Step } from './steps';
import { forget, freshSave, save, type Saved } from './storage';
import { SaveForLater } from './SaveForLater';
import { readAccountDetails, readServerCopy, signedInHere, writeServerCopy } from './server-copy';
import { sendAnswers } from './submit';
import { TextWithLinks } from './TextWithLinks';
import { answersToSend, checkedAnswers, firstUnfinishedPage, pageProblems } from './validate';

/** How long the answers rest before a signed-in resident's copy on the server is saved again. */
const AUTOSAVE_MS = 1500;

export interface FormRunnerProps {
  definition: FormDefinition;
  /** The submission endpoint. */
  action: string;
  /** "We aim to reply within 2 working days." */
  replyPromise: string;
  /** The form without JavaScript that this island takes over from. */
  fallbackId: string;
  serviceHref: string;
  /** A draft seen through a preview link: the questions run, and sending is refused. */
  preview?: boolean;
}

/** What a previewed form says instead of sending (issue 17, item 1). */
export const PREVIEW_REFUSAL = 'This is a preview: you cannot send this form';

/**
 * The web form, one page at a time: answers checked page by page with the
 * server's own schema, an error summary that takes focus, routing, check your
 * answers with change links, answers saved as you go, and a confirmation with
 * the reference and the reply-by date.
 */
export default function FormRunner({
  definition,
  action,
  replyPromise,
  fallbackId,
  serviceHref,
  preview = false,
}: FormRunnerProps) {
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
  const [signedIn] = useState(signedInHere);
  const [serverRead, setServerRead] = useState(!signedIn);
  const [serverCopy, setServerCopy] = useState<{ copy: SavedDraft; used: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const [filledFromAccount, setFilledFromAccount] = useState(false);
  const [saveToAccount, setSaveToAccount] = useState(false);
  const offerSaveToAccount = signedIn && asksForAccountDetails(definition);
  const latestValues = useRef(values);
  latestValues.current = values;
  const lastWritten = useRef('');
  const pendingWrite = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => save(definition.slug, saved), [definition.slug, saved]);

  // Signed in: the copy saved on the server, from this or another device. It fills an
  // empty form in; over answers already in this browser, it is offered, not forced.
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void readServerCopy(definition.slug).then(async (copy) => {
      if (!live) return;
      if (!copy || Object.keys(copy.answers).length === 0) {
        // Nothing saved: an empty form gets the account's details (name, phone, address, email).
        if (asksForAccountDetails(definition) && Object.keys(latestValues.current).length === 0) {
          const details = await readAccountDetails();
          const answers = details ? accountAnswers(definition, details) : {};
          if (live && Object.keys(answers).length > 0 && Object.keys(latestValues.current).length === 0) {
            // Not a saved form until the resident changes something.
            lastWritten.current = JSON.stringify(answers);
            setSaved((current) => ({ ...current, values: answers }));
            setFilledFromAccount(true);
          }
        }
        if (live) setServerRead(true);
        return;
      }
      setServerRead(true);
      lastWritten.current = JSON.stringify(copy.answers);
      const empty = Object.keys(latestValues.current).length === 0;
      if (empty) setSaved((current) => ({ ...current, values: copy.answers }));
      else if (JSON.stringify(latestValues.current) === lastWritten.current) return;
      setServerCopy({ copy, used: empty });
    });
    return () => {
      live = false;
    };
  }, [signedIn, definition.slug]);

  // Signed in: saved on the server as the resident goes, once the answers rest.
  useEffect(() => {
    if (!signedIn || !serverRead || sending || step.kind === 'sent') return;
    const body = JSON.stringify(values);
    if (Object.keys(values).length === 0 || body === lastWritten.current) return;
    const timer = setTimeout(() => {
      lastWritten.current = body;
      pendingWrite.current = writeServerCopy(definition.slug, values);
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [signedIn, serverRead, sending, step.kind, values, definition.slug]);

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
  }, [step, errors, saving, definition.title]);

  const go = (next: Step) => {
    setErrors([]);
    setSaving(false);
    setServerCopy((notice) => (notice?.used ? null : notice));
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
    if (preview) return setErrors([{ field: null, part: null, message: PREVIEW_REFUSAL }]);
    setSending(true);
    await pendingWrite.current; // an autosave still on its way must not land after the form is sent
    const result = await sendAnswers(
      action,
      saved.idempotencyKey,
      answersToSend(definition, values),
      files,
      undefined,
      { saveToAccount: offerSaveToAccount && saveToAccount },
    );
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

  if (saving) {
    return <SaveForLater definition={definition} values={values} signedIn={signedIn} onBack={() => setSaving(false)} />;
  }
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
          saveToAccount={offerSaveToAccount ? { checked: saveToAccount, onChange: setSaveToAccount } : null}
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
    <>
      {filledFromAccount && !serverCopy && (
        <div className="govuk-inset-text">
          We have filled in your details from your account. Check them: you can change them for this form.
        </div>
      )}
      {serverCopy && (
        <ServerCopyNotice
          notice={serverCopy}
          onUse={() => {
            setSaved((current) => ({ ...current, values: serverCopy.copy.answers }));
            setServerCopy({ ...serverCopy, used: true });
          }}
        />
      )}
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
        onSaveForLater={() => setSaving(true)}
        action={action}
      />
    </>
  );
}

function ServerCopyNotice({ notice, onUse }: { notice: { copy: SavedDraft; used: boolean }; onUse: () => void }) {
  const when = dateAndTime(notice.copy.savedAt);
  if (notice.used) return <div className="govuk-inset-text">We have filled in the answers you saved on {when}.</div>;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">You saved answers to this form in your account on {when}.</p>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onUse}>
        Use the answers you saved
      </button>
    </div>
  );
}
