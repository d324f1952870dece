import { describe, expect, it } from 'vitest';
import { withoutEventHandlers } from './withoutEventHandlers.ts';

describe('withoutEventHandlers', () => {
  it('renames inline handlers inside tags', () => {
    expect(withoutEventHandlers('<a href="#" onclick="$printDetail()">打印</a><body ONLOAD = "x()">')).toBe(
      '<a href="#" data-onclick="$printDetail()">打印</a><body data-ONLOAD = "x()">',
    );
  });
  it('leaves text alone, escaped markup included', () => {
    const text = '<p>&lt;img src=x onerror=alert(1)&gt; 收到申请 onclick= 12件</p>';
    expect(withoutEventHandlers(text)).toBe(text);
    expect(withoutEventHandlers('<td class="x">ontology onclick=1</td>')).toBe('<td class="x">ontology onclick=1</td>');
  });
});
