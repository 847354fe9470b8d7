// Cached reads are tagged by the tables they read; every write updates the tags it touches.
export const CACHE_TAGS = {
  aid: 'aid',
  sanctions: 'sanctions',
  events: 'events',
  parties: 'parties',
  sources: 'sources',
} as const;
