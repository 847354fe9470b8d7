// @ts-check

// A streamed page, as it stands once every boundary has arrived. React streams each
// Suspense boundary's content to the end of the document (`<div hidden id="S:n">`) and moves
// it into place with an inline script (`$RC("B:n","S:n")`), in place of the fallback. A page
// kept whole (response-cache.mjs) has all of it: `unstream` does that move ahead of time, so
// the HTML reads in order without JavaScript (readers with it off, text browsers, archives,
// scrapers) and shows at once, with no skeletons. The markup is what React's script leaves
// behind (`<!--$-->content<!--/$-->`), so the page hydrates as before.

const SEGMENT_START = /<div hidden id="S:(\d+)">/g;
/** Opening and closing comments of boundaries (Suspense `$…`, Activity `&`), as React's own mover counts them. */
const BOUNDARY_COMMENT = /<!--(\/?)(\$[?!~]?|&)-->/g;

/**
 * The page with every streamed boundary in place, or null when it holds anything but
 * completed boundaries (an error, a pending or unfamiliar instruction): serve those as sent.
 * @param {string} html
 * @returns {string | null}
 */
export function unstream(html) {
  /** @type {Map<string, string>} the content of each streamed boundary, by id */
  const contents = new Map();
  /** @type {string[]} */
  const page = [];
  let from = 0;
  SEGMENT_START.lastIndex = 0;
  for (let start = SEGMENT_START.exec(html); start; start = SEGMENT_START.exec(html)) {
    // <div hidden id="S:n">content</div><script>[React's helpers]$RC("B:n","S:n")</script>
    const id = start[1] ?? '';
    const call = `$RC("B:${id}","S:${id}")</script>`;
    const callAt = html.indexOf(call, SEGMENT_START.lastIndex);
    const scriptAt = html.lastIndexOf('<script>', callAt);
    const contentEnd = scriptAt - '</div>'.length;
    if (callAt === -1 || scriptAt < SEGMENT_START.lastIndex || !html.startsWith('</div>', contentEnd))
      return null;
    contents.set(id, html.slice(SEGMENT_START.lastIndex, contentEnd));
    page.push(html.slice(from, start.index));
    // Anything else in that script (React's helper definitions) stays.
    const before = html.slice(scriptAt + '<script>'.length, callAt);
    if (before) page.push(`<script>${before}</script>`);
    from = callAt + call.length;
    SEGMENT_START.lastIndex = from;
  }
  if (contents.size === 0) return null;
  page.push(html.slice(from));
  /** @type {string[]} */
  const out = [];
  if (!place(page.join(''), contents, out) || contents.size > 0) return null;
  const result = out.join('');
  // A boundary still pending, or a way of streaming this does not know. (`<!--$!-->` marks a
  // boundary left to the browser, as the charts are: it stays as it is.)
  if (/<!--\$[?~]-->|\$R[A-Z]\(|<template id="B:|<div hidden id="S:/.test(result)) return null;
  return result;
}

/**
 * Appends `text` to `out` with each streamed boundary's placeholder and fallback replaced by
 * its content (itself placed the same way), taking the content out of `contents`. False
 * when a fallback never closes.
 * @param {string} text @param {Map<string, string>} contents @param {string[]} out
 * @returns {boolean}
 */
function place(text, contents, out) {
  const placeholder = /<!--\$\?--><template id="B:(\d+)"><\/template>/g;
  let from = 0;
  for (let match = placeholder.exec(text); match; match = placeholder.exec(text)) {
    const content = contents.get(match[1] ?? '');
    if (content === undefined) continue;
    contents.delete(match[1] ?? '');
    const fallbackEnd = closingOf(text, placeholder.lastIndex);
    if (fallbackEnd === -1) return false;
    out.push(text.slice(from, match.index), '<!--$-->');
    if (!place(content, contents, out)) return false;
    from = fallbackEnd;
    placeholder.lastIndex = fallbackEnd;
  }
  out.push(text.slice(from));
  return true;
}

/**
 * Where the boundary open before `from` closes: the index of its `<!--/$-->`, skipping
 * boundaries nested in its fallback. -1 if it never does.
 * @param {string} html
 * @param {number} from
 */
function closingOf(html, from) {
  BOUNDARY_COMMENT.lastIndex = from;
  let depth = 0;
  for (let match = BOUNDARY_COMMENT.exec(html); match; match = BOUNDARY_COMMENT.exec(html)) {
    if (!match[1]) depth += 1;
    else if (depth === 0) return match.index;
    else depth -= 1;
  }
  return -1;
}
