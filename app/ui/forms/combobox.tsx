'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { PickerOption } from '@/db/queries/list/pickers';

interface Props<T extends PickerOption> {
  /** `/api/parties` or `/api/sources`: answers `?q=` with PickerOption[]. */
  endpoint: string;
  inputId: string;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  onPick?: (option: T) => void;
  /**
   * Suggest mode (a GET filter): the input itself is the form field `name`, typed text is
   * submitted as it stands, and a pick writes `fill(option)` into it, as a datalist would.
   * Nothing is highlighted until the reader moves to it, so Enter still submits.
   */
  name?: string;
  defaultValue?: string;
  maxLength?: number;
  fill?: (option: T) => string;
}

/**
 * Search-as-you-type picker (WAI-ARIA combobox with a listbox popup): type, move with the
 * arrow keys, pick with Enter or a click. Fetches a few matches; never a 500-item select.
 */
export function Combobox<T extends PickerOption>({
  endpoint,
  inputId,
  placeholder,
  describedBy,
  invalid,
  onPick,
  name,
  defaultValue = '',
  maxLength,
  fill,
}: Props<T>) {
  const listId = useId();
  const [query, setQuery] = useState(defaultValue);
  const [options, setOptions] = useState<T[]>([]);
  // The text `options` answer: "No match" only once the server said so, not while it looks.
  const [answered, setAnswered] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);
  const suggest = fill !== undefined;

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`);
        const found = (await response.json()) as T[];
        if (ticket === request.current) {
          setOptions(found);
          setAnswered(query);
          setActive(found.length > 0 && !suggest ? 0 : -1);
        }
      } catch {
        if (ticket === request.current) {
          setOptions([]);
          setAnswered(query);
        }
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [endpoint, query, open, suggest]);

  const pick = (option: T | undefined) => {
    if (!option) return;
    onPick?.(option);
    setQuery(fill ? fill(option) : '');
    setOpen(false);
  };

  return (
    <div className="combobox">
      <input
        id={inputId}
        name={name}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={placeholder}
        maxLength={maxLength}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          // A filter suggests only once something is typed; a picker lists from the start.
          setOpen(!suggest || e.target.value.trim() !== '');
        }}
        onFocus={() => !suggest && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open && active >= 0) {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && (options.length > 0 || answered === query) && (
        <ul id={listId} role="listbox" className="combobox-list">
          {options.length === 0 && (
            <li role="option" aria-selected="false" aria-disabled="true" className="muted">
              No match
            </li>
          )}
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              <span>{o.label}</span>
              {o.detail && <span className="muted"> · {o.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
