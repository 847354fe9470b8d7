// Atom 1.0 (RFC 4287) written by hand: a few elements, every text escaped here and only here.

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  /** The feed's own address and the page it mirrors (absolute or relative to the feed). */
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

// Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone surrogates,
// U+FFFE and U+FFFF. A title pasted from elsewhere may carry one; it would make the feed
// unreadable, so it is dropped.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value (quotes escaped too). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      element('id', e.id),
      element('title', e.title),
      element('updated', e.updated),
      link('alternate', e.link, 'text/html'),
      element('summary', e.summary),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.id),
    element('title', feed.title),
    element('updated', feed.updated),
    link('self', feed.self, 'application/atom+xml'),
    link('alternate', feed.alternate, 'text/html'),
    '<author><name>Sanctions &amp; Aid Tracker</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
