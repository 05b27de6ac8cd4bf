import { useMemo } from 'react';
import { contourPath, densityContours } from '../../charts/densityContours';
import type { MapLabel } from '../../charts/labelPlacement';
import type { Frame } from '../../charts/scatterFrame';
import { colourByCluster, colourByRecall, colourByTitle, type ColourBy, type Colouring } from './mapColours';
import type { Clusters } from './useClusters';

/** Each cluster's label at the mean position of its members on the map shown. */
export function clusterLabels(coords: Float64Array, clusters: Clusters): MapLabel[] {
  const sums = new Float64Array(clusters.k * 3);
  clusters.assignments.forEach((c, i) => {
    sums[c * 3] += coords[i * 2];
    sums[c * 3 + 1] += coords[i * 2 + 1];
    sums[c * 3 + 2]++;
  });
  return clusters.labels.flatMap((text, c) =>
    sums[c * 3 + 2] > 0
      ? [{ x: sums[c * 3] / sums[c * 3 + 2], y: sums[c * 3 + 1] / sums[c * 3 + 2], text }]
      : [],
  );
}

/** What the map draws besides positions: the dots' colours, cluster labels and density contours. */
export function useMapDisplay({
  titles,
  colourBy,
  recall,
  recallK,
  clusters,
  frame,
  showLabels,
  showContours,
}: {
  titles: readonly string[];
  colourBy: ColourBy;
  /** recall@k of each point on the map shown, once measured. */
  recall: Float64Array | null;
  recallK: number;
  clusters: Clusters | null;
  frame: Frame;
  showLabels: boolean;
  showContours: boolean;
}) {
  const byTitle = useMemo(() => colourByTitle(titles), [titles]);
  const colouring = useMemo<Colouring>(() => {
    if (colourBy === 'recall' && recall) return colourByRecall(recall, recallK);
    if (colourBy === 'cluster' && clusters) return colourByCluster(clusters.assignments, clusters.labels);
    return byTitle;
  }, [colourBy, recall, recallK, clusters, byTitle]);
  const { coords } = frame;
  const labels = useMemo(
    () => (showLabels && clusters ? clusterLabels(coords, clusters) : null),
    [showLabels, clusters, coords],
  );
  const density = useMemo(() => (showContours ? densityContours(coords) : null), [showContours, coords]);
  const contours = useMemo(
    () => density?.map((contour) => contourPath(contour, frame.scales.x, frame.scales.y)) ?? null,
    [density, frame],
  );
  return { colouring, byTitle, labels, contours };
}
