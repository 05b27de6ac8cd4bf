import { pictureSvg, svgToPng, type PlotPicture } from '../../charts/scatterExport';
import { downloadBlob, downloadJson } from '../../components/download';
import { coordinatesCsv, coordinatesJson, COORDINATES_HEADER, type MapCoordinates } from './mapExport';

/** The map's downloads: the picture as shown (SVG, PNG) and every row's coordinates (CSV, JSON). */
export function MapExports({
  picture,
  coordinates,
  fileName,
}: {
  /** Built on demand: the picture as it is at the moment of the click. */
  picture: () => PlotPicture;
  coordinates: MapCoordinates;
  fileName: string;
}) {
  const svgText = () => pictureSvg(picture());
  const count = coordinates.rows.length;
  return (
    <>
      <p className="scatter-export">
        <button
          type="button"
          onClick={() => downloadBlob(`${fileName}.svg`, new Blob([svgText()], { type: 'image/svg+xml' }))}
        >
          Export plot (SVG)
        </button>
        <button
          type="button"
          onClick={() => void svgToPng(svgText()).then((png) => downloadBlob(`${fileName}.png`, png))}
        >
          Export plot (PNG)
        </button>
      </p>
      <p className="scatter-export">
        <button
          type="button"
          onClick={() =>
            downloadBlob('map-coordinates.csv', new Blob([coordinatesCsv(coordinates)], { type: 'text/csv' }))
          }
        >
          Export coordinates (CSV)
        </button>
        <button
          type="button"
          onClick={() => downloadJson('map-coordinates.json', coordinatesJson(coordinates))}
        >
          Export coordinates (JSON)
        </button>
        <span className="muted">
          {COORDINATES_HEADER.replaceAll(',', ', ')} for all {count.toLocaleString('en')} embedded rows
          {coordinates.umap ? '' : '; the UMAP columns fill in once UMAP has run'}
          {coordinates.clusters ? '' : '; the cluster column once clustering has run'}. The JSON file adds the
          cluster labels.
        </span>
      </p>
    </>
  );
}
