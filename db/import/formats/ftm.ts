// Reads FollowTheMoney (FtM) entities as JSON lines, as OpenSanctions publishes them
// (`entities.ftm.json`): one `{"id", "schema", "properties": {name: [values]}}` per line.
//
// - Person, Company, Organization, LegalEntity, PublicBody, Vessel and Airplane give a party
//   each, keyed by its FtM id. Organization (armed groups, parties, NGOs…) is `other`: FtM
//   keeps international organisations in the same schema, but most listed ones are not.
// - Sanction gives a sanction against the party its `entity` names, Payment an aid flow
//   from `payer` to `beneficiary`. A `status` in the tracker's words is taken as given (the
//   tracker's own export, db/export/ftm.ts, writes it); else a payment is delivered and a
//   sanction imposed, or lifted once its end date is past. Both name parties by id, and a party may come later in the
//   file: a sanction whose target has not been read yet, and every payment, wait until the
//   end of the file. The reader keeps each party's name, country and kind (not the whole
//   party) for that.
// - An Identification (or Passport) read before its holder adds an identifier to it, with its
//   issuing country; the tracker's export writes so the ids FtM has no property for.
// - Every other schema (Address, Ownership, Family…) is passed over.
//
// A line that is not JSON, or not an entity, is an error record and reading goes on. A file
// whose first non-empty line is not an FtM entity is refused whole.

import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  AID_STATUSES,
  SANCTION_STATUSES,
  type AidCategory,
  type AidStatus,
  type SanctionMeasure,
  type SanctionStatus,
} from '@/domain/vocabulary';
import { TITLE_MAX } from '@/domain/validation/fields';
import { IMPOSERS } from '../imposers';
import type {
  ImportedAid,
  ImportedAlias,
  ImportedIdentifier,
  ImportedParty,
  ImportedPartyKind,
  ImportedPartyRef,
  ImportedRecord,
  ImportedSanction,
  ListDescription,
  ParsedFile,
} from '../records';
import { ISO_COUNTRY_NAMES } from '../reference/country-names';

const FTM_LIST: ListDescription = {
  title: 'FollowTheMoney entities',
  publisher: 'FollowTheMoney export',
  language: 'en',
};

