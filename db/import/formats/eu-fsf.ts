// Reads the EU Financial Sanctions Files (FSF) XML, version 1.1: the European Commission's
// consolidated list of persons and enterprises under EU financial sanctions. Each
// export/sanctionEntity gives one party and one sanction (an asset freeze: every entry of this
// list is one); the root's generationDate is the list's version date.
//
// As with the UN reader, the whole file is refused (the promise rejects) when it declares a
// DOCTYPE, is not XML or is not this list; a file that breaks off or goes wrong after the first
// entries makes the records iteration throw, with the line and the parser's reason, and the
// importer must then keep none of what it read.

import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type {
  ImportedAlias,
  ImportedIdentifier,
  ImportedParty,
  ImportedRecord,
  ListDescription,
  ParsedFile,
} from '../records';
import { type XmlElement, XmlRefused, children, readXmlEntries } from './xml-elements';

const ROOT = 'export';
const ENTRY = 'sanctionEntity';
const NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';

const EU_LIST: ListDescription = {
  title: 'EU Consolidated Financial Sanctions List',
  publisher: 'European Commission (DG FISMA)',
  url: 'https://webgate.ec.europa.eu/fsd/fsf',
  language: 'en',
};

/** FSF identificationTypeCode → identifier scheme; other types are kept in the description only. */
const DOCUMENT_SCHEMES: Record<string, string> = {
  passport: 'passport',
  id: 'national-id',
  ssn: 'national-id',
  regnumber: 'registration',
  fiscalcode: 'tax-id',
  imo: 'imo',
};

