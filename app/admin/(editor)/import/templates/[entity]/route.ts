import { stringify } from 'csv-stringify/sync';
import { currentEditor } from '@/app/lib/auth/session';
import { columnNames, TRACKER_ENTITIES, type TrackerEntity } from '@/domain/tracker-csv';

/** An empty tracker CSV of one kind of entry: its header row, to fill in a spreadsheet. */
export async function GET(_request: Request, { params }: { params: Promise<{ entity: string }> }) {
  if (!(await currentEditor())) return new Response('Sign in to download templates.', { status: 401 });
  const entity = (await params).entity.replace(/\.csv$/, '');
  if (!TRACKER_ENTITIES.includes(entity as TrackerEntity))
    return new Response(`No template for “${entity.slice(0, 40)}”.`, { status: 404 });
  return new Response(stringify([columnNames(entity as TrackerEntity)], { record_delimiter: 'windows' }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="tracker-${entity}-template.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
