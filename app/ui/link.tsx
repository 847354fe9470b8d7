import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` that does not prefetch when it scrolls into view. A list page holds a
 * hundred links or more; prefetching each one in view made every page a reader opened
 * cost the server 15-25 further requests. The route is prefetched when the reader rests the
 * pointer on, focuses or touches the link instead (PrefetchOnIntent, in the root layout), which
 * still comes before the click.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
