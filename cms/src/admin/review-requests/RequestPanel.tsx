import { useId, useState } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { unstable_useDocument as useDocument, useForm } from '@strapi/strapi/admin';
import { button } from '../case-view/styles';
import { problemOf } from '../shared/fetch';
import { dateAndTime } from '../shared/format';
import { paragraph } from '../shared/styles';
import { REQUESTABLE_TYPES, useRequest, type ReviewRequest } from './api';

type Sent =
  { state: 'idle' } | { state: 'sending' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

const textarea = {
  display: 'block',
  width: '100%',
  minHeight: '5rem',
  margin: '0.25rem 0 0.5rem',
  padding: '0.4rem',
  font: 'inherit',
  fontSize: '1.4rem',
  color: 'inherit',
  background: 'transparent',
  border: '1px solid currentColor',
  borderRadius: '4px',
} as const;
const label = { ...paragraph, display: 'block', fontWeight: 600, margin: 0 } as const;

/** What the request says, for the Author and the Editor alike. */
function RequestSummary({ request }: { request: ReviewRequest }) {
  if (request.state === 'sent-back' && request.sentBack) {
    return (
      <p style={{ ...paragraph, whiteSpace: 'pre-line' }}>
        Sent back by {request.sentBack.by} on {dateAndTime(request.sentBack.at)}: {request.sentBack.note}
      </p>
    );
  }
  return (
    <>
      <p style={paragraph}>
        Asked for review by {request.askedBy} on {dateAndTime(request.askedAt)}.
      </p>
      {request.note && <p style={{ ...paragraph, whiteSpace: 'pre-line' }}>Note: {request.note}</p>}
    </>
  );
}

/** A note and a button: asking for review, or sending back. `onSend` says whether it was sent. */
function NoteForm(props: {
  label: string;
  action: string;
  disabled: boolean;
  onSend: (note: string) => Promise<boolean>;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const send = async () => {
    if (await props.onSend(note)) setNote('');
  };
  return (
    <div style={{ marginBottom: '1rem' }}>
      <label htmlFor={id} style={label}>
        {props.label}
      </label>
      <textarea
        id={id}
        style={textarea}
        value={note}
        maxLength={1000}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="button" style={button} disabled={props.disabled} onClick={() => void send()}>
        {props.action}
      </button>
    </div>
  );
}

interface Props {
  type: string;
  model: string;
  collectionType: string;
  documentId: string;
}

function RequestPanelContent({ type, model, collectionType, documentId }: Props) {
  const { document } = useDocument({ model, collectionType, documentId });
  // Saving or publishing changes these: the request is read again (publishing clears it).
  const version = `${String(document?.updatedAt ?? '')}|${String(document?.status ?? '')}`;
  const { loaded, ask, sendBack } = useRequest(type, documentId, version);
  const modified = useForm('RequestPanel', (form) => form.modified);
  // Said here, not in the form: asking replaces the form, and the answer must stay.
  const [sent, setSent] = useState<Sent>({ state: 'idle' });
  const sender = (action: (note: string) => Promise<void>, done: string) => async (note: string) => {
    setSent({ state: 'sending' });
    try {
      await action(note);
      setSent({ state: 'done', message: done });
      return true;
    } catch (error) {
      setSent({ state: 'failed', message: problemOf(error, 'That did not work; try again') });
      return false;
    }
  };
  const status = (
    <p role="status" style={{ ...paragraph, marginTop: '0.5rem' }}>
      {(sent.state === 'done' || sent.state === 'failed') && sent.message}
    </p>
  );
  if (loaded.state === 'loading') return <p style={paragraph}>Loading…</p>;
  if (loaded.state === 'failed') return <p style={paragraph}>{loaded.message}</p>;
  const { request, mayAsk, mayPublish } = loaded.data;
  const waiting = request?.state === 'waiting';
  return (
    <div id="doorstep-review-request" style={{ width: '100%' }}>
      {request && <RequestSummary request={request} />}
      {mayAsk && !waiting && (
        <>
          <p style={paragraph}>
            {modified ? 'Save your changes first, then ' : 'Finished? '}ask an Editor to review this draft and publish
            it.
          </p>
          <NoteForm
            label="Note for the reviewer (optional)"
            action="Ask for review"
            disabled={modified || sent.state === 'sending'}
            onSend={sender(ask, 'Asked for review. Editors see it in “Ready for review”.')}
          />
        </>
      )}
      {waiting && !mayPublish && <p style={paragraph}>Waiting for an Editor to review and publish it.</p>}
      {waiting && mayPublish && (
        <>
          <p style={paragraph}>Publishing it clears this request. Or send it back with a note saying what to change.</p>
          <NoteForm
            label="What to change"
            action="Send back"
            disabled={sent.state === 'sending'}
            onSend={sender(sendBack, `Sent back to ${request.askedBy}.`)}
          />
        </>
      )}
      {status}
    </div>
  );
}

/**
 * "Review before publishing" in the edit view's side panel, for the five types Authors
 * write, once saved: an Author asks for review; an Editor sees the request and may send it back.
 */
export const RequestPanel: PanelComponent = ({ model, documentId, collectionType }) => {
  const type = REQUESTABLE_TYPES[model];
  if (!type || !documentId || documentId === 'create') return null;
  return {
    title: 'Review before publishing',
    content: <RequestPanelContent type={type} model={model} collectionType={collectionType} documentId={documentId} />,
  };
};
