// The running total's shapes, in the area chart's 1000-unit box.

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Steps through the points, level until the next point, then straight up or down to it:
 * `M0 1000H28.3V998.4H34.6V996.9…`, half the size of the same steps as point pairs.
 */
export function stepPath(points: [x: number, y: number][]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${round(first[0])} ${round(first[1])}`;
  let level = round(first[1]);
  for (const [x, y] of rest) {
    d += `H${round(x)}`;
    if (round(y) !== level) d += `V${round(y)}`;
    level = round(y);
  }
  return d;
}

// Event numbers closer than this (in percent of the width) go up a line, up to three lines.
const CROWDED = 2.5;
const LINES = 3;

/** The line each marker's number sits on: 0 by the plot, higher when it would touch the one before. */
export function markerLines(positions: number[]): number[] {
  const lastOn: number[] = [];
  return positions.map((p) => {
    const free = Array.from({ length: LINES }, (_, i) => i).find((i) => lastOn[i] === undefined || p - lastOn[i]! >= CROWDED);
    const line = free ?? LINES - 1;
    lastOn[line] = p;
    return line;
  });
}
