// Reads an XML file as a stream of small element trees (one list entry each), for readers of
// XML sanctions lists. The file is refused, with its line and the parser's reason, when it is
// not well-formed; and refused outright when it declares a DOCTYPE: saxes never fetches an
// external entity nor expands a declared one, but a list has no use for a DTD, and one is
// how entity-expansion and external-entity attacks arrive.

import { createReadStream } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export interface XmlRoot {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlEntries {
  root: XmlRoot;
  /** The elements `isEntry` picked, each whole, in file order. */
  entries: AsyncGenerator<XmlElement>;
  /** Stops reading, for a caller that will not take the entries. */
  close: () => void;
}

/** Bounds on one entry, so that a hostile file cannot grow one tree without end. */
const MAX_ENTRY_CHARS = 1_000_000;
const MAX_ENTRY_ELEMENTS = 20_000;

export class XmlRefused extends Error {}

/**
 * Opens `file` and reads up to its root element; the entries then stream as they are read.
 * `isEntry` gets the names of the open elements, root first, and says whether the innermost
 * one starts an entry.
 */
export async function readXmlEntries(
  file: string,
  isEntry: (names: string[]) => boolean,
): Promise<XmlEntries> {
  const label = path.basename(file);
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;

  let root: XmlRoot | undefined;
  const names: string[] = [];
  const open: XmlElement[] = [];
  let chars = 0;
  let elements = 0;
  const done: XmlElement[] = [];

  const refuse = (reason: string): never => {
    throw new XmlRefused(`${label} is refused: ${reason}`);
  };
  parser.on('doctype', () =>
    refuse(
      'it declares a DOCTYPE, which a sanctions list has no use for (entities and external files are not read)',
    ),
  );
  parser.on('xmldecl', ({ encoding }) => {
    if (encoding && !/^utf-?8$/i.test(encoding)) refuse(`it is encoded in ${encoding}; only UTF-8 is read`);
  });
  parser.on('opentag', ({ name, attributes }) => {
    names.push(name);
    if (!root) root = { name, attributes: { ...attributes } };
    if (open.length === 0 && !isEntry(names)) return;
    const element: XmlElement = { name, attributes: { ...attributes }, children: [], text: '' };
    if (++elements > MAX_ENTRY_ELEMENTS)
      refuse(`an entry at line ${parser.line} holds over ${MAX_ENTRY_ELEMENTS} elements`);
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  const addText = (text: string) => {
    const element = open.at(-1);
    if (!element) return;
    chars += text.length;
    if (chars > MAX_ENTRY_CHARS)
      refuse(`an entry at line ${parser.line} holds over ${MAX_ENTRY_CHARS} characters`);
    element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    names.pop();
    const element = open.pop();
    if (element && open.length === 0) {
      done.push(element);
      chars = 0;
      elements = 0;
    }
  });

  /** Feeds the parser one more chunk; false once the file has ended. */
  let first = true;
  const pump = async (): Promise<boolean> => {
    const next = await chunks.next().catch((error: NodeJS.ErrnoException) => {
      throw new Error(`Cannot read ${file}: ${error.code ?? error.message}`);
    });
    try {
      if (next.done) {
        if (first) refuse('it is empty');
        parser.close();
        return false;
      }
      const text = first ? next.value.replace(/^\uFEFF/, '') : next.value;
      if (first && !/^\s*</.test(text)) refuse('it is not XML (it does not begin with a tag)');
      parser.write(text);
      first = false;
      return true;
    } catch (error) {
      if (error instanceof XmlRefused) throw error;
      // saxes says "<line>:<column>: <reason>", its column counted from 0.
      const message = error instanceof Error ? error.message : String(error);
      const [, line, column, reason] = message.match(/^(\d+):(\d+): (.*)$/s) ?? [];
      const where = line ? `at line ${line}, column ${Number(column) + 1}` : `at line ${parser.line}`;
      const what = root ? 'is malformed XML' : 'is not an XML document';
      throw new XmlRefused(`${label} ${what} ${where}: ${reason ?? message}`);
    }
  };

  try {
    while (!root && (await pump()));
    if (!root) refuse('it holds no XML element');
  } catch (error) {
    stream.destroy();
    throw error;
  }

  async function* entries(): AsyncGenerator<XmlElement> {
    try {
      for (;;) {
        while (done.length > 0) yield done.shift()!;
        if (!(await pump())) break;
      }
      while (done.length > 0) yield done.shift()!;
    } finally {
      stream.destroy();
    }
  }
  return { root: root!, entries: entries(), close: () => stream.destroy() };
}

/** The first child element of this name, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every child element of this name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The trimmed text of the first child of this name; '' when it is absent or empty. */
export function textOf(element: XmlElement | undefined, name: string): string {
  return element ? (child(element, name)?.text.trim() ?? '') : '';
}
