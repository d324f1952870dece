import { describe, expect, it } from 'vitest';
import { Numbering } from './numbering.ts';
import { Styles } from './styles.ts';
import { parseXml } from './xml.ts';
import { REPORT_NUMBERING, W_NS } from '../../../test/support/minimalDocx.ts';

const numbering = (inner: string, styles = '') =>
  new Numbering(parseXml(`<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`, 100), new Styles(parseXml(`<w:styles xmlns:w="${W_NS}">${styles}</w:styles>`, 100)));

describe('Numbering', () => {
  it('counts per level and restarts lower levels when a higher level advances', () => {
    const list = numbering(REPORT_NUMBERING);
    const seq = [0, 1, 1, 0, 1, 2, 2, 1, 0].map((ilvl) => list.next({ numId: '1', ilvl }));
    expect(seq).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '1.', '2.', '（二）', '三、']);
  });

  it('honours w:start, a start override and a level that never restarts', () => {
    const list = numbering(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    expect(list.next({ numId: '1', ilvl: 0 })).toBe('三、');
    expect(list.next({ numId: '1', ilvl: 1 })).toBe('①');
    expect(list.next({ numId: '1', ilvl: 0 })).toBe('四、');
    expect(list.next({ numId: '1', ilvl: 1 })).toBe('②');
    expect(list.next({ numId: '2', ilvl: 0 })).toBe('一、');
    expect(list.next({ numId: '2', ilvl: 0 })).toBe('二、');
  });

  it('prints a composite number, legal numbering and the gap after a Latin number', () => {
    const list = numbering(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1."/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(list.next({ numId: '7', ilvl: 0 })).toBe('一. ');
    expect(list.next({ numId: '7', ilvl: 1 })).toBe('1.1 ');
  });

  it('prints nothing for a bullet, an unknown list or list 0', () => {
    const list = numbering(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(list.next({ numId: '1', ilvl: 0 })).toBe('');
    expect(list.next({ numId: '9', ilvl: 0 })).toBe('');
    expect(list.next({ numId: '0', ilvl: 0 })).toBe('');
  });

  it('follows a list defined through a numbering style', () => {
    const list = numbering(
      REPORT_NUMBERING + '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="ReportList"/></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>',
      '<w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    expect(list.next({ numId: '3', ilvl: 0 })).toBe('一、');
    expect(list.next({ numId: '3', ilvl: 1 })).toBe('（一）');
  });
});
