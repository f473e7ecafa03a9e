import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPoint } from 'geojson';
import world from 'world-atlas/countries-110m.json';

const SVG = 'http://www.w3.org/2000/svg';
let countries: FeatureCollection | undefined;

function countryShapes(): FeatureCollection {
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  countries ??= feature(topo, topo.objects.countries) as FeatureCollection;
  return countries;
}

export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** What the marker says when hovered or read aloud. */
  readonly label: string;
  /** Where the marker leads, e.g. "#event/ID"; a plain marker when absent. */
  readonly href?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * A map drawn offline from Natural Earth's 1:110m countries (bundled), zoomed to the places, with
 * a marker at each. No tiles, no network.
 */
export function worldMap(places: readonly Place[], title: string, focus: readonly Place[] = places): SVGSVGElement {
  const width = 960;
  const height = 500;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img', 'aria-label': title });
  const projection = geoNaturalEarth1();
  // Zoomed to the places that matter most (the event's, when known), so one far-off country
  // does not shrink the scene; markers beyond the frame are clipped.
  const frame = focus.length ? focus : places;
  if (frame.length) {
    const lons = frame.map((p) => p.lon);
    const lats = frame.map((p) => p.lat);
    const pad = 6;
    const bounds: MultiPoint = {
      type: 'MultiPoint',
      coordinates: [
        [Math.max(-180, Math.min(...lons) - pad * 1.6), Math.max(-85, Math.min(...lats) - pad)],
        [Math.min(180, Math.max(...lons) + pad * 1.6), Math.min(85, Math.max(...lats) + pad)],
      ],
    };
    projection.fitExtent([[20, 20], [width - 20, height - 20]], bounds);
  } else {
    projection.fitSize([width, height], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  root.appendChild(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  root.appendChild(svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const land = svg('g', { class: 'countries' });
  for (const f of countryShapes().features) land.appendChild(svg('path', { d: path(f) ?? '' }));
  root.appendChild(land);
  const markers = svg('g', { class: 'markers' });
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const g = svg('g', { class: 'marker', 'data-name': p.name, transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})` });
    const titleEl = svg('title', {});
    titleEl.textContent = p.label;
    g.appendChild(titleEl);
    g.appendChild(svg('circle', { r: 9 }));
    const text = svg('text', { x: 13, y: 8 });
    text.textContent = p.name;
    g.appendChild(text);
    if (p.href) {
      const a = svg('a', { href: p.href, 'aria-label': p.label });
      a.appendChild(g);
      markers.appendChild(a);
    } else markers.appendChild(g);
  }
  root.appendChild(markers);
  return root;
}
