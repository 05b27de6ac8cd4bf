/** The scatter plot as a standalone SVG document (and a PNG rendered from it), for download. */
import { labelFontSize, screenLabels, type MapLabel } from './labelPlacement';
import { CROWDED_OPACITY, type Layout, type View } from './scatterDraw';
import { frameTicks } from './scatterFrame';
import type { ScatterPlotProps } from './ScatterPlot';
import { isCrowded } from './scatterGeometry';
import { paintGroups, type PaintGroup } from './scatterPaint';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Tick {
  value: string;
  at: number;
}

export interface ScatterExport {
  width: number;
  height: number;
  groups: readonly PaintGroup[];
  /** Fill opacity of the dots (below 1 for crowded maps, as on screen). */
  opacity: number;
  layout: Layout;
  view: View;
  marked: ArrayLike<number> | null;
  /** The query, in base pixels. */
  query: [number, number] | null;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  axisLabels: [string, string];
  title: string;
  legend: readonly { label: string; color: string }[];
  /** Density contours: SVG path data in base pixels (drawn through the view, like the points). */
  contours?: readonly string[];
  /** Cluster labels, already placed in screen pixels. */
  labels?: { fontSize: number; items: readonly { text: string; x: number; y: number }[] };
}

const LEGEND_ROW = 18;
const CHAR_WIDTH = 6.6;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * One SVG element as text. Built as a string, not through the DOM, so the export is a pure function
 * (snapshot-tested in Node); attribute values and text (listing titles) are escaped.
 */
