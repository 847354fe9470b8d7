import { parseArgs } from 'node:util';
import { SyntheticError, type SyntheticOptions } from './generate';

export const USAGE = 'usage: npm run db:synthetic -- --aid N --sanctions M [--seed S] [--out FILE] [--force]';
export const DEFAULT_OUT = 'data/synthetic.db';

/** A whole number as typed ("1000000" or "1_000_000"); anything else is refused by name. */
function count(flag: string, raw: string | undefined): number {
  if (raw === undefined) throw new SyntheticError(`--${flag} is required`);
  if (!/^\d[\d_]*$/.test(raw))
    throw new SyntheticError(`--${flag} must be a whole number of 0 or more, not "${raw}"`);
  return Number(raw.replaceAll('_', ''));
}

/** The command line as generateSynthetic options; a SyntheticError says what is wrong. */
export function parseSyntheticArgs(argv: string[]): Omit<SyntheticOptions, 'onProgress'> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        aid: { type: 'string' },
        sanctions: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    // parseArgs' messages are clear ("Unknown option '--x'") but name no way out.
    throw new SyntheticError(error instanceof Error ? error.message : String(error));
  }
  const out = values.out ?? DEFAULT_OUT;
  if (out.trim() === '') throw new SyntheticError('--out must name a file');
  return {
    aid: count('aid', values.aid),
    sanctions: count('sanctions', values.sanctions),
    seed: values.seed === undefined ? 1 : count('seed', values.seed),
    out,
    force: values.force,
  };
}
