import { searchSources } from '@/db/queries/list/pickers';
import { pickerResponse } from '@/app/lib/picker-response';

/** Sources matching `q`, for the citation editor (public data, read-only). */
export async function GET(request: Request) {
  return pickerResponse(request, searchSources);
}
