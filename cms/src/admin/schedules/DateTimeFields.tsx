import { useId, type CSSProperties } from 'react';
import type { ScheduleFields } from './api';

const labelStyle: CSSProperties = { display: 'block', fontSize: '1.4rem', fontWeight: 600, lineHeight: 1.5 };
const hint: CSSProperties = {
  display: 'block',
  fontSize: '1.3rem',
  lineHeight: 1.5,
  opacity: 0.85,
  margin: '0 0 0.25rem',
};
const errorText: CSSProperties = {
  display: 'block',
  fontSize: '1.4rem',
  fontWeight: 700,
  color: '#d02b20',
  margin: '0 0 0.25rem',
};
const input = (invalid: boolean, width: string): CSSProperties => ({
  display: 'block',
  width,
  padding: '0.3rem 0.4rem',
  font: 'inherit',
  fontSize: '1.4rem',
  color: 'inherit',
  background: 'transparent',
  border: `${invalid ? 3 : 1}px solid ${invalid ? '#d02b20' : 'currentColor'}`,
  borderRadius: '4px',
});

export type FieldName = 'date' | 'time';

/**
 * The date and time to schedule for, as GOV.UK asks for a date (a fieldset with Day,
 * Month and Year boxes: https://design-system.service.gov.uk/components/date-input/)
 * and a time box with a hint; an error is said above its field and tied to it.
 */
export function DateTimeFields(props: {
  value: ScheduleFields;
  onChange: (value: ScheduleFields) => void;
  error: { field: FieldName; message: string } | null;
}) {
  const id = useId();
  const { value, onChange, error } = props;
  const dateError = error?.field === 'date' ? error.message : null;
  const timeError = error?.field === 'time' ? error.message : null;
  const box = (name: 'day' | 'month' | 'year', label: string, width: string) => (
    <div style={{ marginRight: '0.75rem' }}>
      <label htmlFor={`${id}-${name}`} style={{ ...labelStyle, fontWeight: 400 }}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        inputMode="numeric"
        autoComplete="off"
        style={input(Boolean(dateError), width)}
        value={value[name]}
        aria-invalid={Boolean(dateError)}
        onChange={(event) => onChange({ ...value, [name]: event.target.value })}
      />
    </div>
  );
  return (
    <>
      <fieldset
        style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}
        aria-describedby={`${id}-date-hint${dateError ? ` ${id}-date-error` : ''}`}
      >
        <legend style={labelStyle}>Date</legend>
        <span id={`${id}-date-hint`} style={hint}>
          For example, 5 1 2027
        </span>
        {dateError && (
          <span id={`${id}-date-error`} style={errorText}>
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
              Error:
            </span>{' '}
            {dateError}
          </span>
        )}
        <div style={{ display: 'flex' }}>
          {box('day', 'Day', '3.5rem')}
          {box('month', 'Month', '3.5rem')}
          {box('year', 'Year', '5rem')}
        </div>
      </fieldset>
      <div style={{ marginBottom: '0.75rem' }}>
        <label htmlFor={`${id}-time`} style={labelStyle}>
          Time (UK time)
        </label>
        <span id={`${id}-time-hint`} style={hint}>
          For example, 9:30am or 14:30
        </span>
        {timeError && (
          <span id={`${id}-time-error`} style={errorText}>
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
              Error:
            </span>{' '}
            {timeError}
          </span>
        )}
        <input
          id={`${id}-time`}
          name="time"
          autoComplete="off"
          style={input(Boolean(timeError), '7rem')}
          value={value.time}
          aria-invalid={Boolean(timeError)}
          aria-describedby={`${id}-time-hint${timeError ? ` ${id}-time-error` : ''}`}
          onChange={(event) => onChange({ ...value, time: event.target.value })}
        />
      </div>
    </>
  );
}
