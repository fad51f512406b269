import { useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { button, heading, muted } from './styles';
import { casePath } from './use-case';

type Sent =
  { state: 'idle' } | { state: 'sending' } | { state: 'sent'; to: string } | { state: 'failed'; message: string };

const problemOf = (error: unknown): string => {
  const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
  return message ?? (error instanceof Error ? error.message : 'The email could not be sent');
};

/**
 * A resident who cannot sign in (the code expired, the email went to spam) is sent a
 * new sign-in email by the caseworker on the phone to them, as FixMyStreet's staff do.
 * The resident's own limits apply; the timeline records it as a staff note.
 */
export function ResendSignIn({ documentId, email }: { documentId: string; email: string }) {
  const { post } = useFetchClient();
  const [sent, setSent] = useState<Sent>({ state: 'idle' });
  const send = async () => {
    setSent({ state: 'sending' });
    try {
      const response = await post<{ data: { sentTo: string } }>(`${casePath(documentId)}/sign-in-email`, {});
      setSent({ state: 'sent', to: response.data.data.sentTo });
    } catch (error) {
      setSent({ state: 'failed', message: problemOf(error) });
    }
  };
  return (
    <section aria-labelledby="case-sign-in" style={{ marginTop: '1.5rem' }}>
      <h3 id="case-sign-in" style={heading}>
        The resident’s account
      </h3>
      <p style={muted}>If {email} cannot sign in, send them a new sign-in email with a code.</p>
      <p style={{ marginTop: '0.5rem' }}>
        <button type="button" style={button} disabled={sent.state === 'sending'} onClick={() => void send()}>
          Resend sign-in email
        </button>
      </p>
      <p role="status" style={{ marginTop: '0.5rem' }}>
        {sent.state === 'sent' && `Sign-in email sent to ${sent.to}`}
        {sent.state === 'failed' && sent.message}
      </p>
    </section>
  );
}
