// Lays out a FlowGraph with d3-sankey: node boxes, link paths and label places, as plain numbers the
// Svelte component draws. Node and link order is the graph's own (nodeSort and linkSort null), so the
// diagram reads like table 三 from top to bottom and the same analysis always gives the same picture.

import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { FlowGraph, FlowLink, FlowNode } from './flowData.ts';

interface NodeIn {
  id: string;
  /** Named apart from d3-sankey's own `layer`, which it writes after asking nodeAlign. */
  rank: number;
}

interface LinkIn {
  /** Index into the graph's links, to find the FlowLink back. */
  at: number;
}

export interface FlowNodeBox extends FlowNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** What the node carries: the larger of what flows in and what flows out, as d3-sankey sizes it. */
  value: number;
  /**
   * At least 1, so a node of 0 still shows where it is; a gap node at least GAP_MIN, so a difference of 1
   * in thousands is still seen (its label gives the exact number).
   */
  height: number;
  /** The node's label sits right of it, vertically centred. */
  labelX: number;
  labelY: number;
}

export interface FlowLinkPath extends FlowLink {
  /** A horizontal link's centre line; the stroke width draws its breadth. */
  path: string;
  width: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: FlowNodeBox[];
  /** Only the links that carry a number above 0: a missing cell or a 0 draws nothing (the table lists them). */
  links: FlowLinkPath[];
  /** Nothing flows: the column is all 0 or has no numbers; d3-sankey cannot scale a graph of zeros. */
  empty: boolean;
}

/**
 * Room on the right for the last column's labels (the other labels sit over the links, on a halo), and on
 * top for the caption naming the column, so an exported picture says which applicants it shows.
 */
export const FLOW_MARGIN = { top: 26, right: 190, bottom: 10, left: 4 };
export const NODE_WIDTH = 14;
/** The least breadth a gap (node or flow) is drawn with, in pixels. */
export const GAP_MIN = 6;

/** Two decimals keep the SVG readable and stable without moving anything by a visible amount. */
const r2 = (v: number) => Math.round(v * 100) / 100;

export function layoutFlow(graph: FlowGraph, width: number, height: number): FlowLayout {
  const total = graph.links.reduce((s, l) => s + l.value, 0);
  if (!(total > 0)) return { width, height, nodes: [], links: [], empty: true };
  const generator = sankey<NodeIn, LinkIn>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => d.rank)
    .nodeSort(null)
    .linkSort(null)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(16)
    .extent([
      [FLOW_MARGIN.left, FLOW_MARGIN.top],
      [width - FLOW_MARGIN.right, height - FLOW_MARGIN.bottom],
    ]);
  // Links without a number still go in, with value 0: they keep every node in its column (d3-sankey
  // derives the number of columns from the links), and carry no width.
  const laid = generator({
    nodes: graph.nodes.map((n) => ({ id: n.id, rank: n.layer })),
    links: graph.links.map((l, at) => ({ source: l.source, target: l.target, value: l.value, at })),
  });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = laid.nodes.map((n: SankeyNode<NodeIn, LinkIn>): FlowNodeBox => {
    for (const key of ['x0', 'x1', 'y0', 'y1'] as const) n[key] = r2(n[key] ?? 0);
    const node = byId.get(n.id)!;
    const height = Math.max(node.kind === 'unaccounted' || node.kind === 'unexplained' ? GAP_MIN : 1, r2(n.y1! - n.y0!));
    return { ...node, x0: n.x0!, x1: n.x1!, y0: n.y0!, y1: n.y1!, height, value: n.value ?? 0, labelX: n.x1! + 5, labelY: r2((n.y0! + n.y1!) / 2) };
  });
  const path = sankeyLinkHorizontal();
  const links = laid.links
    .filter((l) => l.value > 0)
    .map((l: SankeyLink<NodeIn, LinkIn>): FlowLinkPath => {
      l.y0 = r2(l.y0 ?? 0);
      l.y1 = r2(l.y1 ?? 0);
      return {
        ...graph.links[l.at]!,
        path: (path(l as SankeyLink<object, object>) ?? '').replace(/-?\d+\.\d+/g, (n) => String(r2(Number(n)))),
        width: r2(graph.links[l.at]!.gap ? Math.max(GAP_MIN, l.width ?? 0) : (l.width ?? 0)),
      };
    });
  return { width, height, nodes, links, empty: false };
}
