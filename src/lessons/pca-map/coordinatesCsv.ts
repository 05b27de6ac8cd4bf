/** The map's coordinates as CSV: `index,title,pc1,pc2`, one line per embedded row. */

/** RFC 4180 quoting: wrap in double quotes, double any quote inside. */
export function quoteCsv(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Numbers keep full precision, so the file reproduces the map exactly. */
export function coordinatesCsv(
  rows: readonly { index: string; title: string }[],
  coords: Float64Array,
): string {
  const lines = ['index,title,pc1,pc2'];
  rows.forEach((row, i) => {
    lines.push(`${quoteCsv(row.index)},${quoteCsv(row.title)},${coords[i * 2]},${coords[i * 2 + 1]}`);
  });
  return `${lines.join('\r\n')}\r\n`;
}
