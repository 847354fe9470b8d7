// A synthetic tracker CSV of aid packages for the import target (issue 22: 100,000 rows in
// ≤ 60 s): donors and recipients among the reference parties, a hundred sources, each row
// distinct so none is refused as a duplicate.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { columnNames } from '@/domain/tracker-csv';
import { AID_CATEGORIES, AID_STATUSES } from '@/domain/vocabulary';

const PARTIES = ['united-states', 'united-kingdom', 'european-union', 'russia', 'china'];

export async function writeTrackerAidCsv(file: string, rows: number): Promise<void> {
  const csv = stringify({ header: true, columns: columnNames('aid'), record_delimiter: 'windows' });
  const done = once(csv.pipe(createWriteStream(file)), 'finish');
  for (let n = 0; n < rows; n++) {
    const donor = PARTIES[n % PARTIES.length]!;
    const recipient = PARTIES[(n + 1 + (n % 3)) % PARTIES.length]!;
    const day = new Date(Date.UTC(2015, 0, 1) + (n % 3650) * 86_400_000).toISOString().slice(0, 10);
    const amount = 1_000 + ((n * 7919) % 50_000_000);
    const record = {
      announced_on: day,
      title: `Synthetic package ${n + 1}`,
      donor,
      recipient,
      category: AID_CATEGORIES[n % AID_CATEGORIES.length],
      status: AID_STATUSES[n % AID_STATUSES.length],
      amount: n % 2 === 0 ? amount : '',
      currency: n % 2 === 0 ? 'USD' : '',
      source_url: `https://example.org/bench/source-${n % 100}`,
      source_title: `Bench source ${n % 100}`,
      quote: `Synthetic quote for package ${n + 1}.`,
    };
    if (!csv.write(record)) await once(csv, 'drain');
  }
  csv.end();
  await done;
}
