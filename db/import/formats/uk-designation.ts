// One <Designation> of the UK Sanctions List XML → a party and its sanctions, one per measure
// imposed, or an error saying why the designation cannot be read.
//
// Measures: the file lists them in <SanctionsImposed>, `|`-separated ("Asset freeze|Travel
// Ban"); when that is empty, the <SanctionsImposedIndicators> set to true are read instead.
// Asset freeze, travel ban and arms embargo have measures of their own in the tracker; trust
// services sanctions (a ban on providing trust services) are `financial`; every other measure
// (director disqualification, ship specification, port entry bans, …) is `other`, its own name
// kept in the sanction's title. Two measures of the file that meet in one tracker measure give
// one sanction, whose title names both: the sanction's key is `<UniqueID>:<measure>`.

import type { SanctionMeasure } from '../../../domain/vocabulary';
import type {
  ImportedAlias,
  ImportedIdentifier,
  ImportedParty,
  ImportedPartyKind,
  ImportedRecord,
} from '../records';
import { countryCode } from '../reference/country-codes';
import { type XmlElement, child, children, textOf } from './xml-elements';

const KINDS: Record<string, ImportedPartyKind> = {
  individual: 'person',
  entity: 'company',
  ship: 'vessel',
};

const NAME_PARTS = ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'];

const MEASURES: [RegExp, SanctionMeasure][] = [
  [/^asset freeze$/, 'asset_freeze'],
  [/^travel ban$/, 'travel_ban'],
  [/^(targeted )?arms embargo$/, 'arms_embargo'],
  [/^trust services( sanctions?)?$/, 'financial'],
];

/** Languages the FCDO names for non-Latin names, as BCP 47 tags; others are left without one. */
const LANGUAGES: Record<string, string> = {
  arabic: 'ar',
  armenian: 'hy',
  belarusian: 'be',
  burmese: 'my',
  chinese: 'zh',
  farsi: 'fa',
  georgian: 'ka',
  japanese: 'ja',
  korean: 'ko',
  persian: 'fa',
  russian: 'ru',
  ukrainian: 'uk',
};

export interface UkDesignationContext {
  /** The designation's place among the file's designations, from 1. */
  index: number;
  /** UniqueIDs read so far, each with its place. */
  seen: Map<string, string>;
}

/** `dd/mm/yyyy` (the FCDO's form) or an ISO date, as ISO `yyyy-mm-dd`; undefined for anything else. */
export function ukDate(text: string): string | undefined {
  const dmy = text.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  const iso = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text.match(/^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z?)?$/)?.[1];
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** Every element of this name inside `element`, at any depth, in file order. */
function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}

/** The trimmed, non-empty texts of every element of this name inside `element`. */
function textsOf(element: XmlElement, name: string): string[] {
  return descendants(element, name)
    .map((e) => e.text.trim())
    .filter(Boolean);
}

function join(parts: string[], separator = ', '): string {
  return parts.filter(Boolean).join(separator);
}

