import { useEngineStore } from '../state/engineStore';
import { row } from '../math/vector';
import { downloadJson } from './download';

export interface VectorsFile {
  model: string;
  dtype: string;
  texts: string[];
  vectors: number[][];
}

/** Saves texts with their vectors (row-major [texts.length, dims]) as `{ model, dtype, texts, vectors }`. */
export function DownloadVectorsButton({
  filename,
  texts,
  vectors,
  dims,
  children = 'Download vectors (JSON)',
}: {
  filename: string;
  texts: readonly string[];
  vectors: Float32Array;
  dims: number;
  children?: string;
}) {
  const status = useEngineStore((s) => s.status);
  const download = () => {
    if (status.phase !== 'ready') return;
    const file: VectorsFile = {
      model: status.info.modelId,
      dtype: status.info.dtype,
      texts: [...texts],
      vectors: texts.map((_, i) => Array.from(row(vectors, dims, i))),
    };
    downloadJson(filename, file);
  };
  return (
    <button type="button" onClick={download} disabled={status.phase !== 'ready'}>
      {children}
    </button>
  );
}
