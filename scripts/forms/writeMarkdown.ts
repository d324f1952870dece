// Markdown as PDF-to-markdown converters write it, from the table grids. Each writer imitates one
// converter's known habits:
// - mineru.md: headings as `# `, tables as one-line HTML <table> (MinerU's table model output), rowspan
//   kept, colspan flattened into repeated cells.
// - docling.md: `## ` headings, pipe tables with a header separator, every span repeated in each slot it
//   covers (Docling's grid export), an extra empty cell at the row's start, and in the old tables the unit
//   glued to the value (`2件`) with the unit column dropped.
// - pandoc.md: pandoc's grid tables with a row's label on its own line and its numbers on the next (a
//   wrapped label cell), and table 四 of 2019/2021 as three five-column tables.

import type { Block, ReportDoc } from './loadReport.ts';
import { esc } from './writeHtml.ts';
import { flatten, OUTCOMES, reportTables, type Grid } from './tables.ts';

function prose(blocks: Block[], h2: string, h3: string, tables: () => string): string {
  return blocks
    .map((b) => {
      if (b.kind === 'tables') return tables();
      if (b.kind === 'h2') return `${h2} ${b.text}`;
      if (b.kind === 'h3') return `${h3} ${b.text}`;
      return b.text;
    })
    .join('\n\n');
}

// ---------- MinerU ----------

function mineruTable(g: Grid): string {
  const rows = [...g.head, ...g.body];
  const slots = flatten(rows, g.cols);
  const html = slots
    .map((row) => {
      const cells = row
        .filter((s) => !s.byRow)
        .map((s) => {
          const rs = s.cell.rowspan && s.cell.rowspan > 1 && s.origin ? ` rowspan="${s.cell.rowspan}"` : '';
          return `<td${rs}>${esc(s.text)}</td>`;
        });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<html><body><table>${html}</table></body></html>`;
}

export function mineruMd(doc: ReportDoc): string {
  const grids = reportTables(doc);
  const tables = () =>
    grids
      .map((g) => [g.heading ? `# ${g.heading}` : '', g.caption ?? '', mineruTable(g)].filter(Boolean).join('\n\n'))
      .join('\n\n');
  return `# ${doc.title}\n\n${prose(doc.blocks, '#', '#', tables)}\n`;
}

// ---------- Docling ----------

function pipeRows(rows: string[][]): string {
  const first = rows[0] ?? [];
  const widths = first.map((_, i) => Math.max(3, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((t, i) => t + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...t].length))).join(' | ')} |`;
  return [line(first), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function doclingTable(g: Grid): string {
  let slots = flatten([...g.head, ...g.body], g.cols).map((row) => row.map((s) => ({ text: s.text, role: s.cell.role })));
  if (g.unitCol !== undefined) {
    // The unit glued to each number, the unit column gone.
    slots = slots.map((row, r) =>
      row
        .map((s, i) => {
          const unit = row[g.unitCol!]?.text ?? '';
          if (r > 0 && s.role === 'value' && unit && /^-?[\d.]+$/.test(s.text)) return { ...s, text: s.text + unit };
          return s;
        })
        .filter((_, i) => i !== g.unitCol),
    );
  }
  const rows = slots.map((row) => ['', ...row.map((s) => s.text.replace(/\|/g, '\\|'))]);
  return pipeRows(rows);
}

export function doclingMd(doc: ReportDoc): string {
  const grids = reportTables(doc);
  const tables = () =>
    grids
      .map((g) => [g.heading ? `## ${g.heading}` : '', g.caption ?? '', doclingTable(g)].filter(Boolean).join('\n\n'))
      .join('\n\n');
  return `## ${doc.title}\n\n${prose(doc.blocks, '##', '##', tables)}\n`;
}

// ---------- pandoc ----------

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** A pandoc grid table; each row is a list of lines per cell. */
function gridTable(header: string[] | undefined, rows: string[][][]): string {
  const n = (header ?? rows[0] ?? []).length;
  const w = Array.from({ length: n }, (_, i) => Math.max(4, header ? width(header[i] ?? '') : 0, ...rows.flatMap((r) => (r[i] ?? []).map(width))));
  const rule = (ch: string) => `+${w.map((x) => ch.repeat(x + 2)).join('+')}+`;
  const out: string[] = [rule('-')];
  if (header) out.push(`| ${header.map((t, i) => pad(t, w[i] ?? 0)).join(' | ')} |`, rule('='));
  for (const r of rows) {
    const h = Math.max(...r.map((c) => c.length));
    for (let k = 0; k < h; k++) out.push(`| ${r.map((c, i) => pad(c[k] ?? '', w[i] ?? 0)).join(' | ')} |`);
    out.push(rule('-'));
  }
  return out.join('\n');
}

function pandocTable(g: Grid): string {
  if (g.id === '四') {
    // Three five-column tables, each under its group's name.
    const values = (g.body[0] ?? []).flatMap((c) => Array.from({ length: c.colspan ?? 1 }, () => c.text));
    return ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']
      .map((name, k) => `${name}\n\n${gridTable(OUTCOMES, [values.slice(k * 5, k * 5 + 5).map((t) => [t])])}`)
      .join('\n\n');
  }
  const slots = flatten(g.body, g.cols);
  // Header: the last header row, with the cells above it folded in.
  const headSlots = flatten(g.head, g.cols);
  const header = (headSlots[0] ?? []).map((_, i) => {
    const parts = headSlots.map((r) => r[i]?.text ?? '').filter((t, k, all) => t && all.indexOf(t) === k);
    return parts.join(' ');
  });
  // The label columns become one cell: the label on the first line, the numbers on the next line.
  const lc = Math.max(1, g.labelCols);
  const labelOf = (row: typeof slots[number]) =>
    row
      .slice(0, lc)
      .filter((s) => s.origin)
      .map((s) => s.text)
      .join(' ');
  const rows = slots.map((row) => {
    const label = labelOf(row);
    const rest = row.slice(lc).map((s) => (s.byCol ? '' : s.text));
    return [[label, ''], ...rest.map((t) => ['', t])];
  });
  const hdr = [header.slice(0, lc).filter((t, k, all) => all.indexOf(t) === k).join(' '), ...header.slice(lc)];
  const titleCell = g.head[0]?.[0];
  if (titleCell?.role === 'title') {
    // A 二 sub-table: its title row becomes a paragraph above it.
    const h2 = (flatten(g.head.slice(1), g.cols)[0] ?? []).map((s) => s.text);
    return `${titleCell.text}\n\n${gridTable(h2, rows)}`;
  }
  return gridTable(hdr, rows);
}

export function pandocMd(doc: ReportDoc): string {
  const grids = reportTables(doc);
  const tables = () =>
    grids
      .map((g) => [g.heading ? `## ${g.heading}` : '', g.caption ? `**${g.caption}**` : '', pandocTable(g)].filter(Boolean).join('\n\n'))
      .join('\n\n');
  return `# ${doc.title}\n\n${prose(doc.blocks, '##', '###', tables)}\n`;
}
