import { createElement as h, Suspense, use, type ReactNode } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { unstream } from './unstream.mjs';

// Pages streamed by the React this app ships (react-dom/server), boundaries resolving out
// of order and nested in each other, then put in order by unstream.

function later<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

/** Renders `value` once `promise` has settled: a section waiting on its data. */
function Wait({ promise, children }: { promise: Promise<unknown>; children: ReactNode }) {
  use(promise);
  return children;
}

/** A section's data, read when the test says: `go()` once the page so far has been sent. */
function data() {
  let go = () => {};
  const promise = new Promise<null>((resolve) => (go = () => resolve(null)));
  return { promise, go };
}

const section = (
  title: string,
  wait: number | Promise<unknown>,
  body: ReactNode = h('p', null, `${title} figures`),
) =>
  h(
    Suspense,
    { key: title, fallback: h('p', { className: 'skeleton' }, `loading ${title}`) },
    h(Wait, {
      promise: typeof wait === 'number' ? later(wait, null) : wait,
      children: h('section', null, h('h2', null, title), body),
    }),
  );

/**
 * The whole document as a browser receives it. `steps` run in turn, each once the text it
 * names has been sent: sections finish in the order the test gives, however loaded the
 * machine (with timers alone, a late shell took in sections meant to stream after it).
 */
function stream(body: ReactNode, abortAfterMs?: number, steps: [string, () => void][] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    let html = '';
    const next = () => {
      while (steps.length > 0 && html.includes(steps[0]![0])) steps.shift()![1]();
    };
    out.on('data', (chunk: Buffer) => {
      html += chunk.toString('utf8');
      next();
    });
    out.on('end', () => resolve(html));
    const { pipe, abort } = renderToPipeableStream(
      h('html', null, h('body', null, h('main', null, body), h('footer', null, 'end'))),
      {
        onShellReady: () => pipe(out),
        onShellError: reject,
        onError: () => {},
      },
    );
    if (abortAfterMs !== undefined) setTimeout(() => abort(), abortAfterMs);
  });
}

const visibleOrder = (html: string) =>
  [...html.matchAll(/<h2>([^<]*)<\/h2>|<footer>/g)].map((m) => m[1] ?? 'footer');

describe('unstream', () => {
  it('puts every streamed section in place of its skeleton, in document order, as React would', async () => {
    const [headline, charts, timeline] = [data(), data(), data()];
    const sent = await stream(
      [
        section('Headline', headline.promise),
        section('Charts', charts.promise),
        section('Timeline', timeline.promise),
      ],
      undefined,
      [
        ['<footer>', charts.go],
        ['Charts figures', timeline.go],
        ['Timeline figures', headline.go],
      ],
    );
    // As sent: the sections after the footer, in the order they finished, skeletons in place.
    expect(visibleOrder(sent)).toEqual(['footer', 'Charts', 'Timeline', 'Headline']);
    expect(sent).toContain('loading Headline');

    const html = unstream(sent);
    expect(html).not.toBeNull();
    expect(visibleOrder(html!)).toEqual(['Headline', 'Charts', 'Timeline', 'footer']);
    expect(html).not.toMatch(/loading|<template|hidden id="S:|\$RC\(|<!--\$\?-->/);
    // The markup React's own script leaves: completed boundaries, which hydrate as such.
    expect(html!.match(/<!--\$-->/g)).toHaveLength(3);
    expect(html).toContain('<!--$--><section><h2>Headline</h2><p>Headline figures</p></section><!--/$-->');
  });

  it('places sections streamed inside other streamed sections', async () => {
    const [outer, inner] = [data(), data()];
    const sent = await stream(
      section('Outer', outer.promise, [
        h('p', { key: 'a' }, 'outer figures'),
        h('div', { key: 'b' }, section('Inner', inner.promise)),
      ]),
      undefined,
      [
        ['<footer>', outer.go],
        ['outer figures', inner.go],
      ],
    );
    expect(visibleOrder(sent)).toEqual(['footer', 'Outer', 'Inner']);
    const html = unstream(sent)!;
    expect(visibleOrder(html)).toEqual(['Outer', 'Inner', 'footer']);
    expect(html).not.toMatch(/loading|<template|\$RC\(/);
  });

  it('leaves alone a page with a section still pending, or none streamed at all', async () => {
    const stopped = await stream([section('Fast', 1), section('Never', 60_000)], 100);
    expect(stopped).toContain('Fast figures');
    expect(unstream(stopped)).toBeNull();
    expect(unstream(await stream(h('p', null, 'static')))).toBeNull();
  });

  it('leaves alone a page whose streamed section failed on the server', async () => {
    function Fails(): ReactNode {
      use(later(5, null));
      throw new Error('read failed');
    }
    const sent = await stream([
      section('Fine', 5),
      h(Suspense, { key: 'f', fallback: h('p', null, 'loading') }, h(Fails)),
    ]);
    expect(sent).toContain('$RX(');
    expect(unstream(sent)).toBeNull();
  });
});
