// Event numbers closer than this share of the width go up a line, up to three lines.
const CROWDED = 0.025;
const LINES = 3;

/** The line each marker's number sits on (positions from 0 to 1 across the plot): 0 by the plot, higher when it would touch the one before. */
export function markerLines(positions: number[]): number[] {
  const lastOn: number[] = [];
  return positions.map((p) => {
    const free = Array.from({ length: LINES }, (_, i) => i).find(
      (i) => lastOn[i] === undefined || p - lastOn[i]! >= CROWDED,
    );
    const line = free ?? LINES - 1;
    lastOn[line] = p;
    return line;
  });
}
