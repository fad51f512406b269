/** The combobox's listbox: the highlighted option is the input's aria-activedescendant. */
export function SuggestionList({
  id,
  options,
  active,
  open,
  optionId,
  onChoose,
}: {
  id: string;
  options: string[];
  active: number;
  open: boolean;
  optionId: (index: number) => string;
  onChoose: (option: string) => void;
}) {
  return (
    <ul className="app-combobox__list" id={id} role="listbox" aria-label="Suggestions" hidden={!open}>
      {options.map((option, index) => (
        <li
          key={option}
          id={optionId(index)}
          className="app-combobox__option"
          role="option"
          aria-selected={index === active}
          // Chosen on mouse down, before the input's blur closes the list.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(option);
          }}
        >
          {option}
        </li>
      ))}
    </ul>
  );
}
