/**
 * Where a new point goes on a map that cannot project it (UMAP): the weighted mean of the map
 * positions of its nearest rows, weighted by their similarity (negative similarities count 0).
 */
export function placeByNeighbours(
  coords: Float64Array,
  neighbours: ArrayLike<number>,
  similarities: ArrayLike<number>,
): [number, number] {
  if (neighbours.length === 0) throw new RangeError('Placing a point needs at least one neighbour');
  let x = 0;
  let y = 0;
  let total = 0;
  for (let r = 0; r < neighbours.length; r++) {
    const weight = Math.max(0, similarities[r]);
    x += weight * coords[2 * neighbours[r]];
    y += weight * coords[2 * neighbours[r] + 1];
    total += weight;
  }
  if (total > 0) return [x / total, y / total];
  // No positive similarity: fall back to the plain mean of the neighbours.
  for (let r = 0; r < neighbours.length; r++) {
    x += coords[2 * neighbours[r]];
    y += coords[2 * neighbours[r] + 1];
  }
  return [x / neighbours.length, y / neighbours.length];
}
