'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Paths that are not pages: nothing for the router to prefetch. */
const NOT_PAGES = /^\/(?:api|_next)\//;
/** How long the pointer rests on a link before its page is fetched: a pointer sweeping across a table does not. */
const HOVER_DELAY_MS = 65;

/** The route path and query a link leads to, when it is a page of this site the router can prefetch. */
function routeOf(target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (
    !(link instanceof HTMLAnchorElement) ||
    link.hasAttribute('download') ||
    (link.target && link.target !== '_self')
  )
    return null;
  const url = new URL(link.href);
  if (url.origin !== location.origin || NOT_PAGES.test(url.pathname)) return null;
  // A link to a place on this page moves no route.
  if (url.pathname === location.pathname && url.search === location.search) return null;
  return `${url.pathname}${url.search}`;
}

/**
 * Prefetches the page behind a link when the reader rests the pointer on it, focuses it or
 * touches it: one set of listeners for the whole document, for the links of
 * app/ui/link.tsx, which do not prefetch when they scroll into view.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    let hover: { route: string; timer: number } | null = null;
    const cancelHover = () => {
      if (hover) window.clearTimeout(hover.timer);
      hover = null;
    };
    const now = (event: Event) => {
      const route = routeOf(event.target);
      if (route) router.prefetch(route);
    };
    const onPointerOver = (event: PointerEvent) => {
      const route = event.pointerType === 'touch' ? null : routeOf(event.target);
      if (route === hover?.route) return;
      cancelHover();
      if (route) hover = { route, timer: window.setTimeout(() => router.prefetch(route), HOVER_DELAY_MS) };
    };
    const onPointerOut = (event: PointerEvent) => {
      if (hover && routeOf(event.relatedTarget) !== hover.route) cancelHover();
    };
    document.addEventListener('pointerover', onPointerOver, { passive: true });
    document.addEventListener('pointerout', onPointerOut, { passive: true });
    document.addEventListener('focusin', now);
    document.addEventListener('touchstart', now, { passive: true });
    return () => {
      cancelHover();
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', now);
      document.removeEventListener('touchstart', now);
    };
  }, [router]);
  return null;
}
