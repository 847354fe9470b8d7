'use client';

import { useState } from 'react';
import { Combobox } from './combobox';

export interface CitationDraft {
  source: { id: number; label: string } | null;
  /** Set when the editor describes a source not yet in the tracker. */
  newSource: { title: string; publisher: string; url: string; publishedOn: string; language: string } | null;
  quote: string;
}

const EMPTY_SOURCE = { title: '', publisher: '', url: '', publishedOn: '', language: 'en' };

/** What the server receives: `[{ sourceId, quote } | { newSource, quote }]` as JSON in one hidden field. */
export function citationsJson(drafts: CitationDraft[]): string {
  return JSON.stringify(
    drafts.map((d) =>
      d.newSource ? { newSource: d.newSource, quote: d.quote } : { sourceId: d.source?.id, quote: d.quote },
    ),
  );
}

interface Props {
  initial: CitationDraft[];
  errors?: string[];
  onChange?: () => void;
}

/** Sources for an entry: pick an existing source or describe a new one, each with its quote. */
export function CitationsEditor({ initial, errors, onChange }: Props) {
  const [drafts, setDrafts] = useState<CitationDraft[]>(
    initial.length > 0 ? initial : [{ source: null, newSource: null, quote: '' }],
  );
  const update = (index: number, change: Partial<CitationDraft>) => {
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)));
    setTimeout(() => onChange?.(), 0);
  };
  const invalid = Boolean(errors?.length);

  return (
    <fieldset className="citations" aria-describedby="field-citations-error">
      <legend>Sources *</legend>
      <p className="form-hint">
        Every entry cites at least one source, with the supporting quote in its original language.
      </p>
      <input type="hidden" name="citations" value={citationsJson(drafts)} />
      {drafts.map((draft, i) => {
        const prefix = `citation-${i}`;
        return (
          <div key={i} className="citation-draft">
            <p className="citation-draft-head">
              <strong>Source {i + 1}</strong>
              {drafts.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}
                >
                  Remove source {i + 1}
                </button>
              )}
            </p>
            {draft.newSource ? (
              <div className="form-grid">
                {(
                  [
                    ['title', 'Source title', 'text'],
                    ['publisher', 'Publisher', 'text'],
                    ['url', 'Link (https://…)', 'url'],
                    ['publishedOn', 'Published on', 'date'],
                    ['language', 'Language code (fr, en…)', 'text'],
                  ] as const
                ).map(([key, label, type]) => (
                  <div key={key} className="form-field">
                    <label htmlFor={`${prefix}-${key}`}>{label}</label>
                    <input
                      id={`${prefix}-${key}`}
                      type={type}
                      value={draft.newSource?.[key] ?? ''}
                      maxLength={key === 'url' ? 2000 : 300}
                      onChange={(e) =>
                        update(i, {
                          newSource: { ...(draft.newSource ?? EMPTY_SOURCE), [key]: e.target.value },
                        })
                      }
                    />
                  </div>
                ))}
                <p>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update(i, { newSource: null })}
                  >
                    Pick an existing source instead
                  </button>
                </p>
              </div>
            ) : draft.source ? (
              <p>
                <span className="chip">{draft.source.label}</span>{' '}
                <button type="button" className="link-button" onClick={() => update(i, { source: null })}>
                  Change source {i + 1}
                </button>
              </p>
            ) : (
              <div className="form-field">
                <label htmlFor={`${prefix}-search`}>Find a source</label>
                <Combobox
                  endpoint="/api/sources"
                  inputId={`${prefix}-search`}
                  placeholder="Search by title or publisher…"
                  invalid={invalid}
                  onPick={(o) => update(i, { source: { id: o.id, label: o.label } })}
                />
                <p>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update(i, { newSource: { ...EMPTY_SOURCE } })}
                  >
                    Or add a new source
                  </button>
                </p>
              </div>
            )}
            <div className="form-field">
              <label htmlFor={`${prefix}-quote`}>Quote from source {i + 1}</label>
              <textarea
                id={`${prefix}-quote`}
                rows={2}
                maxLength={2000}
                value={draft.quote}
                onChange={(e) => update(i, { quote: e.target.value })}
              />
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => setDrafts((all) => [...all, { source: null, newSource: null, quote: '' }])}
      >
        Add another source
      </button>
      <div id="field-citations-error" aria-live="polite" className="form-error">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </fieldset>
  );
}
