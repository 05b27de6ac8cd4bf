export type Method = 'pca' | 'umap';

/** "PCA | UMAP": which projection the map shows. UMAP is offered once it has been computed. */
export function ProjectionSwitch({
  method,
  onMethod,
  umapReady,
}: {
  method: Method;
  onMethod: (method: Method) => void;
  umapReady: boolean;
}) {
  return (
    <fieldset className="projection-switch">
      <legend>Projection shown on the map</legend>
      <label>
        <input type="radio" name="projection" checked={method === 'pca'} onChange={() => onMethod('pca')} />{' '}
        PCA
      </label>
      <label>
        <input
          type="radio"
          name="projection"
          checked={method === 'umap'}
          disabled={!umapReady}
          onChange={() => onMethod('umap')}
        />{' '}
        UMAP
      </label>
      {!umapReady && <span className="muted">Run UMAP below to switch to it.</span>}
    </fieldset>
  );
}

/** What a UMAP picture can and cannot be trusted for. */
export function UmapCaveats() {
  return (
    <div className="umap-caveats">
      <p>
        <strong>UMAP</strong> does not project onto a wall like PCA. It builds a graph of who is near whom in
        384 dimensions, then moves dots on a page until each dot&apos;s neighbours sit close to it.
      </p>
      <ul>
        <li>
          <strong>It keeps:</strong> who is near whom. Listings that are neighbours in the full space usually
          end up in the same island.
        </li>
        <li>
          <strong>It does not keep:</strong> the distances between islands (two islands far apart are not
          necessarily more different than two close ones), the sizes of islands (a big island is not a more
          varied group), and the axes, which mean nothing: only who sits beside whom does.
        </li>
      </ul>
    </div>
  );
}
