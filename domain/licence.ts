// The licence of the tracker's own data: what it compiles (entries, their links and quotes'
// places, the totals computed from them) and every form it leaves in (pages, downloads, API).
// Rows imported from an official list keep that list's terms (list-terms.ts).

export const TRACKER_NAME = 'Sanctions & Aid Tracker';

export const DATA_LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  shortName: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** What a re-user writes beside what they took. */
  attribution: `${TRACKER_NAME}, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
} as const;

/** The `Link` header naming the licence of an API answer (RFC 8288, `license` relation of RFC 4946). */
export const LICENCE_LINK_HEADER = `<${DATA_LICENCE.url}>; rel="license"`;
