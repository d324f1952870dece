// Saves a chart as SVG or PNG without any network: the chart's small SVGs (each marked data-chart-unit)
// are cloned into one grid SVG, with the computed styles they need inlined (the page's CSS and its
// variables do not travel with the file), then downloaded through a Blob URL and an <a download>.

import { download } from '../download.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Style properties the charts use; anything else keeps its SVG default. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility',
];

export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Row-major grid of boxes of possibly different sizes: each row as tall as its tallest box. */
export function gridPlacements(sizes: Array<{ width: number; height: number }>, columns: number, gap: number, top = 0): { boxes: Placement[]; width: number; height: number } {
  const cols = Math.max(1, Math.min(columns, sizes.length));
  const colWidth = Math.max(0, ...sizes.map((s) => s.width));
  const boxes: Placement[] = [];
  let y = top;
  for (let start = 0; start < sizes.length; start += cols) {
    const row = sizes.slice(start, start + cols);
    row.forEach((s, i) => boxes.push({ x: gap + i * (colWidth + gap), y, width: s.width, height: s.height }));
    y += Math.max(...row.map((s) => s.height)) + gap;
  }
  return { boxes, width: gap + cols * (colWidth + gap), height: y };
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

/**
 * Copies the computed style of every element of `source` onto the same element of its clone `target`.
 * A property equal to the parent's is left out (SVG paint and font properties inherit), which keeps the
 * file small; classes are dropped since the page's stylesheet does not travel with it.
 */
function inlineStyles(source: Element, target: Element, parent?: CSSStyleDeclaration): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.flatMap((p) => {
    const value = computed.getPropertyValue(p);
    const inherited = p === 'opacity' ? '1' : parent?.getPropertyValue(p);
    return value && value !== inherited ? [`${p}:${value}`] : [];
  }).join(';');
  if (style) target.setAttribute('style', style);
  target.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const t = target.children[i];
    if (s && t) inlineStyles(s, t, computed);
  }
}

/** One SVG holding every unit of the chart in a grid, under a title line. */
export function composeChart(container: Element, title: string, columns = 3): SVGSVGElement {
  const units = [...container.querySelectorAll<SVGSVGElement>('svg[data-chart-unit]')];
  const titleHeight = 28;
  const { boxes, width, height } = gridPlacements(units.map(sizeOf), columns, 12, titleHeight);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width, height, fill: '#ffffff' })) background.setAttribute(k, String(v));
  out.appendChild(background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '12');
  heading.setAttribute('y', '20');
  heading.setAttribute('style', `font-family:${getComputedStyle(container).fontFamily};font-size:15px;font-weight:600;fill:#1d2433`);
  heading.textContent = title;
  out.appendChild(heading);
  units.forEach((unit, i) => {
    const box = boxes[i]!;
    const clone = unit.cloneNode(true) as SVGSVGElement;
    inlineStyles(unit, clone);
    for (const [k, v] of Object.entries(box)) clone.setAttribute(k, String(v));
    out.appendChild(clone);
  });
  return out;
}

export function serialize(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}


/** A file name safe on every OS, from the report's name and the chart's. */
export function exportName(report: string, chart: string, ext: 'svg' | 'png'): string {
  const base = `${report.replace(/\.[^.]+$/, '')}-${chart}`.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${base}.${ext}`;
}

export function exportSvg(container: Element, title: string, fileName: string, columns = 3): void {
  const svg = composeChart(container, title, columns);
  download(new Blob([serialize(svg)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Draws the composed SVG on a canvas at `scale`× for a sharp PNG; a data: URL keeps the canvas untainted. */
export async function exportPng(container: Element, title: string, fileName: string, columns = 3, scale = 2): Promise<void> {
  const svg = composeChart(container, title, columns);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  download(blob, fileName);
}
