import { row } from '../math/vector';
import { downloadJson } from './download';

export interface VectorsFile {
  model: string;
  dtype: string;
  texts: string[];
  vectors: number[][];
}

/**
 * Saves texts with their vectors (row-major [texts.length, dims]) as `{ model, dtype, texts, vectors }`.
 * `model` is what made the vectors; the button is disabled without it.
 */
export function DownloadVectorsButton({
  filename,
  texts,
  vectors,
  dims,
  model,
  children = 'Download vectors (JSON)',
}: {
  filename: string;
  texts: readonly string[];
  vectors: Float32Array;
  dims: number;
  model: { modelId: string; dtype: string } | undefined;
  children?: string;
}) {
  const download = () => {
    if (!model) return;
    const file: VectorsFile = {
      model: model.modelId,
      dtype: model.dtype,
      texts: [...texts],
      vectors: texts.map((_, i) => Array.from(row(vectors, dims, i))),
    };
    downloadJson(filename, file);
  };
  return (
    <button type="button" onClick={download} disabled={!model}>
      {children}
    </button>
  );
}
