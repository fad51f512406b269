import { useState, type KeyboardEvent } from 'react';
import { SuggestionList } from './SuggestionList';
import { useSuggestions } from './use-suggestions';

/**
 * The search box with suggestions, as an ARIA 1.2 combobox (the APG's "list
 * autocomplete"): the input keeps focus, arrow keys move through the suggestions,
 * Enter picks one or searches for what was typed, Escape closes the list, and the
 * number of suggestions is announced. Built here rather than with GOV.UK's
 * accessible-autocomplete 3.0.1, whose React build is 15.6 KB gzipped (it carries
 * its own polyfills, a twelfth of the map's budget) and whose Enter key does
 * nothing while the list is open and nothing is highlighted, so a typed postcode
 * could not be searched with Enter.
 */
export interface SearchBoxProps {
  id: string;
  hint: string;
  error: string | null;
  value: string;
  onValue: (value: string) => void;
  onSearch: (text: string) => void;
  suggest: (text: string) => Promise<string[]>;
}

export function SearchBox({ id, hint, error, value, onValue, onSearch, suggest }: SearchBoxProps) {
  const [typed, setTyped] = useState(false);
  const { options, active, setActive, open, setOpen, close } = useSuggestions(value, typed, suggest);
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: string) => {
    onValue(option);
    setTyped(false);
    setOpen(false);
    onSearch(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(options[active]!);
    }
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form
      className="app-search"
      role="search"
      aria-label="Grass verges"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTyped(false);
        setOpen(false);
        onSearch(value);
      }}
    >
      <div className={`govuk-form-group govuk-!-margin-bottom-0${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          Street name or postcode
        </label>
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {error && (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="app-search__row">
          <div className="app-combobox">
            <input
              className={`govuk-input${error ? ' govuk-input--error' : ''}`}
              id={id}
              name="q"
              type="text"
              role="combobox"
              autoComplete="off"
              enterKeyHint="search"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={listId}
              aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
              aria-describedby={describedBy}
              value={value}
              onChange={(event) => {
                onValue(event.target.value);
                setTyped(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
            <SuggestionList
              id={listId}
              options={options}
              active={active}
              open={open}
              optionId={optionId}
              onChoose={choose}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Search
          </button>
        </div>
      </div>
      <p className="govuk-visually-hidden" aria-live="polite">
        {open
          ? `${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}: use the up and down arrows to choose`
          : ''}
      </p>
    </form>
  );
}
