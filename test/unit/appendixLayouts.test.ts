// The 2008–2018 appendix as other producers lay it out, made from seed 000's web page
// (test/fixtures/forms/seed-000/page.html): with a 序号 column before the labels, and copied as tab-separated
// text whose section rows (「一、主动公开情况」) lost their empty cells. Both must read the cells the page does.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import type { Analysis } from '../../src/model/types.ts';

const PAGE = readFileSync('test/fixtures/forms/seed-000/page.html', 'utf8');

async function analyse(text: string, name: string): Promise<Analysis> {
  const outcome = await analyzeFileNode(new TextEncoder().encode(text), name);
  if (!outcome.ok) throw new Error(outcome.reason.en);
  return outcome.analysis;
}

const TABLE_START = PAGE.indexOf('<tr><th>统计指标</th>');

/** The page's statistics table as rows of cell texts (header first). */
function pageTableRows(): string[][] {
  const end = PAGE.indexOf('</table>', TABLE_START);
  return [...PAGE.slice(TABLE_START, end).matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, '').trim()),
  );
}

/** The page's prose before the table, as text, then the given table text. */
function withProse(table: string): string {
  return `${PAGE.slice(0, TABLE_START).replace(/<[^>]+>/g, '\n')}\n${table}\n`;
}

const cells = (a: Analysis) => a.cells.map((c) => `${c.ref}=${c.value.kind}:${c.value.raw}`).sort();

describe('the 2008 appendix in other layouts', () => {
  it('reads a table with a 序号 column the same as without it', async () => {
    const original = await analyse(PAGE, 'page.html');
    let n = 0;
    const numbered = PAGE.replace('<tr><th>统计指标</th>', '<tr><th>序号</th><th>统计指标</th>').replace(/<tr><td>/g, () => `<tr><td>${++n}</td><td>`);
    expect(n).toBeGreaterThan(60);
    const read = await analyse(numbered, 'numbered.html');
    expect(read.meta.template).toBe('national-2008');
    expect(cells(read)).toEqual(cells(original));
  });

  it('reads tab-separated text whose section rows have no tabs', async () => {
    const original = await analyse(PAGE, 'page.html');
    const rows = pageTableRows();
    // A section row (label alone) is written without its empty cells, as some copies do.
    const table = rows.map((r) => (r.slice(1).every((c) => c === '') && /^[一二三四五六七八九十]+、/.test(r[0]!) ? r[0]! : r.join('\t'))).join('\n');
    expect(table.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l) && !l.includes('\t')).length).toBeGreaterThan(2);
    const text = withProse(table);
    const read = await analyse(text, 'copied.txt');
    expect(read.meta.template).toBe('national-2008');
    const tableCells = (a: Analysis) => cells(a).filter((c) => !c.includes('=text:'));
    expect(tableCells(read)).toEqual(tableCells(original));
  });

  it('reads 「其中」 printed in a column of its own beside the rows it groups', async () => {
    const original = await analyse(PAGE, 'page.html');
    const rows = pageTableRows();
    // 「其中：X」 becomes 「其中 | X」; a row right after it that 其中 also groups leaves that slot empty.
    let grouped = 0;
    const table = rows
      .map((r, i) => {
        const m = /^其中[:：](.+)$/.exec(r[0]!);
        if (m) {
          grouped++;
          return ['其中', m[1]!, ...r.slice(1)].join('\t');
        }
        return (/^其中[:：]/.test(rows[i - 1]?.[0] ?? '') && !/^[（(一二三四五六七八九十\d]/.test(r[0]!) ? ['', ...r] : r).join('\t');
      })
      .join('\n');
    expect(grouped).toBeGreaterThan(3);
    const text = withProse(table);
    const read = await analyse(text, 'grouped.txt');
    const tableCells = (a: Analysis) => cells(a).filter((c) => !c.includes('=text:'));
    expect(tableCells(read)).toEqual(tableCells(original));
  });
});

