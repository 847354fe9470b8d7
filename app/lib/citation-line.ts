import { TRACKER_NAME } from '@/domain/licence';

// The citation line of a view. Its own small module: the copy button composes it in the
// browser, where the page's origin is known.

export interface CitedView {
  /** What the view shows: "Aid from United States, 2022". */
  title: string;
  /** The day it was read, as shown: "8 Dec 2026". */
  accessed: string;
  /** Its permalink, absolute where the origin is known. */
  url: string;
}

/** `“Aid from United States, 2022”, Sanctions & Aid Tracker, accessed 8 Dec 2026, https://…/aid?donor=…` */
export function citationLine({ title, accessed, url }: CitedView): string {
  return `“${title}”, ${TRACKER_NAME}, accessed ${accessed}, ${url}`;
}
