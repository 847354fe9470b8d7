import { z } from 'zod';
import { OVERVIEW_TABLE_IDS } from '@/domain/api/overview';
import { optionalParams, strictQuery } from '@/domain/api/query';
import { OVERVIEW_PARAMS } from '@/app/lib/params/overview';
import { asOfParam } from '@/app/lib/params/asof';

// GET /api/v1/overview's parameters: the overview page's own filters (the same schemas),
// the day to read the tracker as of, and which table in which format.

export const OVERVIEW_FORMATS = ['json', 'csv'] as const;

export const OverviewApiQuery = strictQuery({
  ...optionalParams(OVERVIEW_PARAMS),
  asof: asOfParam
    .optional()
    .describe(
      'The tracker as it stood at the end of this day (YYYY-MM-DD, UTC), not after today nor before the first entry; today when absent.',
    ),
  table: z
    .enum(OVERVIEW_TABLE_IDS, { error: `no such table; use one of ${OVERVIEW_TABLE_IDS.join(', ')}` })
    .optional()
    .describe("One chart's table instead of the whole overview; needed for CSV."),
  format: z
    .enum(OVERVIEW_FORMATS, { error: `use one of ${OVERVIEW_FORMATS.join(', ')}` })
    .optional()
    .describe('json or csv (one table); overrides the Accept header.'),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['from'] });

export type OverviewApiQuery = z.output<typeof OverviewApiQuery>;
