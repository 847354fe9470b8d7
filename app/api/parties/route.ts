import { searchParties } from '@/db/queries/list/pickers';
import { pickerResponse } from '@/app/lib/picker-response';

/** Parties matching `q`, for the admin forms' party pickers and the public filters' suggestions (public data, read-only). */
export async function GET(request: Request) {
  return pickerResponse(request, searchParties);
}
