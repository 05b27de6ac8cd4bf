import './pcaMap.css';
import { ProvenanceNotice } from '../../features/listings';
import { PcaIntuition } from './PcaIntuition';
import { PcaMap } from './PcaMap';
import { usePcaInput, type PcaData } from './usePcaInput';
import { PcaMapExercise } from './PcaMapExercise';

function MissingData({ data }: { data: Exclude<PcaData, { state: 'ready' }> }) {
  if (data.state === 'loading')
    return (
      <p className="notice" role="status">
        Loading the job listings…
      </p>
    );
  if (data.state === 'other-model') return <ProvenanceNotice message={data.message} />;
  if (data.state === 'embedding') {
    return (
      <p className="notice" role="status">
        Embedding the listings: {data.done} of {data.total} done. The map appears when they are all in.
        <progress max={data.total} value={data.done} aria-label="Listings embedded" />
      </p>
    );
  }
  return (
    <div className="notice">
      <p>
        The map needs embedded listings. Embed them on the <a href="#/search">Semantic search</a> page, or
        here: the first {data.rowsToEmbed} listings
        {data.embedded > 0 ? ` (${data.embedded} are embedded so far)` : ''}.
      </p>
      <button type="button" onClick={data.start} disabled={!data.canStart}>
        Embed {data.rowsToEmbed} listings
      </button>
    </div>
  );
}

export function PcaMapPage() {
  const { data, query, setQuery } = usePcaInput();
  return (
    <article className="lesson pca-map">
      <h1>Maps: PCA and UMAP</h1>
      <p>
        Each listing is a point in 384 dimensions. We cannot look at 384 dimensions, but we can look at a
        shadow of them on a flat wall. The question is which wall: PCA picks the one where the shadow is most
        spread out. This page shows every embedded listing at once on that wall, then on a second kind of map,
        UMAP, which keeps neighbours together instead of keeping spread, and measures how much each picture
        leaves out.
      </p>
      <PcaIntuition />
      <section aria-labelledby="pca-listings-heading">
        <h2 id="pca-listings-heading">2. The listings on one map</h2>
        <p>
          Here the same recipe runs on the listing vectors: subtract the average vector, find the two
          directions of largest spread (PC1 and PC2), and place each listing by its position along them. Hover
          a dot for its title, click to pin it; the dashed lines go to its 5 nearest listings in the full 384
          dimensions, so you can see where the map tells the truth and where it does not. Then switch the same
          map to UMAP, a method built to keep neighbours rather than spread, and measure which picture lies
          less.
        </p>
        {data.state === 'ready' ? (
          <>
            <p className="muted" data-testid="map-source">
              {data.source}
            </p>
            <PcaMap
              rows={data.rows}
              vectors={data.vectors}
              dims={data.dims}
              query={query}
              onQueryChange={setQuery}
            />
          </>
        ) : (
          <MissingData data={data} />
        )}
      </section>
      <PcaMapExercise />
    </article>
  );
}
