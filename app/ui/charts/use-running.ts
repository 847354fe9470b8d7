import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while rendering on the server and hydrating, true once the page runs: what only a
 * pointer or the keyboard uses (tooltips, hit strips) is added then, from the figures the
 * page's data already holds, and costs the HTML nothing.
 */
export const useRunning = () => useSyncExternalStore(never, () => true, () => false);