const PARTY_KINDS: Record<string, ImportedPartyKind> = {
  Person: 'person',
  Company: 'company',
  // OpenSanctions uses LegalEntity where a list does not say what kind of body it is.
  LegalEntity: 'company',
  Organization: 'other',
  PublicBody: 'government',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** FtM topics that make a PublicBody a state, an Organization an intergovernmental one. */
const KINDS_BY_TOPIC: [schema: string, topic: string, kind: ImportedPartyKind][] = [
  ['PublicBody', 'gov.national', 'state'],
  ['Organization', 'gov.igo', 'international_org'],
];

/** The tracker's own export (db/export/ftm.ts) names rows of the database that wrote it. */
const TRACKER_ID = /^tracker-(party|sanction|aid)-\d+$/;

/** FtM property → identifier scheme, in the order identifiers are given. */
const IDENTIFIER_SCHEMES: [property: string, scheme: string][] = [
  ['leiCode', 'lei'],
  ['innCode', 'inn'],
  ['imoNumber', 'imo'],
  ['wikidataId', 'wikidata'],
  ['passportNumber', 'passport'],
  ['idNumber', 'national-id'],
  ['taxNumber', 'tax-id'],
  ['registrationNumber', 'registration'],
  // Russia's primary state registration number: a registration number by another name.
  ['ogrnCode', 'registration'],
];

const COUNTRY_PROPERTIES = ['country', 'nationality', 'jurisdiction', 'flag'];

const ISO_CODES = new Set(ISO_COUNTRY_NAMES.map(([code]) => code!));

/** Authority names (and FtM's sanctioning `country`) → the imposer's slug; first match wins. */
const AUTHORITIES: [RegExp, string][] = [
  [/security council|\bunsc\b|united nations/i, 'un-security-council'],
  [
    /office of foreign assets control|\bofac\b|united states|\bu\.?s\.? (department|treasury)/i,
    'united-states',
  ],
  [/european union|council of the eu|european commission|\beu\b/i, 'european-union'],
  [
    /foreign,? commonwealth|\bfcdo\b|\bofsi\b|office of financial sanctions implementation|h\.?m\.? treasury|united kingdom/i,
    'united-kingdom',
  ],
];
const SANCTIONING_COUNTRIES: Record<string, string> = {
  us: 'united-states',
  eu: 'european-union',
  gb: 'united-kingdom',
};

/** Words of a Sanction's `provisions` → its measure; the first that matches wins. */
const MEASURES: [RegExp, SanctionMeasure][] = [
  [/asset freeze|freez|\bblock/i, 'asset_freeze'],
  [/travel ban|entry ban|admission|visa/i, 'travel_ban'],
  [/arms embargo|\barms\b/i, 'arms_embargo'],
  [/export/i, 'export_control'],
  [/import/i, 'import_ban'],
  [/sectoral|investment ban|debt|equity|capital market/i, 'sectoral'],
  [/financial|payment|banking/i, 'financial'],
  [/economic/i, 'economic'],
  [/^other\b/i, 'other'],
];

/** Words of a Payment's `programme` or `purpose` → the aid category; humanitarian when none match. */
const CATEGORIES: [RegExp, AidCategory][] = [
  [/humanitarian|relief|refugee|food|medical|health|shelter/i, 'humanitarian'],
  [/military|defen[cs]e|weapon|\barms\b|ammunition|security assistance/i, 'military'],
  [/economic|budget|macro-?financial|loan|development|infrastructure|reconstruction|energy/i, 'economic'],
];

type Properties = Record<string, string[]>;

interface Entity {
  id: string;
  schema: string;
  properties: Properties;
}

/** What a sanction's title and a payment's parties need of a party read earlier. */
type Known = ImportedPartyRef & { line: number };

interface Waiting<T> {
  entity: Entity;
  at: string;
  line: number;
  read: (refs: Map<string, Known>) => T;
}

export async function readFtm(file: string): Promise<ParsedFile> {
  await checkLooksLikeFtm(file);
  return { list: FTM_LIST, records: ftmRecords(file) };
}

/** Refuses a file whose first non-empty line is not an FtM entity (a CSV, XML, a JSON array). */
async function checkLooksLikeFtm(file: string): Promise<void> {
  const name = path.basename(file);
  const refuse = (why: string): never => {
    throw new Error(`${name} is not FollowTheMoney JSON lines (entities.ftm.json): ${why}`);
  };
  let first: string | undefined;
  try {
    for await (const line of lines(file)) {
      if (line.text.trim() !== '') {
        first = line.text;
        break;
      }
    }
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (first === undefined) return refuse('it is empty');
  let value: unknown;
  try {
    value = JSON.parse(first);
  } catch {
    return refuse('its first line is not JSON');
  }
  const problem = entityProblem(value);
  if (problem) refuse(`its first line ${problem}`);
}

async function* lines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of reader) {
      line++;
      yield { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
    }
  } finally {
    reader.close();
    input.destroy();
  }
}

/** Why a parsed line is not an FtM entity; undefined when it is one. */
function entityProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const { id, schema, properties } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') return 'has no "id"';
  if (typeof schema !== 'string' || schema.trim() === '') return 'has no "schema"';
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
    return 'has no "properties" object';
  return undefined;
}

/** The entity's properties, each a list of trimmed, non-empty strings (anything else is dropped). */
function entityOf(value: Record<string, unknown>): Entity {
  const properties: Properties = {};
  for (const [key, values] of Object.entries(value.properties as Record<string, unknown>)) {
    if (!Array.isArray(values)) continue;
    const strings = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
    const kept = strings.filter((v) => v !== '');
    if (kept.length > 0) properties[key] = kept;
  }
  return { id: (value.id as string).trim(), schema: (value.schema as string).trim(), properties };
}