/** The one ISO code these country names give, when they give exactly one. */
function onlyCountry(names: string[]): string | undefined {
  const codes = new Set(names.map((n) => countryCode(n)));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Name1…Name5 (given names) then Name6 (family name, or an entity's or ship's whole name). */
function fullName(name: XmlElement): string {
  return join(
    NAME_PARTS.map((part) => textOf(name, part)),
    ' ',
  ).replace(/\s+/g, ' ');
}

/** The tracker's measure for one the file names. */
function trackerMeasure(label: string): SanctionMeasure {
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  return MEASURES.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}

/** The measures imposed, as the file names them: SanctionsImposed, else the indicators set to true. */
function measuresImposed(entry: XmlElement): string[] {
  const listed = textOf(entry, 'SanctionsImposed')
    .split('|')
    .map((m) => m.trim())
    .filter(Boolean);
  if (listed.length > 0) return listed;
  const indicators = child(entry, 'SanctionsImposedIndicators');
  return (indicators?.children ?? [])
    .filter((i) => i.text.trim().toLowerCase() === 'true')
    .map((i) => i.name.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .map((words) => words.charAt(0) + words.slice(1).toLowerCase());
}

export function* ukDesignationRecords(
  entry: XmlElement,
  { index, seen }: UkDesignationContext,
): Generator<ImportedRecord> {
  const id = textOf(entry, 'UniqueID');
  const at = `Designation[${index}]${id ? ` (${id})` : ''}`;
  const fail = (reason: string): ImportedRecord => ({ type: 'error', error: { at, reason } });

  const names = descendants(entry, 'Name').filter((n) => child(n, 'NameType'));
  const primary = names.filter((n) => textOf(n, 'NameType').toLowerCase() === 'primary name');
  const name = primary.map(fullName).find(Boolean) ?? '';
  const kindText = textOf(entry, 'IndividualEntityShip');
  const kind = KINDS[kindText.toLowerCase()];
  const designatedText = textOf(entry, 'DateDesignated');
  const listedOn = ukDate(designatedText);
  const regime = textOf(entry, 'RegimeName');
  const imposed = measuresImposed(entry);

  const earlier = seen.get(id);
  const problem = !id
    ? 'UniqueID is empty'
    : earlier
      ? `UniqueID ${id} is listed twice (first at ${earlier})`
      : !name
        ? 'it has no Primary Name'
        : !kind
          ? `IndividualEntityShip "${kindText}" is not Individual, Entity or Ship`
          : designatedText && !listedOn
            ? `DateDesignated "${designatedText}" is not a date`
            : !regime
              ? 'RegimeName is empty'
              : imposed.length === 0
                ? 'SanctionsImposed names no measure'
                : undefined;
  if (problem || !kind) {
    yield fail(problem ?? 'unknown kind');
    return;
  }
  seen.set(id, at);

  const party: ImportedParty = {
    at,
    listKey: id,
    name,
    kind,
    identifiers: identifiers(entry, id),
    aliases: aliases(entry, names, name),
  };
  const country = onlyCountry(
    kind === 'person'
      ? textsOf(entry, 'Nationality')
      : kind === 'vessel'
        ? [...textsOf(entry, 'CurrentBelievedFlagOfShip'), ...textsOf(entry, 'CurrentFlag')]
        : textsOf(entry, 'AddressCountry'),
  );
  if (country) party.countryCode = country;
  const description = describe(entry);
  if (description) party.description = description;
  yield { type: 'party', party };

  const byMeasure = new Map<SanctionMeasure, string[]>();
  for (const label of imposed) {
    const measure = trackerMeasure(label);
    const labels = byMeasure.get(measure) ?? [];
    if (!labels.some((l) => l.toLowerCase() === label.toLowerCase())) labels.push(label);
    byMeasure.set(measure, labels);
  }
  const legalBasis = /\b(Regulations|Act|Order)\b/.test(regime)
    ? regime
    : `${regime} (Sanctions and Anti-Money Laundering Act 2018)`;
  const quote =
    textOf(entry, 'UKStatementofReasons') ||
    textOf(entry, 'OtherInformation') ||
    `Designated on the UK Sanctions List as ${id} under the ${regime} regime${listedOn ? ` on ${listedOn}` : ''}.`;
  for (const [measure, labels] of byMeasure) {
    yield {
      type: 'sanction',
      sanction: {
        at,
        authorityId: `${id}:${measure}`,
        targetKey: id,
        imposerSlug: 'united-kingdom',
        measure,
        status: 'imposed',
        programme: regime,
        legalBasis,
        ...(listedOn ? { listedOn } : {}),
        title: `UK: ${name} — ${labels.map((l) => l.toLowerCase()).join(', ')} (${regime})`,
        quote,
      },
    };
  }
}

/** The list's own key, the UN's reference, passports, national IDs, IMO numbers and INNs. */
function identifiers(entry: XmlElement, id: string): ImportedIdentifier[] {
  const found: ImportedIdentifier[] = [{ scheme: 'gb', value: id }];
  const unReference = textOf(entry, 'UNReferenceNumber');
  if (unReference) found.push({ scheme: 'un', value: unReference });
  const documents: [string, string, string, string][] = [
    ['passport', 'PassportDetail', 'PassportNumber', 'PassportAdditionalInformation'],
    [
      'national-id',
      'NationalIdentifier',
      'NationalIdentifierNumber',
      'NationalIdentifierAdditionalInformation',
    ],
  ];
  for (const [scheme, holder, number, information] of documents) {
    for (const document of descendants(entry, holder)) {
      const value = textOf(document, number);
      if (!value) continue;
      // The additional information is at times just the issuing country.
      const country = countryCode(textOf(document, information));
      found.push(country ? { scheme, value, country } : { scheme, value });
    }
  }
  for (const imo of textsOf(entry, 'IMONumber')) {
    const value = imo.match(/\b\d{7}\b/)?.[0];
    if (value) found.push({ scheme: 'imo', value });
  }
  for (const registration of textsOf(entry, 'BusinessRegistrationNumber')) {
    const value = registration.match(/\bINN\W*(\d{12}|\d{10})\b/)?.[1];
    if (value) found.push({ scheme: 'inn', value });
  }
  return found;
}

/**
 * Aliases: each other name ("Alias", "Primary Name Variation", a second primary name) strong
 * unless its AliasStrength says "Low quality"; names in non-Latin script strong, with their
 * language where the file names one we know.
 */
function aliases(entry: XmlElement, names: XmlElement[], name: string): ImportedAlias[] {
  const found: ImportedAlias[] = names.map((n) => ({
    name: fullName(n),
    strength: /low/i.test(textOf(n, 'AliasStrength')) ? 'weak' : 'strong',
  }));
  for (const holder of children(entry, 'NonLatinNames')) {
    // <NonLatinNames><NonLatinName><NameNonLatinScript>, or the name right in <NonLatinNames>.
    for (const group of [holder, ...descendants(holder, 'NonLatinName')]) {
      const original = textOf(group, 'NameNonLatinScript');
      if (!original) continue;
      const language = LANGUAGES[textOf(group, 'NonLatinScriptLanguage').toLowerCase()];
      found.push(
        language ? { name: original, language, strength: 'strong' } : { name: original, strength: 'strong' },
      );
    }
  }
  const byKey = new Map<string, ImportedAlias>([[name.toLowerCase(), { name, strength: 'strong' }]]);
  for (const alias of found) {
    if (!alias.name) continue;
    const earlier = byKey.get(alias.name.toLowerCase());
    if (!earlier) byKey.set(alias.name.toLowerCase(), alias);
    else if (alias.strength === 'strong') earlier.strength = 'strong';
  }
  byKey.delete(name.toLowerCase());
  return [...byKey.values()];
}

function address(element: XmlElement): string {
  return join(
    [1, 2, 3, 4, 5, 6]
      .map((n) => textOf(element, `AddressLine${n}`))
      .concat(textOf(element, 'AddressPostalCode'), textOf(element, 'AddressCountry')),
  );
}

function birthPlace(element: XmlElement): string {
  return join([textOf(element, 'TownOfBirth'), textOf(element, 'CountryOfBirth')]);
}

/** What the designation says beyond names and numbers, one labelled line each, for the party's description. */
function describe(entry: XmlElement): string | undefined {
  const lines: [string, string[]][] = [
    ['Designation source', [textOf(entry, 'DesignationSource')]],
    ['OFSI group ID', [textOf(entry, 'OFSIGroupID')]],
    ['Title', textsOf(entry, 'Title')],
    ['Position', textsOf(entry, 'Position')],
    ['Gender', textsOf(entry, 'Gender')],
    ['Date of birth', textsOf(entry, 'DOB')],
    ['Place of birth', descendants(entry, 'Location').map(birthPlace)],
    ['Nationality', textsOf(entry, 'Nationality')],
    ['Address', descendants(entry, 'Address').map(address)],
    ['Phone', textsOf(entry, 'PhoneNumber')],
    ['Email', textsOf(entry, 'EmailAddress')],
    ['Website', textsOf(entry, 'Website')],
    ['Type of entity', textsOf(entry, 'TypeOfEntity')],
    ['Registration number', textsOf(entry, 'BusinessRegistrationNumber')],
    ['Parent company', textsOf(entry, 'ParentCompany')],
    ['Subsidiary', textsOf(entry, 'Subsidiary')],
    ['Type of ship', textsOf(entry, 'TypeOfShip')],
    ['Owner or operator', textsOf(entry, 'CurrentOwnerOperator')],
    ['Flag', [...textsOf(entry, 'CurrentBelievedFlagOfShip'), ...textsOf(entry, 'CurrentFlag')]],
    ['Previous flag', textsOf(entry, 'PreviousFlag')],
    ['Tonnage', textsOf(entry, 'Tonnage')],
    ['Length', textsOf(entry, 'Length')],
    ['Year built', textsOf(entry, 'YearBuilt')],
    ['Other information', [textOf(entry, 'OtherInformation')]],
  ];
  const text = lines
    .map(([label, items]) => [label, items.filter(Boolean)] as const)
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => `${label}: ${items.join('; ').replace(/\s+/g, ' ')}`)
    .join('\n');
  return text || undefined;
}
