'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { citationLine } from '@/app/lib/citation-line';
import styles from './view-tools.module.css';

const never = () => () => {};

interface Props {
  title: string;
  accessed: string;
  /** The permalink's path: the browser puts its own origin before it (never the request's Host). */
  path: string;
}

/**
 * The citation line, and a button copying it. The server sends the line with the path alone,
 * selectable; in the browser it gains the origin, and the button appears.
 */
export function CopyCitation({ title, accessed, path }: Props) {
  const origin = useSyncExternalStore(
    never,
    () => window.location.origin,
    () => null,
  );
  const text = citationLine({ title, accessed, url: `${origin ?? ''}${path}` });
  const line = useRef<HTMLParagraphElement>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(''), 5000);
    return () => clearTimeout(timer);
  }, [said]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied');
    } catch {
      // No clipboard (a page served over plain HTTP, a refused permission): select the line instead.
      const range = document.createRange();
      if (line.current) range.selectNodeContents(line.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setSaid('Selected: copy it with Ctrl+C (⌘C on a Mac)');
    }
  }

  return (
    <div>
      <dt>Cite</dt>
      <dd>
        <p ref={line} className={styles.citation}>
          {text}
        </p>
        {origin !== null && (
          <button type="button" className={`secondary ${styles.copy}`} onClick={copy}>
            Copy citation
          </button>
        )}{' '}
        <span role="status" className={styles.said}>
          {said}
        </span>
      </dd>
    </div>
  );
}
