// Markdown from PDF converters may keep a table as an HTML block among its paragraphs (MinerU writes one
// line per table, others spread it over many lines with <thead> and <th>). Such a text must give the same
// cells and findings as the report's own text. Two producers' shapes, two templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/types.ts';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import { hasEmbeddedTable, textWithTablesAsHtml } from '../../src/source/text/embeddedTables.ts';

const seed = readFileSync('test/fixtures/seeds/003_8ef98a67e9da6293.txt', 'utf8');
const cellsOf = (a: Analysis) => a.cells.map((c) => [c.ref, c.value.kind, c.value.value ?? c.value.raw]);
const flagged = (a: Analysis) => a.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.stated, f.computed]).sort();

async function analyze(text: string, name: string): Promise<Analysis> {
  const result = await analyzeFileNode(new TextEncoder().encode(text), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

/** Seed 003's statistics table as a multi-line HTML table with a <thead>, the prose as markdown. */
function seedWithHtmlTable(): string {
  const start = seed.indexOf('统计指标\t');
  const end = seed.indexOf('\n', seed.indexOf('接受培训人员数', start));
  const rows = seed.slice(start, end).split('\n').map((l) => l.split('\t'));
  const cell = (tag: string, text: string) => `<${tag}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${tag}>`;
  const html = [
    '<table border="1">',
    `  <thead><tr>${rows[0]!.map((c) => cell('th', c)).join('')}</tr></thead>`,
    '  <tbody>',
    ...rows.slice(1).map((r) => `    <tr>${r.map((c) => cell('td', c)).join('')}</tr>`),
    '  </tbody>',
    '</table>',
  ].join('\n');
  return '## ' + seed.slice(0, start) + html + seed.slice(end);
}

describe('a text whose tables are HTML blocks', () => {
  it('is told from text that only mentions a table', () => {
    expect(hasEmbeddedTable('表格见下：<table><tr><td>1</td></tr></table>')).toBe(true);
    expect(hasEmbeddedTable('正文写着 <table 而没有表格')).toBe(false);
    expect(hasEmbeddedTable('# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe(false);
  });

  it('keeps the text as text: markup in a paragraph is escaped, heading marks dropped', () => {
    const html = textWithTablesAsHtml('# 一、总体情况\n<script>x</script> 共 3 件\n<table><tr><td>1</td></tr></table>');
    expect(html).toContain('<p>一、总体情况</p>');
    expect(html).toContain('<p>&lt;script&gt;x&lt;/script&gt; 共 3 件</p>');
    expect(html).toContain('<table><tr><td>1</td></tr></table>');
  });

  it('seed 003 with a multi-line <thead>/<th> table gives the cells and findings of the original', async () => {
    const original = analyzeText(seed, 'seed.txt');
    const markdown = await analyze(seedWithHtmlTable(), 'seed.md');
    expect(markdown.meta.template).toBe('national-2008');
    expect(cellsOf(markdown)).toEqual(cellsOf(original));
    expect(flagged(markdown)).toEqual(flagged(original));
  });

  it('淮安 2024 as MinerU writes it (one line per table, spans repeated) reads every cell of the PDF', async () => {
    const pdf = await analyzeFileNode(new Uint8Array(readFileSync('test/fixtures/corpus/2024_huaian_city.pdf')), 'huaian.pdf');
    if (!pdf.ok) throw new Error(pdf.reason.en);
    const markdown = await analyze(readFileSync('test/fixtures/forms/huaian-2024/mineru.md', 'utf8'), 'mineru.md');
    const values = (a: Analysis) => new Map(a.cells.map((c) => [c.ref, c.value.value ?? c.value.raw]));
    expect(markdown.cells).toHaveLength(pdf.analysis.cells.length);
    expect(values(markdown)).toEqual(values(pdf.analysis));
  });
});
