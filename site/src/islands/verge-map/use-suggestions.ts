import { useEffect, useState } from 'react';

/**
 * The suggestions for what is being typed, fetched a moment after the last key
 * (so fast typing asks once); an answer for older input is dropped.
 */
const SUGGEST_DELAY_MS = 150;

export function useSuggestions(value: string, typed: boolean, suggest: (text: string) => Promise<string[]>) {
  const [options, setOptions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!typed) return;
    let current = true;
    const timer = setTimeout(() => {
      suggest(value)
        .then((found) => {
          if (!current) return;
          setOptions(found);
          setActive(-1);
          // A list holding only what was typed would be noise.
          setOpen(found.length > 0 && !(found.length === 1 && found[0] === value));
        })
        .catch(() => current && setOpen(false));
    }, SUGGEST_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, typed, suggest]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  return { options, active, setActive, open, setOpen, close };
}
