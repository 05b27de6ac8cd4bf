import type { Metric } from '../../math/similarity';

export const METRIC_NAMES: Record<Metric, string> = {
  cosine: 'Cosine similarity',
  dot: 'Dot product',
  cosineDistance: 'Cosine distance',
  euclidean: 'Euclidean distance',
};

export const METRIC_HINTS: Record<Metric, string> = {
  cosine: 'higher = closer, from −1 to 1',
  dot: 'higher = closer; equals the cosine here because every vector has length 1',
  cosineDistance: '1 − cosine: lower = closer, from 0 to 2',
  euclidean: 'straight-line gap: lower = closer, from 0 to 2 for length-1 vectors',
};
