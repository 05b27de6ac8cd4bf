import { version } from '../../../package.json';
import { downloadBlob } from '../../components/download';
import { fileStem, metadataCsv, vectorsNpy, type ExportRows } from '../../data/exportFiles';
import { exportManifest, jsonFileText, type ManifestSource } from '../../data/exportManifest';
import { pythonCheck } from '../../data/pythonCheck';
import { MAX_TOKENS } from '../../embedding/truncation';
import { useEngineStore } from '../../state/engineStore';
import {
  comparableVectors,
  embeddedPositions,
  embeddedVectors,
  useListingsStore,
} from '../../features/listings';

/** Step 4: take the vectors to Python. */
export function ExportPanel() {
  const dataset = useListingsStore((s) => s.dataset);
  // Exports embed no query: the one provenance rule only asks that the vectors be this dataset's.
  const stored = useListingsStore((s) => s.vectors);
  const usable = comparableVectors({ dataset, vectors: stored }, undefined);
  const vectors = usable.ok ? usable.vectors : undefined;
  // Gathered on click, not per render: during a job every batch renders, and a copy of 50,000 rows' vectors per batch stalls the page.
  const exportRows = (): ExportRows | undefined => {
    if (!dataset || !vectors) return undefined;
    const positions = embeddedPositions(vectors);
    return {
      listings: positions.map((i) => dataset.listings[i]),
      vectors: embeddedVectors(vectors, positions),
      dims: vectors.dims,
    };
  };
  const info = useEngineStore((s) => (s.status.phase === 'ready' ? s.status.info : undefined));
  const manifestSource = (): ManifestSource | undefined => {
    if (!vectors) return undefined;
    const { modelId, dtype, backend } = vectors.provenance;
    const backendDetail =
      backend === 'node'
        ? `npm run precompute${vectors.precomputedFrom ? ` (${vectors.precomputedFrom})` : ''}`
        : backend === 'wasm' && info?.device === 'wasm'
          ? `${info.numThreads} thread${info.numThreads === 1 ? '' : 's'}`
          : undefined;
    return { modelId, dtype, backend, backendDetail, appVersion: version, maxTokens: MAX_TOKENS };
  };
  const stem = fileStem(dataset?.name ?? 'listings');
  const npyName = `${stem}-vectors.npy`;
  const csvName = `${stem}-metadata.csv`;
  const jsonName = `${stem}-vectors.json`;
  const manifestName = `${stem}-manifest.json`;
  const exports: {
    label: string;
    file: string;
    type: string;
    contents: (rows: ExportRows, source: ManifestSource) => BlobPart | Promise<BlobPart>;
  }[] = [
    { label: 'Export .npy', file: npyName, type: 'application/octet-stream', contents: vectorsNpy },
    {
      label: 'Export metadata CSV',
      file: csvName,
      type: 'text/csv',
      contents: (r) => metadataCsv(r.listings),
    },
    {
      label: 'Export JSON',
      file: jsonName,
      type: 'application/json',
      contents: (r, s) => jsonFileText(s, r),
    },
    {
      label: 'Export manifest',
      file: manifestName,
      type: 'application/json',
      contents: async (r, s) => JSON.stringify(await exportManifest(s, r, { npy: npyName, json: jsonName })),
    },
  ];

  return (
    <section aria-labelledby="export-heading" className="search-step">
      <h2 id="export-heading">4. Take the vectors with you</h2>
      <p>
        Download the vectors to keep working in Python: as a NumPy array (<code>.npy</code>, float32) with a
        small CSV saying which listing each row is, or everything in one JSON file.
        {vectors &&
          vectors.embeddedCount < vectors.rowCount &&
          ` Only the ${vectors.embeddedCount} rows embedded so far are included.`}
      </p>
      <p className="export-buttons">
        {exports.map(({ label, file, type, contents }) => (
          <button
            key={label}
            type="button"
            disabled={!vectors}
            onClick={() => {
              const rows = exportRows();
              const source = manifestSource();
              if (rows && source)
                void Promise.resolve(contents(rows, source)).then((data) =>
                  downloadBlob(file, new Blob([data], { type })),
                );
            }}
          >
            {label}
          </button>
        ))}
      </p>
      {/* A <pre> has no role that takes a name; the sentence below says what the code does. */}
      <pre className="python-snippet">
        <code>
          {`vectors = np.load("${npyName}")\n`}
          {`meta = pd.read_csv("${csvName}")`}
        </code>
      </pre>
      <p className="muted">
        After <code>import numpy as np</code> and <code>import pandas as pd</code>, <code>vectors</code> has
        shape ({vectors?.embeddedCount ?? 'rows'}, {vectors?.dims ?? 384}) and <code>meta.iloc[i]</code>{' '}
        (index, title) describes <code>vectors[i]</code>. <code>vectors @ vectors[0]</code> then gives every
        row’s cosine with the first one.
      </p>
      <h3>Check the browser in Python</h3>
      <p>
        The <strong>manifest</strong> goes with both vector files: model, dtype, backend, app version, the
        number of rows, every text with its SHA-256, and the SHA-256 of the .npy and JSON files. With it, this
        Python recomputes the vectors with sentence-transformers and prints the largest difference:
      </p>
      <pre className="python-snippet" data-testid="python-check">
        <code>{pythonCheck({ manifest: manifestName, npy: npyName })}</code>
      </pre>
      <p className="muted">
        Expected: about 1e-6 for fp32 (float rounding in different kernels); a few times 1e-2 for q8, whose
        weights are 8-bit. These are estimates from the number formats: this project cannot run
        sentence-transformers on its test machines.
      </p>
    </section>
  );
}