async function* ftmRecords(file: string): AsyncGenerator<ImportedRecord> {
  const name = path.basename(file);
  const known = new Map<string, Known>();
  const waitingSanctions: Waiting<ImportedSanction>[] = [];
  const waitingPayments: Waiting<ImportedAid>[] = [];
  const sanctionIds = new Map<string, number>();
  // Identifications read before their holder, by the holder's id.
  const documents = new Map<string, ImportedIdentifier[]>();

  const sanction = (s: ImportedSanction, line: number): ImportedRecord => {
    const key = `${s.imposerSlug}\u0000${s.authorityId}`;
    const earlier = sanctionIds.get(key);
    if (earlier !== undefined) {
      return {
        type: 'error',
        error: {
          at: s.at,
          reason: `Authority id ${s.authorityId} of ${s.imposerSlug} is already given to the sanction on line ${earlier}`,
        },
      };
    }
    sanctionIds.set(key, line);
    return { type: 'sanction', sanction: s };
  };

  for await (const { line, text } of lines(file)) {
    if (text.trim() === '') continue;
    const at = `${name} line ${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { type: 'error', error: { at, reason: `Not JSON: ${(error as Error).message}` } };
      continue;
    }
    const problem = entityProblem(value);
    if (problem) {
      yield { type: 'error', error: { at, reason: `Not an FtM entity: the line ${problem}` } };
      continue;
    }
    const entity = entityOf(value as Record<string, unknown>);
    const kind = kindOf(entity);
    if (kind) {
      const earlier = known.get(entity.id);
      if (earlier) {
        yield {
          type: 'error',
          error: { at, reason: `Entity ${entity.id} is already given on line ${earlier.line}` },
        };
        continue;
      }
      const party = partyOf(entity, kind, at);
      if ('reason' in party) {
        yield { type: 'error', error: party };
        continue;
      }
      party.identifiers.push(...(documents.get(entity.id) ?? []));
      documents.delete(entity.id);
      known.set(entity.id, { name: party.name, countryCode: party.countryCode, kind, line });
      yield { type: 'party', party };
    } else if (entity.schema === 'Identification' || entity.schema === 'Passport') {
      const holder = first(entity, 'holder');
      const document = identificationOf(entity);
      if (holder && document && !known.has(holder))
        documents.set(holder, [...(documents.get(holder) ?? []), document]);
    } else if (entity.schema === 'Sanction') {
      const target = first(entity, 'entity');
      const waiting = { entity, at, line, read: (refs: Map<string, Known>) => sanctionOf(entity, at, refs) };
      if (target !== undefined && !known.has(target)) waitingSanctions.push(waiting);
      else
        yield errorOr(
          () => waiting.read(known),
          at,
          (s) => sanction(s, line),
        );
    } else if (entity.schema === 'Payment') {
      waitingPayments.push({ entity, at, line, read: (refs) => aidOf(entity, at, refs) });
    }
    // Every other schema says nothing the tracker keeps.
  }

  for (const waiting of waitingSanctions) {
    yield errorOr(
      () => waiting.read(known),
      waiting.at,
      (s) => sanction(s, waiting.line),
    );
  }
  for (const waiting of waitingPayments) {
    yield errorOr(
      () => waiting.read(known),
      waiting.at,
      (aid) => ({ type: 'aid', aid }),
    );
  }
}

/** Reading a sanction or payment throws a `RowProblem` for a row error. */
class RowProblem extends Error {}

function errorOr<T>(read: () => T, at: string, record: (value: T) => ImportedRecord): ImportedRecord {
  try {
    return record(read());
  } catch (error) {
    if (error instanceof RowProblem) return { type: 'error', error: { at, reason: error.message } };
    throw error;
  }
}

function kindOf(entity: Entity): ImportedPartyKind | undefined {
  const topics = values(entity, 'topics');
  const byTopic = KINDS_BY_TOPIC.find(
    ([schema, topic]) => schema === entity.schema && topics.includes(topic),
  );
  return byTopic?.[2] ?? PARTY_KINDS[entity.schema];
}

/** The value of `property` when it is one of `vocabulary`'s words (case aside). */
function word<T extends string>(entity: Entity, property: string, vocabulary: readonly T[]): T | undefined {
  const value = first(entity, property)?.toLowerCase();
  return vocabulary.find((w) => w === value);
}

function values(entity: Entity, property: string): string[] {
  return entity.properties[property] ?? [];
}

function first(entity: Entity, property: string): string | undefined {
  return values(entity, property)[0];
}

/** The `YYYY-MM-DD` part of an FtM date; undefined for a partial date (`2014`, `2014-05`). */
function isoDate(value: string | undefined): string | undefined {
  return value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
}

/**
 * An Identification in the tracker's terms: a Passport, or a `type` that is a tracker scheme
 * (`ofac`, `national-id`…, as the tracker's export writes it), with its issuing country. Read
 * only before its holder (the export writes it so); a list's free-text types are passed over.
 */
function identificationOf(entity: Entity): ImportedIdentifier | undefined {
  const value = first(entity, 'number');
  const type = first(entity, 'type');
  const scheme =
    type && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(type)
      ? type
      : entity.schema === 'Passport'
        ? 'passport'
        : undefined;
  if (!value || !scheme) return undefined;
  const country = first(entity, 'country')?.toUpperCase();
  return country && ISO_CODES.has(country) ? { scheme, value, country } : { scheme, value };
}

function partyOf(
  entity: Entity,
  kind: ImportedPartyKind,
  at: string,
): ImportedParty | { at: string; reason: string } {
  const names = values(entity, 'name');
  const name = names[0];
  if (!name) return { at, reason: `${entity.schema} ${entity.id} has no name` };

  const aliases: ImportedAlias[] = [];
  const seen = new Set([name]);
  const alias = (alias: string, strength: ImportedAlias['strength']) => {
    if (seen.has(alias)) return;
    seen.add(alias);
    aliases.push({ name: alias, strength });
  };
  for (const other of names.slice(1)) alias(other, 'strong');
  for (const other of values(entity, 'alias')) alias(other, 'strong');
  // A former name is as strong as the list says: FtM keeps them apart from weak aliases.
  for (const other of values(entity, 'previousName')) alias(other, 'strong');
  for (const other of values(entity, 'weakAlias')) alias(other, 'weak');

  // A tracker's own id means a row only in the database that wrote it: never kept as an id.
  const identifiers: ImportedIdentifier[] = TRACKER_ID.test(entity.id)
    ? []
    : [{ scheme: 'ftm', value: entity.id }];
  const given = new Set<string>();
  for (const [property, scheme] of IDENTIFIER_SCHEMES) {
    for (const value of values(entity, property)) {
      if (given.has(`${scheme}\u0000${value}`)) continue;
      given.add(`${scheme}\u0000${value}`);
      identifiers.push({ scheme, value });
    }
  }

  const party: ImportedParty = { at, listKey: entity.id, name, kind, identifiers, aliases };
  const code = countryOf(entity);
  if (code) party.countryCode = code;
  const description = descriptionOf(entity);
  if (description) party.description = description;
  return party;
}

/** The one ISO country the entity's country, nationality, jurisdiction and flag name; else none. */
function countryOf(entity: Entity): string | undefined {
  const codes = new Set(COUNTRY_PROPERTIES.flatMap((p) => values(entity, p)).map((c) => c.toUpperCase()));
  if (codes.size !== 1) return undefined;
  const [code] = codes;
  // FtM also writes codes ISO has not (`suhh` for the Soviet Union, `xk`, `zz`): left out.
  return ISO_CODES.has(code!) ? code : undefined;
}

function descriptionOf(entity: Entity): string | undefined {
  const parts: string[] = [];
  const add = (label: string, property: string) => {
    const all = values(entity, property);
    if (all.length > 0) parts.push(`${label}: ${all.join('; ')}`);
  };
  add('Date of birth', 'birthDate');
  add('Place of birth', 'birthPlace');
  add('Address', 'address');
  add('Notes', 'notes');
  return parts.length > 0 ? parts.join('. ') : undefined;
}

function imposerOf(entity: Entity): string {
  const authorities = values(entity, 'authority');
  for (const authority of authorities) {
    const found = AUTHORITIES.find(([pattern]) => pattern.test(authority));
    if (found) return found[1];
  }
  if (authorities.length > 0) {
    throw new RowProblem(
      `Sanction ${entity.id}: the authority "${authorities.join('", "')}" is not one the tracker imports ` +
        '(OFAC/United States, EU, UN Security Council, United Kingdom)',
    );
  }
  const country = values(entity, 'country')
    .map((c) => SANCTIONING_COUNTRIES[c.toLowerCase()])
    .find(Boolean);
  if (country) return country;
  throw new RowProblem(`Sanction ${entity.id} names no authority`);
}

function sanctionOf(entity: Entity, at: string, known: Map<string, Known>): ImportedSanction {
  const targetKey = first(entity, 'entity');
  if (!targetKey) throw new RowProblem(`Sanction ${entity.id} names no entity`);
  const target = known.get(targetKey);
  if (!target) {
    throw new RowProblem(
      `Sanction ${entity.id} targets ${targetKey}, which is not a person, company, organisation, vessel or aircraft in the file`,
    );
  }
  const imposerSlug = imposerOf(entity);
  const programme = first(entity, 'program');
  const provisions = values(entity, 'provisions').join('; ');
  const measure = MEASURES.find(([pattern]) => pattern.test(provisions))?.[1] ?? 'asset_freeze';

  const endDate = first(entity, 'endDate');
  const today = new Date().toISOString().slice(0, 10);
  const ended = endDate !== undefined && endDate < today;
  // A status in the tracker's words (its own export) is taken as given.
  const status: SanctionStatus = word(entity, 'status', SANCTION_STATUSES) ?? (ended ? 'lifted' : 'imposed');
  const lifted = status === 'lifted';

  const imposer = IMPOSERS[imposerSlug]!.name;
  let quote =
    first(entity, 'reason') ??
    first(entity, 'summary') ??
    `${target.name} is listed by ${values(entity, 'authority')[0] ?? imposer}` +
      `${programme ? ` under ${programme}` : ''}${provisions ? ` (${provisions})` : ''}.`;
  // The record has no end date of its own: the quote keeps it.
  if (lifted && endDate) quote = `${quote} Ended ${endDate}.`;

  const sanction: ImportedSanction = {
    at,
    authorityId: first(entity, 'authorityId') ?? entity.id,
    targetKey,
    imposerSlug,
    measure,
    status,
    title: titleOf(entity) ?? `${imposer}: ${target.name}${programme ? ` (${programme})` : ''}`,
    quote,
  };
  if (programme) sanction.programme = programme;
  const listedOn = isoDate(first(entity, 'listingDate')) ?? isoDate(first(entity, 'startDate'));
  if (listedOn) sanction.listedOn = listedOn;
  return sanction;
}

/** The tracker's export gives a sanction's title as its description: one line, a title's length. */
function titleOf(entity: Entity): string | undefined {
  const description = first(entity, 'description');
  return description && description.length <= TITLE_MAX && !/[\u0000-\u001F]/.test(description)
    ? description
    : undefined;
}

/** A number as FtM writes an amount (`1500000`, `1,500,000.00`); undefined when it is not one. */
function amount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(/[\s,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned));
}

function aidOf(entity: Entity, at: string, known: Map<string, Known>): ImportedAid {
  const ref = (property: 'payer' | 'beneficiary'): ImportedPartyRef => {
    const id = first(entity, property);
    if (!id) throw new RowProblem(`Payment ${entity.id} names no ${property}`);
    const party = known.get(id);
    if (!party)
      throw new RowProblem(`Payment ${entity.id}: its ${property} ${id} is not a party in the file`);
    const { name, countryCode, kind } = party;
    return countryCode ? { name, countryCode, kind } : { name, kind };
  };
  const donor = ref('payer');
  const recipient = ref('beneficiary');
  const dateValue = first(entity, 'date') ?? first(entity, 'startDate');
  const announcedOn = isoDate(dateValue);
  if (!announcedOn) {
    throw new RowProblem(
      dateValue
        ? `Payment ${entity.id}: its date "${dateValue}" is not a full date (YYYY-MM-DD)`
        : `Payment ${entity.id} has no date`,
    );
  }

  const purpose = first(entity, 'purpose');
  const summary = first(entity, 'summary');
  const sentence = `Payment from ${donor.name} to ${recipient.name} on ${announcedOn}.`;
  const words = [...values(entity, 'programme'), ...values(entity, 'purpose')].join(' ');
  const aid: ImportedAid = {
    at,
    authorityId: first(entity, 'recordId') ?? entity.id,
    donor,
    recipient,
    category: CATEGORIES.find(([pattern]) => pattern.test(words))?.[1] ?? 'humanitarian',
    // A payment is delivered aid, unless it says otherwise in the tracker's words (its own export).
    status: word<AidStatus>(entity, 'status', AID_STATUSES) ?? 'delivered',
    announcedOn,
    title: purpose ?? summary ?? sentence,
    quote: summary ?? purpose ?? sentence,
  };
  const original = amount(first(entity, 'amount'));
  const currency = first(entity, 'currency')?.toUpperCase();
  if (original !== undefined) {
    aid.originalAmount = original;
    if (currency) aid.originalCurrency = currency;
  }
  const usd = amount(first(entity, 'amountUsd'));
  if (usd !== undefined) aid.amountUsd = usd;
  return aid;
}
