'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { PickerOption } from '@/db/queries/pickers';

interface Props {
  /** `/api/parties` or `/api/sources`: answers `?q=` with PickerOption[]. */
  endpoint: string;
  inputId: string;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  onPick: (option: PickerOption) => void;
}

/**
 * Search-as-you-type picker (WAI-ARIA combobox with a listbox popup): type, move with the
 * arrow keys, pick with Enter or a click. Fetches a few matches; never a 500-item select.
 */
export function Combobox({ endpoint, inputId, placeholder, describedBy, invalid, onPick }: Props) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`);
        const found = (await response.json()) as PickerOption[];
        if (ticket === request.current) {
          setOptions(found);
          setActive(found.length > 0 ? 0 : -1);
        }
      } catch {
        if (ticket === request.current) setOptions([]);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [endpoint, query, open]);

  const pick = (option: PickerOption | undefined) => {
    if (!option) return;
    onPick(option);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="combobox">
      <input
        id={inputId}
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
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
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
      {open && (
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