function element(
  name: string,
  attributes: Record<string, string | number>,
  content: string | readonly string[] = [],
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const inner = typeof content === 'string' ? escapeXml(content) : content.join('');
  return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** Lays legend entries out in rows that fit the width; returns their positions and the height used. */
function legendLayout(entries: ScatterExport['legend'], width: number): { x: number; row: number }[] {
  let x = 12;
  let row = 0;
  return entries.map((entry) => {
    const entryWidth = 22 + entry.label.length * CHAR_WIDTH;
    if (x + entryWidth > width - 12 && x > 12) {
      x = 12;
      row++;
    }
    const at = { x, row };
    x += entryWidth + 12;
    return at;
  });
}

export function scatterSvg(spec: ScatterExport): string {
  const { width, layout, view } = spec;
  const { clip, radius, bx, by } = layout;
  const legendAt = legendLayout(spec.legend, width);
  const legendRows = spec.legend.length === 0 ? 0 : Math.max(...legendAt.map((l) => l.row)) + 1;
  const top = 28;
  const height = top + spec.height + legendRows * LEGEND_ROW + 8;
  const plotArea = {
    x: clip.left,
    y: clip.top,
    width: clip.right - clip.left,
    height: clip.bottom - clip.top,
  };
  const axes = [
    ...spec.xTicks.flatMap((tick) => [
      element('line', { x1: tick.at, x2: tick.at, y1: clip.top, y2: clip.bottom, stroke: '#eceef1' }),
      element('text', { x: tick.at, y: clip.bottom + 14, 'text-anchor': 'middle' }, tick.value),
    ]),
    ...spec.yTicks.flatMap((tick) => [
      element('line', { x1: clip.left, x2: clip.right, y1: tick.at, y2: tick.at, stroke: '#eceef1' }),
      element('text', { x: clip.left - 5, y: tick.at + 3, 'text-anchor': 'end' }, tick.value),
    ]),
    element(
      'text',
      { x: (clip.left + clip.right) / 2, y: clip.bottom + 30, 'text-anchor': 'middle', 'font-size': 11 },
      spec.axisLabels[0],
    ),
    element(
      'text',
      {
        transform: `translate(12,${(clip.top + clip.bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        'font-size': 11,
      },
      spec.axisLabels[1],
    ),
    element('rect', { ...plotArea, fill: 'none', stroke: '#c9cdd4' }),
  ];

  const sx = (i: number) => (view.k * bx[i] + view.x).toFixed(1);
  const sy = (i: number) => (view.k * by[i] + view.y).toFixed(1);
  const points = spec.groups.map((group) =>
    element(
      'g',
      { fill: group.fill },
      Array.from(group.indices, (i) => element('circle', { cx: sx(i), cy: sy(i), r: radius })),
    ),
  );
  if (spec.marked) {
    const rings = Array.from(spec.marked, (i) => element('circle', { cx: sx(i), cy: sy(i), r: radius + 3 }));
    points.push(element('g', { fill: 'none', stroke: '#111', 'stroke-width': 2, 'fill-opacity': 1 }, rings));
  }
  if (spec.query) {
    const [qx, qy] = [view.k * spec.query[0] + view.x, view.k * spec.query[1] + view.y];
    points.push(
      element(
        'g',
        { stroke: '#111', 'fill-opacity': 1, transform: `translate(${qx.toFixed(1)},${qy.toFixed(1)})` },
        [
          element('circle', { r: 9, fill: '#fff', 'stroke-width': 2.5 }),
          element('path', { d: 'M-15,0H15M0,-15V15', 'stroke-width': 2 }),
        ],
      ),
    );
  }

  // Contours and labels as the page draws them (ScatterPlot.css), over the dots at full opacity.
  const annotations: string[] = [];
  if (spec.contours?.length)
    annotations.push(
      element(
        'g',
        {
          transform: `translate(${view.x},${view.y}) scale(${view.k})`,
          fill: 'none',
          stroke: '#3b4252',
          'stroke-opacity': 0.45,
        },
        spec.contours.map((d) => element('path', { d, 'vector-effect': 'non-scaling-stroke' })),
      ),
    );
  if (spec.labels?.items.length)
    annotations.push(
      element(
        'g',
        {
          'font-size': spec.labels.fontSize,
          'font-weight': 600,
          fill: '#111',
          stroke: 'rgba(255,255,255,0.92)',
          'stroke-width': 4,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
          'text-anchor': 'middle',
        },
        spec.labels.items.map((label) =>
          element('text', { x: label.x.toFixed(1), y: label.y.toFixed(1), dy: '0.35em' }, label.text),
        ),
      ),
    );

  const legend = spec.legend.flatMap((entry, i) => {
    const { x, row } = legendAt[i];
    return [
      element('circle', {
        cx: x + 6,
        cy: row * LEGEND_ROW + 6,
        r: 5,
        fill: entry.color,
        stroke: 'rgba(0,0,0,0.35)',
      }),
      element('text', { x: x + 16, y: row * LEGEND_ROW + 10 }, entry.label),
    ];
  });

  return element(
    'svg',
    {
      xmlns: SVG_NS,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': 'system-ui, sans-serif',
    },
    [
      element('rect', { width, height, fill: '#fff' }),
      element('text', { x: 12, y: 19, 'font-size': 14, 'font-weight': 600, fill: '#1d2330' }, spec.title),
      element('g', { transform: `translate(0,${top})` }, [
        element('clipPath', { id: 'plot-area' }, [element('rect', plotArea)]),
        element('g', { 'font-size': 10, fill: '#5b6272' }, axes),
        element('g', { 'clip-path': 'url(#plot-area)', 'fill-opacity': spec.opacity }, points),
        ...(annotations.length ? [element('g', { 'clip-path': 'url(#plot-area)' }, annotations)] : []),
      ]),
      element(
        'g',
        { 'font-size': 11, fill: '#1d2330', transform: `translate(0,${top + spec.height + 4})` },
        legend,
      ),
    ],
  );
}

/** What the plot shows, as the page holds it: the export draws the same picture. */
export type PlotPicture = Pick<
  ScatterPlotProps,
  'frame' | 'codes' | 'colors' | 'hidden' | 'highlighted' | 'marked' | 'query' | 'axisLabels'
> & {
  contours: readonly string[] | null;
  labels: readonly MapLabel[] | null;
  view: View;
  title: string;
  legend: readonly { label: string; color: string }[];
};

/** The SVG of a plot as the page shows it (same frame, view, colours and marks). */
export function pictureSvg(picture: PlotPicture): string {
  const { frame, view, query } = picture;
  const ticks = frameTicks(frame, view);
  return scatterSvg({
    width: frame.width,
    height: frame.height,
    groups: paintGroups(picture.codes, picture.colors, picture.hidden, picture.highlighted),
    opacity: isCrowded(frame.layout.bx.length) ? CROWDED_OPACITY : 1,
    layout: frame.layout,
    view,
    marked: picture.marked,
    query: query ? [frame.scales.x(query[0]), frame.scales.y(query[1])] : null,
    xTicks: ticks.x,
    yTicks: ticks.y,
    axisLabels: picture.axisLabels,
    title: picture.title,
    legend: picture.legend,
    contours: picture.contours ?? undefined,
    labels: picture.labels
      ? { fontSize: labelFontSize(frame), items: screenLabels(frame, view, picture.labels) }
      : undefined,
  });
}

/** Renders an SVG document to a PNG at `scale` times its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make a PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
