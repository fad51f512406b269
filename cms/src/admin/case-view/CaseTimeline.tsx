import { useField } from '@strapi/strapi/admin';
import { ENUM_LABELS } from '@doorstep/domain/enum-labels';
import type { CaseFieldProps } from './CaseAnswers';
import { heading, key, muted, row, value } from './styles';

interface Entry {
  at: string;
  status: string;
  by: string;
  note?: string | null;
  message?: string | null;
}

const text = (candidate: unknown): string | null => (typeof candidate === 'string' && candidate ? candidate : null);

/** The stored timeline, read leniently: an entry missing its parts is still shown. */
function entriesOf(stored: unknown): Entry[] {
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry: Record<string, unknown>) => ({
    at: text(entry.at) ?? '',
    status: text(entry.status) ?? '',
    by: text(entry.by) ?? 'unknown',
    note: text(entry.note),
    message: text(entry.message),
  }));
}

/** "3 December 2026 at 14:05", in the UK's time, as staff read it. */
const when = (at: string) =>
  Number.isNaN(Date.parse(at))
    ? at
    : new Date(at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * The `global::case-timeline` field: what happened to the case, oldest first, as a
 * list. The form's own value, so a saved status change shows at once. What the
 * resident was told and the staff-only note are labelled apart.
 */
export default function CaseTimeline({ name = 'timeline', label }: CaseFieldProps) {
  const { value: stored } = useField<unknown>(name);
  const entries = entriesOf(stored);
  const id = `case-field-${name}`;
  return (
    <div>
      <h2 id={id} style={heading}>
        {label ?? 'Timeline'}
      </h2>
      {entries.length === 0 && <p style={muted}>Nothing has happened yet.</p>}
      <ol aria-labelledby={id} style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {entries.map((entry, index) => (
          <li key={index} style={{ ...row, gridTemplateColumns: 'minmax(8rem, 1fr) 2fr' }}>
            <span style={key}>{when(entry.at)}</span>
            <div style={value}>
              <div>
                <strong>{ENUM_LABELS[entry.status] ?? entry.status}</strong> <span style={muted}>by {entry.by}</span>
              </div>
              {entry.message && <div>Message to the resident: {entry.message}</div>}
              {entry.note && <div>Internal note: {entry.note}</div>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
