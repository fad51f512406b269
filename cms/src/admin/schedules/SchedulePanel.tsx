import { useId, useState } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { unstable_useDocument as useDocument, useForm } from '@strapi/strapi/admin';
import { button } from '../case-view/styles';
import { paragraph } from '../shared/styles';
import { SCHEDULABLE_TYPES, useSchedules, type Schedule, type ScheduleFields } from './api';
import { forgetUpcoming } from './column';
import { DateTimeFields, type FieldName } from './DateTimeFields';

type Action = Schedule['action'];
type Said =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string; field: FieldName | null; problems: string[] };

const EMPTY: ScheduleFields = { day: '', month: '', year: '', time: '' };
const NAMES: Record<Action, { verb: string; noun: string; past: string }> = {
  publish: { verb: 'Publishes', noun: 'publishing', past: 'published' },
  unpublish: { verb: 'Unpublishes', noun: 'unpublishing', past: 'unpublished' },
};

interface Refusal {
  response?: { data?: { error?: { message?: string; details?: { field?: string; problems?: string[] } } } };
}

/** The route's refusal: its message, the field it names, and every problem. */
function refusalOf(error: unknown): Extract<Said, { state: 'failed' }> {
  const refused = (error as Refusal).response?.data?.error;
  const field = refused?.details?.field;
  const problems = refused?.details?.problems ?? [];
  return {
    state: 'failed',
    message: refused?.message ?? (error instanceof Error ? error.message : 'That did not work; try again'),
    field: field === 'date' || field === 'time' ? field : null,
    problems: problems.length > 1 ? problems : [],
  };
}

/** One schedule: what and when, who set it, why it failed; and its Cancel button for an Editor. */
function ScheduleSummary(props: { schedule: Schedule; mayCancel: boolean; onCancel: () => void; busy: boolean }) {
  const { schedule } = props;
  const names = NAMES[schedule.action];
  return (
    <div style={{ marginBottom: '1rem' }}>
      {schedule.state === 'failed' ? (
        <>
          <p style={{ ...paragraph, margin: 0, fontWeight: 600 }}>
            Not {names.past} on {schedule.label}, because:
          </p>
          <ul style={{ ...paragraph, paddingLeft: '1.5rem', listStyle: 'disc' }}>
            {schedule.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : (
        <p style={{ ...paragraph, margin: '0 0 0.5rem' }}>
          <strong>
            {names.verb} {schedule.label}
          </strong>{' '}
          (UK time). Scheduled by {schedule.scheduledBy}.
        </p>
      )}
      {props.mayCancel && (
        <button type="button" style={button} disabled={props.busy} onClick={props.onCancel}>
          {schedule.state === 'failed' ? 'Dismiss' : `Cancel ${names.noun}`}
        </button>
      )}
    </div>
  );
}

interface Props {
  type: string;
  model: string;
  collectionType: string;
  documentId: string;
}

function SchedulePanelContent({ type, model, collectionType, documentId }: Props) {
  const id = useId();
  const { document } = useDocument({ model, collectionType, documentId });
  const version = `${String(document?.updatedAt ?? '')}|${String(document?.status ?? '')}`;
  const { loaded, schedule, cancel } = useSchedules(type, documentId, version);
  const modified = useForm('SchedulePanel', (form) => form.modified);
  const [action, setAction] = useState<Action>('publish');
  const [fields, setFields] = useState<ScheduleFields>(EMPTY);
  const [said, setSaid] = useState<Said>({ state: 'idle' });

  const run = async (work: () => Promise<void>, done: string) => {
    setSaid({ state: 'sending' });
    try {
      await work();
      forgetUpcoming();
      setSaid({ state: 'done', message: done });
      return true;
    } catch (error) {
      setSaid(refusalOf(error));
      return false;
    }
  };
  const submit = async () => {
    if (await run(() => schedule(action, fields), `Scheduled ${NAMES[action].noun}.`)) setFields(EMPTY);
  };

  if (loaded.state === 'loading') return <p style={paragraph}>Loading…</p>;
  if (loaded.state === 'failed') return <p style={paragraph}>{loaded.message}</p>;
  const { schedules, mayPublish } = loaded.data;
  const failed = said.state === 'failed' ? said : null;
  return (
    <div id="doorstep-schedule" style={{ width: '100%' }}>
      {schedules.length === 0 && <p style={paragraph}>Nothing is scheduled.</p>}
      {schedules.map((known) => (
        <ScheduleSummary
          key={known.action}
          schedule={known}
          mayCancel={mayPublish}
          busy={said.state === 'sending'}
          onCancel={() =>
            void run(
              () => cancel(known.action),
              known.state === 'failed' ? 'Dismissed.' : `Cancelled ${NAMES[known.action].noun}.`,
            )
          }
        />
      ))}
      {!mayPublish && <p style={paragraph}>Only Editors can schedule publishing.</p>}
      {mayPublish && (
        // Not a <form>: the edit view is Strapi's form, and a form inside it would submit (save) it too. Enter
        // in a box schedules, as a form's would, and never reaches Strapi's form.
        <div
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
            event.preventDefault();
            if (!modified && said.state !== 'sending') void submit();
          }}
        >
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}>
            <legend style={{ ...paragraph, fontWeight: 600, margin: 0 }}>What to schedule</legend>
            {(['publish', 'unpublish'] as const).map((choice) => (
              <div
                key={choice}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: '0.75rem',
                  margin: '0.5rem 0',
                  fontSize: '1.4rem',
                }}
              >
                {/* 24 px at least, with room between (WCAG 2.5.8 target size). */}
                <input
                  style={{ width: '2.4rem', height: '2.4rem', margin: 0 }}
                  type="radio"
                  id={`${id}-${choice}`}
                  name={`${id}-action`}
                  checked={action === choice}
                  onChange={() => setAction(choice)}
                />
                <label htmlFor={`${id}-${choice}`}>{choice === 'publish' ? 'Publish on' : 'Unpublish on'}</label>
              </div>
            ))}
          </fieldset>
          <DateTimeFields
            value={fields}
            onChange={setFields}
            error={failed?.field ? { field: failed.field, message: failed.message } : null}
          />
          {modified && <p style={paragraph}>Save your changes first: the saved draft is what gets published.</p>}
          <button
            type="button"
            style={button}
            disabled={modified || said.state === 'sending'}
            onClick={() => void submit()}
          >
            Schedule
          </button>
        </div>
      )}
      <div role="status" style={{ ...paragraph, marginTop: '0.5rem', whiteSpace: 'pre-line' }}>
        {said.state === 'done' && said.message}
        {failed && !failed.field && failed.problems.length === 0 && failed.message}
        {failed && failed.problems.length > 0 && (
          <>
            <strong>It cannot be scheduled to publish yet:</strong>
            <ul style={{ paddingLeft: '1.5rem', listStyle: 'disc', margin: '0.25rem 0 0' }}>
              {failed.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * "Schedule" in the edit view's side panel, for the five editorial types once saved:
 * what is scheduled (or failed) and, for an Editor, a form to schedule publishing or
 * unpublishing at a UK date and time, and a button to cancel.
 */
export const SchedulePanel: PanelComponent = ({ model, documentId, collectionType }) => {
  const type = SCHEDULABLE_TYPES[model];
  if (!type || !documentId || documentId === 'create') return null;
  return {
    title: 'Schedule',
    content: <SchedulePanelContent type={type} model={model} collectionType={collectionType} documentId={documentId} />,
  };
};
