import { z } from 'zod';

/** One line of GET /api/v1/ftm: a FollowTheMoney entity. */
export const FtmEntitySchema = z.object({
  id: z
    .string()
    .describe('tracker-party-N, tracker-sanction-N, tracker-aid-N, or the FtM id a party came with.'),
  schema: z
    .string()
    .describe('The FtM schema: Person, Company, PublicBody, Organization, Sanction, Payment…'),
  properties: z.record(z.string(), z.array(z.string())).describe('FtM properties, each a list of strings.'),
});
