import { useState } from 'react';
import { sitePaths, type FormDefinition } from '@doorstep/domain';
import { saveAsGuest, writeServerCopy } from './server-copy';

/**
 * "Save and come back later" (GOV.UK's save progress pattern). Signed in, the answers
 * go to the account; otherwise an email address gets a link and a code, and no
 * account is made. Files are never saved.
 */
export function SaveForLater(props: {
  definition: FormDefinition;
  values: Record<string, unknown>;
  signedIn: boolean;
  onBack: () => void;
}) {
  const { definition, values, signedIn } = props;
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<'saved' | 'sent' | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    if (signedIn) {
      const ok = await writeServerCopy(definition.slug, values);
      setBusy(false);
      if (ok) setDone('saved');
      else setError('Your answers could not be saved to your account. Try again, or sign in again.');
      return;
    }
    const result = await saveAsGuest(definition.slug, email, values);
    setBusy(false);
    if (result.ok) setDone('sent');
    else setError(result.message);
  };

  const back = (
    <a
      href="?"
      className="govuk-back-link"
      onClick={(event) => {
        event.preventDefault();
        props.onBack();
      }}
    >
      Back
    </a>
  );
  if (done === 'saved') {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" tabIndex={-1} data-step-heading>
            Your answers have been saved
          </h1>
        </div>
        <p className="govuk-body">
          You can come back to ‘{definition.title}’ on any device by signing in. Files are not saved: choose them again
          when you come back.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={sitePaths.account}>
            Go to your account
          </a>
        </p>
      </>
    );
  }
  if (done === 'sent') {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1} data-step-heading>
          Check your email
        </h1>
        <p className="govuk-body">
          We have saved your answers and sent a link and a code to <strong>{email}</strong>. The link works once.
        </p>
        <p className="govuk-body">It can take a few minutes, and it may be in your spam or junk folder.</p>
      </>
    );
  }
  return (
    <>
      {back}
      {error && (
        <div className="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <a href={signedIn ? '#save-for-later' : '#save-email'}>{error}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      )}
      <span className="govuk-caption-l">{definition.title}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} data-step-heading>
        Save your answers and come back later
      </h1>
      <form
        id="save-for-later"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {signedIn ? (
          <p className="govuk-body">We will save your answers in your account. Files are not saved.</p>
        ) : (
          <>
            <p className="govuk-body">
              We will email you a link and a code to come back to this form, on this or any other device. We do not make
              an account for you. Files are not saved.
            </p>
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--m" htmlFor="save-email">
                Email address
              </label>
              <div id="save-email-hint" className="govuk-hint">
                We only use it to send you the link.
              </div>
              {error && (
                <p id="save-email-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error}
                </p>
              )}
              <input
                className={`govuk-input${error ? ' govuk-input--error' : ''}`}
                id="save-email"
                name="email"
                type="email"
                autoComplete="email"
                spellCheck={false}
                aria-describedby={`save-email-hint${error ? ' save-email-error' : ''}`}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
          </>
        )}
        <button type="submit" className="govuk-button" disabled={busy}>
          {signedIn ? 'Save your answers' : 'Save and send the link'}
        </button>
      </form>
    </>
  );
}
