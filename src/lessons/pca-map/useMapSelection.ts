import { useCallback, useMemo, useState } from 'react';
import { indicesAbove } from '../../math/mapSelection';
import type { Highlight } from './SelectAndCompare';

/** The notebook's threshold: `job_titles[reduced[:, 1] > 0.2]`. */
const NOTEBOOK_THRESHOLD = 0.2;

/** Which points are highlighted: those in the brushed box, or those with PC2 above a threshold. */
export function useMapSelection(pcaCoords: Float64Array) {
  const count = pcaCoords.length / 2;
  const [box, setBox] = useState<Int32Array | null>(null);
  const [threshold, setThreshold] = useState(NOTEBOOK_THRESHOLD);
  const [highlight, setHighlight] = useState<Highlight>('none');
  const matches = useMemo(() => indicesAbove(pcaCoords, 1, threshold), [pcaCoords, threshold]);
  const highlighted = useMemo(() => {
    const chosen = highlight === 'box' ? box : highlight === 'threshold' ? matches : null;
    if (!chosen) return null;
    const mask = new Uint8Array(count);
    for (const i of chosen) mask[i] = 1;
    return mask;
  }, [highlight, box, matches, count]);
  const onBrush = useCallback((indices: Int32Array | null) => {
    setBox(indices);
    setHighlight(indices ? 'box' : 'none');
  }, []);
  const onThreshold = useCallback((t: number) => {
    setThreshold(t);
    setHighlight('threshold');
  }, []);
  return { box, threshold, highlight, setHighlight, matches, highlighted, onBrush, onThreshold };
}
