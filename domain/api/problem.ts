import { z } from 'zod';

/** An error answer of the API (RFC 9457 problem details), as app/lib/api/problem.ts writes it. */
export const ProblemSchema = z.object({
  type: z.literal('about:blank'),
  status: z.number().int().describe('The HTTP status, repeated.'),
  title: z.string().describe('A short, stable summary of the kind of problem.'),
  detail: z.string().describe('What was wrong with this request, and how to fix it.'),
  errors: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe('Per parameter, the reasons it was refused.'),
});
