/** The scatter plot as a standalone SVG document (and a PNG rendered from it), for download. */
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
}

const LEGEND_ROW = 18;
const CHAR_WIDTH = 6.6;

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
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
  const svg = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
  });
  svg.append(element('rect', { width, height, fill: '#fff' }));
  svg.append(
    element('text', { x: 12, y: 19, 'font-size': 14, 'font-weight': 600, fill: '#1d2330' }, spec.title),
  );

  const plot = element('g', { transform: `translate(0,${top})` });
  svg.append(plot);
  const clipPath = element('clipPath', { id: 'plot-area' });
  clipPath.append(
    element('rect', {
      x: clip.left,
      y: clip.top,
      width: clip.right - clip.left,
      height: clip.bottom - clip.top,
    }),
  );
  plot.append(clipPath);
  const axes = element('g', { 'font-size': 10, fill: '#5b6272' });
  for (const tick of spec.xTicks) {
    axes.append(
      element('line', { x1: tick.at, x2: tick.at, y1: clip.top, y2: clip.bottom, stroke: '#eceef1' }),
    );
    axes.append(element('text', { x: tick.at, y: clip.bottom + 14, 'text-anchor': 'middle' }, tick.value));
  }
  for (const tick of spec.yTicks) {
    axes.append(
      element('line', { x1: clip.left, x2: clip.right, y1: tick.at, y2: tick.at, stroke: '#eceef1' }),
    );
    axes.append(element('text', { x: clip.left - 5, y: tick.at + 3, 'text-anchor': 'end' }, tick.value));
  }
  axes.append(
    element(
      'text',
      { x: (clip.left + clip.right) / 2, y: clip.bottom + 30, 'text-anchor': 'middle', 'font-size': 11 },
      spec.axisLabels[0],
    ),
  );
  axes.append(
    element(
      'text',
      {
        transform: `translate(12,${(clip.top + clip.bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        'font-size': 11,
      },
      spec.axisLabels[1],
    ),
  );
  axes.append(
    element('rect', {
      x: clip.left,
      y: clip.top,
      width: clip.right - clip.left,
      height: clip.bottom - clip.top,
      fill: 'none',
      stroke: '#c9cdd4',
    }),
  );
  plot.append(axes);

  const points = element('g', { 'clip-path': 'url(#plot-area)', 'fill-opacity': spec.opacity });
  const sx = (i: number) => (view.k * bx[i] + view.x).toFixed(1);
  const sy = (i: number) => (view.k * by[i] + view.y).toFixed(1);
  for (const group of spec.groups) {
    const g = element('g', { fill: group.fill });
    for (const i of group.indices) g.append(element('circle', { cx: sx(i), cy: sy(i), r: radius }));
    points.append(g);
  }
  if (spec.marked) {
    const rings = element('g', { fill: 'none', stroke: '#111', 'stroke-width': 2, 'fill-opacity': 1 });
    for (const i of Array.from(spec.marked))
      rings.append(element('circle', { cx: sx(i), cy: sy(i), r: radius + 3 }));
    points.append(rings);
  }
  if (spec.query) {
    const [qx, qy] = [view.k * spec.query[0] + view.x, view.k * spec.query[1] + view.y];
    const marker = element('g', {
      stroke: '#111',
      'fill-opacity': 1,
      transform: `translate(${qx.toFixed(1)},${qy.toFixed(1)})`,
    });
    marker.append(element('circle', { r: 9, fill: '#fff', 'stroke-width': 2.5 }));
    marker.append(element('path', { d: 'M-15,0H15M0,-15V15', 'stroke-width': 2 }));
    points.append(marker);
  }
  plot.append(points);

  const legend = element('g', {
    'font-size': 11,
    fill: '#1d2330',
    transform: `translate(0,${top + spec.height + 4})`,
  });
  spec.legend.forEach((entry, i) => {
    const { x, row } = legendAt[i];
    legend.append(
      element('circle', {
        cx: x + 6,
        cy: row * LEGEND_ROW + 6,
        r: 5,
        fill: entry.color,
        stroke: 'rgba(0,0,0,0.35)',
      }),
    );
    legend.append(element('text', { x: x + 16, y: row * LEGEND_ROW + 10 }, entry.label));
  });
  svg.append(legend);
  return new XMLSerializer().serializeToString(svg);
}

/** What the plot shows, as the page holds it: the export draws the same picture. */
export type PlotPicture = Pick<
  ScatterPlotProps,
  'frame' | 'codes' | 'colors' | 'hidden' | 'highlighted' | 'marked' | 'query' | 'axisLabels'
> & {
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
