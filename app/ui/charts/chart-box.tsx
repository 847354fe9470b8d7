'use client';

import { useRef, useState } from 'react';
import styles from './plot.module.css';

interface Tip {
  text: string;
  x: number;
  y: number;
  /** Which side of the point the box goes, so it stays inside the chart. */
  left: boolean;
  up: boolean;
}

type Mark = HTMLElement | SVGElement;

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The box a chart is drawn in, and the overview charts' only script: pointing at (or
 * tapping) a mark shows its `data-tip` text beside it. A chart with such marks takes the
 * keyboard focus; the arrow keys, Home and End then step through its marks. Without
 * JavaScript the chart reads the same, and its figures are in the table under it.
 */
export function ChartBox({ children, ...box }: React.HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement | null>(null);
  const active = useRef<Mark | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  function show(mark: Mark | null, at?: { x: number; y: number }) {
    active.current?.removeAttribute('data-active');
    active.current = mark;
    const frame = ref.current?.getBoundingClientRect();
    if (!mark || !frame) return setTip(null);
    const r = mark.getBoundingClientRect();
    const x = (at?.x ?? r.left + r.width / 2) - frame.left;
    const y = (at?.y ?? r.top + r.height / 2) - frame.top;
    setTip({ text: mark.getAttribute('data-tip') ?? '', x, y, left: x > frame.width / 2, up: y > frame.height / 2 });
  }

  function point(event: React.PointerEvent) {
    const mark = event.target instanceof Element ? event.target.closest<Mark>('[data-tip]') : null;
    show(mark && ref.current?.contains(mark) ? mark : null, { x: event.clientX, y: event.clientY });
  }

  function key(event: React.KeyboardEvent) {
    const marks = [...(ref.current?.querySelectorAll<Mark>('[data-tip]') ?? [])];
    const at = active.current ? marks.indexOf(active.current) : -1;
    const step = STEPS[event.key];
    let next: number;
    if (step !== undefined) next = at < 0 ? (step > 0 ? 0 : marks.length - 1) : (at + step + marks.length) % marks.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = marks.length - 1;
    else if (event.key === 'Escape') return show(null);
    else return;
    const mark = marks[next];
    if (!mark) return;
    event.preventDefault();
    show(mark);
    mark.setAttribute('data-active', '');
  }

  return (
    <div
      {...box}
      // Only a chart drawn on the server, with marks to step through, is a tab stop.
      ref={(el) => {
        ref.current = el;
        if (el?.querySelector('[data-chart]')) el.tabIndex = 0;
      }}
      onPointerMove={point}
      onPointerDown={point}
      onPointerLeave={() => show(null)}
      onKeyDown={key}
      onBlur={() => show(null)}
    >
      {children}
      {tip && (
        <div role="tooltip" className={styles.tooltip} data-left={tip.left || undefined} data-up={tip.up || undefined} style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
    </div>
  );
}
