import { describe, expect, it } from 'vitest';
import { scatterSvg, type ScatterExport } from './scatterExport';

/** Three points, two colour groups, one marked point, a query and a legend that wraps to two rows. */
const spec: ScatterExport = {
  width: 240,
  height: 160,
  groups: [
    { fill: '#4e79a7', indices: Int32Array.of(0, 2) },
    { fill: '#f28e2b', indices: Int32Array.of(1) },
  ],
  opacity: 0.8,
  layout: {
    bx: Float32Array.of(40, 120, 200),
    by: Float32Array.of(30, 80, 130),
    clip: { left: 30, top: 10, right: 230, bottom: 140 },
    radius: 3,
  },
  view: { k: 2, x: -40, y: -20 },
  marked: Int32Array.of(1),
  query: [100, 60],
  xTicks: [{ value: '−0.5', at: 60 }],
  yTicks: [{ value: '0.25', at: 90 }],
  axisLabels: ['PC1 (31%)', 'PC2 (12%)'],
  title: 'Listings <script>alert("x")</script> & co',
  legend: [
    { label: 'Data & AI', color: '#4e79a7' },
    { label: 'A rather long category name', color: '#f28e2b' },
  ],
};

describe('scatterSvg', () => {
  it('writes the same document as the reviewed snapshot', async () => {
    await expect(scatterSvg(spec)).toMatchFileSnapshot('__snapshots__/scatterExport.svg');
  });

  it('escapes titles and labels, so listing text never becomes markup', () => {
    const svg = scatterSvg(spec);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Listings &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('>Data &amp; AI</text>');
  });

  it('draws contours through the view and labels where the page puts them, escaped, only when given', () => {
    const plain = scatterSvg(spec);
    expect(plain).not.toContain('<path d="M1,1');
    const svg = scatterSvg({
      ...spec,
      contours: ['M1,1L5,1L5,5Z', 'M2,2L4,2L4,4Z'],
      labels: { fontSize: 12, items: [{ text: 'data & ml', x: 90, y: 45.25 }] },
    });
    expect(svg).toContain('<g transform="translate(-40,-20) scale(2)" fill="none"');
    expect(svg.match(/<path d="M\d,\dL/g)).toHaveLength(2);
    expect(svg).toContain('<text x="90.0" y="45.3" dy="0.35em">data &amp; ml</text>');
    // Over the dots: after the points group, inside the plot's clip.
    expect(svg.indexOf('data &amp; ml')).toBeGreaterThan(svg.indexOf('r="6"'));
  });

  it('places points through the view: screen = k · base + offset', () => {
    const svg = scatterSvg(spec);
    expect(svg).toContain('<circle cx="40.0" cy="40.0" r="3"/>');
    expect(svg).toContain('<circle cx="200.0" cy="140.0" r="6"/>'); // the marked point's ring
    expect(svg).toContain('transform="translate(160.0,100.0)"'); // the query marker
  });
});
