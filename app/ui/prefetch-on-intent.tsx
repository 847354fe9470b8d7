'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Paths that are not pages: nothing for the router to prefetch. */
const NOT_PAGES = /^\/(?:api|_next)\//;

/**
 * Prefetches the page behind a link when the reader points at it, focuses it or touches it:
 * one listener for the whole document, for the links of app/ui/link.tsx, which do not
 * prefetch when they scroll into view.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || NOT_PAGES.test(url.pathname)) return;
      // A link to a place on this page moves no route.
      if (url.pathname === location.pathname && url.search === location.search) return;
      router.prefetch(`${url.pathname}${url.search}`);
    };
    const events = ['pointerover', 'focusin', 'touchstart'] as const;
    for (const name of events) document.addEventListener(name, onIntent, { passive: true });
    return () => {
      for (const name of events) document.removeEventListener(name, onIntent);
    };
  }, [router]);
  return null;
}
