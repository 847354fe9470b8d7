/** Rows grouped by the entry each belongs to (rows without one left out), in the order read. */
export function grouped<T>(rows: T[], keyOf: (row: T) => number | null): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(row);
  }
  return map;
}
