// The CLI's human-readable report: metadata, the table as read, then findings (errors first).

import type { Analysis } from '../model/types.ts';

export function formatText(a: Analysis): string {
  const out: string[] = [];
  const m = a.meta;
  out.push(`== ${a.fileName}`);
  out.push(`模板 template: ${m.template}  年度 year: ${m.year ?? '?'}  地区 region: ${m.region ?? '?'}  机关 body: ${m.body ?? '?'}`);
  if (m.period) out.push(`统计期 period: ${m.period.start} – ${m.period.end}`);
  if (m.signed) out.push(`落款日期 signed: ${m.signed.date} (line ${m.signed.pos.line})`);
  for (const n of a.notices) out.push(`! ${n.zh} / ${n.en}`);
  out.push('', '-- cells: indicator | label | unit | value | raw | line:col');
  for (const c of a.cells) {
    const v = c.value.kind === 'number' ? String(c.value.value) : `(${c.value.kind})`;
    out.push(`${c.ref.padEnd(14)} ${c.label.slice(0, 28).padEnd(28)} ${c.unit.padEnd(3)} ${v.padStart(8)}  ${JSON.stringify(c.value.raw)} ${c.pos.line}:${c.pos.col}`);
  }
  for (const r of a.unmatched) out.push(`?? unmatched row: ${r.label} (line ${r.pos.line})`);
  const flagged = a.findings.filter((f) => f.severity !== 'info');
  out.push('', `-- findings: ${flagged.length} flagged, ${a.findings.length - flagged.length} consistent`);
  for (const f of flagged) {
    out.push(`[${f.severity}] ${f.rule}: ${f.message.zh}`);
    if (f.cause) out.push(`    ↳ ${f.cause.message.zh}`);
  }
  return out.join('\n');
}
