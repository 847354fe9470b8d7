import type { PartyKind } from '@/domain/vocabulary';

/**
 * The parties that publish the lists the importer reads. A list's rows name their imposer by
 * slug; an imposer missing from the tracker is created with the import (and counted new).
 */
export const IMPOSERS: Record<string, { name: string; kind: PartyKind; countryCode: string | null }> = {
  'united-states': { name: 'United States', kind: 'state', countryCode: 'US' },
  'european-union': { name: 'European Union', kind: 'bloc', countryCode: null },
  'un-security-council': { name: 'UN Security Council', kind: 'international_org', countryCode: null },
  'united-kingdom': { name: 'United Kingdom', kind: 'state', countryCode: 'GB' },
};