const KINDS: Record<string, ImportedParty['kind']> = { P: 'person', E: 'company' };

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** An ISO alpha-2 code as the file gives it; `00` (unknown) and blanks are none. */
function country(element: XmlElement): string | undefined {
  const code = (element.attributes.countryIso2Code ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

function attr(element: XmlElement, name: string): string {
  return (element.attributes[name] ?? '').trim();
}

function join(parts: string[], separator = ', '): string {
  return parts.filter(Boolean).join(separator);
}

export async function readEuFsf(file: string): Promise<ParsedFile> {
  const { root, entries, close } = await readXmlEntries(
    file,
    (names) => names.length === 2 && names[1] === ENTRY,
  );
  const namespace = root.attributes.xmlns ?? '';
  if (root.name !== ROOT || namespace !== NAMESPACE) {
    close();
    const found =
      root.name === ROOT ? `<${ROOT}> in namespace "${namespace}"` : `its root element is <${root.name}>`;
    throw new XmlRefused(
      `${path.basename(file)} is not an EU Financial Sanctions Files export: ${found}, not <${ROOT} xmlns="${NAMESPACE}">`,
    );
  }
  let lines: number[];
  try {
    lines = await entityLines(file);
  } catch (error) {
    close();
    throw error;
  }
  const generated = root.attributes.generationDate?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const list: ListDescription = generated ? { ...EU_LIST, versionDate: generated } : EU_LIST;
  return { list, records: records(entries, lines) };
}

/**
 * The line each `<sanctionEntity` opens on, in file order, for the places records give. The
 * stream reader keeps no positions, so this reads the file once more, line by line, passing
 * over comments and CDATA sections as the parser does.
 */
async function entityLines(file: string): Promise<number[]> {
  const found: number[] = [];
  const tokens = new RegExp(`<!--|-->|<!\\[CDATA\\[|\\]\\]>|<${ENTRY}(?=[\\s/>]|$)`, 'g');
  let inside: '-->' | ']]>' | undefined;
  let line = 0;
  const input = createReadStream(file, { encoding: 'utf8' });
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    for (const [token] of text.matchAll(tokens)) {
      if (inside) {
        if (token === inside) inside = undefined;
      } else if (token === '<!--') inside = '-->';
      else if (token === '<![CDATA[') inside = ']]>';
      else if (token.startsWith('<')) found.push(line);
    }
  }
  return found;
}

async function* records(
  entries: AsyncGenerator<XmlElement>,
  lines: number[],
): AsyncGenerator<ImportedRecord> {
  const seen = new Map<string, string>();
  let index = 0;
  for await (const entry of entries) {
    const line = lines[index++];
    const reference = attr(entry, 'euReferenceNumber');
    const which = reference || `logicalId=${attr(entry, 'logicalId') || '?'}`;
    const at = `${ENTRY} ${which}${line ? ` (line ${line})` : ''}`;
    yield* entityRecords(entry, at, seen);
  }
}

/** The nameAlias's whole name, else its parts. */
function aliasName(alias: XmlElement): string {
  return (
    attr(alias, 'wholeName') ||
    join(
      ['firstName', 'middleName', 'lastName'].map((n) => attr(alias, n)),
      ' ',
    )
  ).replace(/\s+/g, ' ');
}

/** The regulation the entry was first listed under: the earliest published, else the first given. */
function earliestRegulation(entry: XmlElement): XmlElement | undefined {
  const regulations = children(entry, 'regulation');
  const dated = regulations.filter((r) => isDate(attr(r, 'publicationDate')));
  if (dated.length === 0) return regulations[0];
  return dated.reduce((a, b) => (attr(b, 'publicationDate') < attr(a, 'publicationDate') ? b : a));
}

function* entityRecords(entry: XmlElement, at: string, seen: Map<string, string>): Generator<ImportedRecord> {
  const reference = attr(entry, 'euReferenceNumber');
  const logicalId = attr(entry, 'logicalId');
  const classification = children(entry, 'subjectType')[0]?.attributes.classificationCode?.trim() ?? '';
  const kind = KINDS[classification];
  const nameAliases = children(entry, 'nameAlias');
  const name =
    nameAliases
      .filter((a) => attr(a, 'strong') === 'true')
      .map(aliasName)
      .find(Boolean) ?? '';
  const designationDate = attr(entry, 'designationDate');
  const earliest = earliestRegulation(entry);

  const reason = !reference
    ? 'euReferenceNumber is empty'
    : !logicalId
      ? 'logicalId is empty'
      : seen.has(logicalId)
        ? `logicalId ${logicalId} is listed twice (first at ${seen.get(logicalId)})`
        : !name
          ? 'it has no strong nameAlias with a name'
          : !kind
            ? `subjectType classificationCode "${classification}" is neither P (person) nor E (enterprise)`
            : designationDate && !isDate(designationDate)
              ? `designationDate "${designationDate}" is not a date`
              : undefined;
  if (reason || !kind) {
    yield { type: 'error', error: { at, reason: reason ?? 'unknown subject type' } };
    return;
  }
  seen.set(logicalId, at);

  const documents = children(entry, 'identification');
  const identifiers = dedupe([
    { scheme: 'eu', value: reference },
    ...(attr(entry, 'unitedNationId') ? [{ scheme: 'un', value: attr(entry, 'unitedNationId') }] : []),
    ...documents.flatMap((d): ImportedIdentifier[] => {
      const scheme = DOCUMENT_SCHEMES[attr(d, 'identificationTypeCode')];
      const value = attr(d, 'number');
      if (!scheme || !value) return [];
      const issuer = country(d);
      return [issuer ? { scheme, value, country: issuer } : { scheme, value }];
    }),
  ]);
  const party: ImportedParty = {
    at,
    listKey: logicalId,
    name,
    kind,
    identifiers,
    aliases: aliases(nameAliases, name),
  };
  const countryCode =
    kind === 'person'
      ? onlyOne(children(entry, 'citizenship').map(country))
      : (onlyOne(documents.filter((d) => attr(d, 'identificationTypeCode') === 'regnumber').map(country)) ??
        onlyOne(children(entry, 'address').map(country)));
  if (countryCode) party.countryCode = countryCode;
  const description = describe(entry, nameAliases);
  if (description) party.description = description;
  yield { type: 'party', party };

  const programme =
    (earliest && attr(earliest, 'programme')) ||
    children(entry, 'regulation')
      .map((r) => attr(r, 'programme'))
      .find(Boolean);
  const legalBasis = earliest && attr(earliest, 'numberTitle');
  const published = earliest && attr(earliest, 'publicationDate');
  const listedOn = designationDate || (published && isDate(published) ? published : undefined);
  const remarks = join(
    children(entry, 'remark').map((r) => r.text.trim()),
    '\n',
  );
  yield {
    type: 'sanction',
    sanction: {
      at,
      authorityId: reference,
      targetKey: logicalId,
      imposerSlug: 'european-union',
      measure: 'asset_freeze',
      status: 'imposed',
      ...(programme ? { programme } : {}),
      ...(legalBasis ? { legalBasis } : {}),
      ...(listedOn ? { listedOn } : {}),
      title: `EU: ${name}${programme ? ` (${programme})` : ''}`,
      quote:
        remarks ||
        `Listed on the EU Consolidated Financial Sanctions List as ${reference}${programme ? ` (${programme})` : ''}${listedOn ? ` since ${listedOn}` : ''}.`,
    },
  };
}

/** The one value these give, when they give exactly one. */
function onlyOne(values: (string | undefined)[]): string | undefined {
  const distinct = new Set(values.filter(Boolean));
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

function dedupe(identifiers: ImportedIdentifier[]): ImportedIdentifier[] {
  const byKey = new Map(identifiers.map((i) => [`${i.scheme}\u0000${i.value}\u0000${i.country ?? ''}`, i]));
  return [...byKey.values()];
}

/** Every other nameAlias, strong or weak as the file says, in its language where it gives one. */
function aliases(nameAliases: XmlElement[], name: string): ImportedAlias[] {
  const byKey = new Map<string, ImportedAlias>([[name.toLowerCase(), { name, strength: 'strong' }]]);
  for (const element of nameAliases) {
    const aliasText = aliasName(element);
    if (!aliasText) continue;
    const strength = attr(element, 'strong') === 'true' ? 'strong' : 'weak';
    const language = attr(element, 'nameLanguage').toLowerCase();
    const earlier = byKey.get(aliasText.toLowerCase());
    if (earlier) {
      if (strength === 'strong') earlier.strength = 'strong';
      continue;
    }
    byKey.set(aliasText.toLowerCase(), {
      name: aliasText,
      ...(language ? { language } : {}),
      strength,
    });
  }
  byKey.delete(name.toLowerCase());
  return [...byKey.values()];
}

function place(element: XmlElement): string {
  return join(
    ['street', 'poBox', 'city', 'zipCode', 'region', 'place', 'countryDescription'].map((n) =>
      attr(element, n),
    ),
  );
}

function birth(element: XmlElement): string {
  const date =
    attr(element, 'birthdate') ||
    join(
      ['year', 'monthOfYear', 'dayOfMonth'].map((n) => attr(element, n)),
      '-',
    );
  return date && attr(element, 'circa') === 'true' ? `about ${date}` : date;
}

/** What the entry says beyond names and numbers, one labelled line each, for the party's description. */
function describe(entry: XmlElement, nameAliases: XmlElement[]): string | undefined {
  const births = children(entry, 'birthdate');
  const lines: [string, string[]][] = [
    ['Function', [...new Set(nameAliases.map((a) => attr(a, 'function')))]],
    ['Gender', [...new Set(nameAliases.map((a) => attr(a, 'gender')))]],
    ['Citizenship', children(entry, 'citizenship').map((c) => attr(c, 'countryDescription'))],
    ['Date of birth', births.map(birth)],
    ['Place of birth', births.map(place)],
    ['Address', children(entry, 'address').map(place)],
    [
      'Document',
      children(entry, 'identification').map((d) =>
        join([
          join(
            [
              attr(d, 'identificationTypeDescription') || attr(d, 'identificationTypeCode'),
              attr(d, 'number'),
            ],
            ' ',
          ),
          attr(d, 'countryDescription'),
        ]),
      ),
    ],
  ];
  const text = lines
    .map(([label, items]) => [label, items.filter(Boolean)] as const)
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => `${label}: ${items.join('; ').replace(/\s+/g, ' ')}`)
    .join('\n');
  return text || undefined;
}
