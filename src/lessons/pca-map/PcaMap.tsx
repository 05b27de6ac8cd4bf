import './pcaMap.css';
import { useId } from 'react';
import { FittedMap } from './FittedMap';
import type { MapRow } from './mapRow';
import { usePcaAnalysis } from './usePcaAnalysis';

export interface PcaMapProps {
  rows: readonly MapRow[];
  /** Row-major [rows.length, dims]. */
  vectors: Float32Array;
  dims: number;
  query: string;
  onQueryChange: (query: string) => void;
}

/** Section 2 onwards: PCA of the embedded listings, computed in a worker, and the interactive map. */
export function PcaMap({ rows, vectors, dims, query, onQueryChange }: PcaMapProps) {
  const analysis = usePcaAnalysis(vectors, dims, rows.length);
  const queryId = useId();
  return (
    <>
      <label className="field" htmlFor={queryId}>
        <span>Place a query on the map</span>
        <input
          id={queryId}
          type="search"
          value={query}
          placeholder="e.g. builds machine learning models in Python"
          onChange={(e) => onQueryChange(e.target.value)}
        />
      </label>
      {analysis.phase === 'fitting' && (
        <p className="notice" role="status">
          Computing PCA of {rows.length.toLocaleString('en')} × {dims} numbers in a background worker…
        </p>
      )}
      {analysis.phase === 'failed' && (
        <p className="notice notice-error" role="alert">
          PCA failed: {analysis.message}
        </p>
      )}
      {analysis.phase === 'fitted' && (
        <FittedMap
          key={analysis.client.id}
          rows={rows}
          vectors={vectors}
          dims={dims}
          model={analysis.model}
          coords={analysis.coords}
          ms={analysis.ms}
          client={analysis.client}
          query={query}
        />
      )}
    </>
  );
}
