import { describe, expect, it } from 'vitest';
import { childElements, isOn, parseXml, textOf, XmlError } from './xml.ts';

describe('parseXml', () => {
  it('reads elements, attributes, entities, CDATA and self-closing tags', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><w:document a=\'1 > 0\'><w:t xml:space="preserve"> a &amp; b &#x4E00;&#20108; </w:t><w:tab/><![CDATA[<x>]]></w:document>', 100);
    expect(root.name).toBe('w:document');
    expect(root.attrs.a).toBe('1 > 0');
    const [t, tab] = childElements(root);
    expect(textOf(t!)).toBe(' a & b 一二 ');
    expect(tab!.name).toBe('w:tab');
    expect(root.children[2]).toBe('<x>');
  });

  it('reads a producer’s own prefix for WordprocessingML as w:', () => {
    const root = parseXml('<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p ns0:rsid="1"/></ns0:body></ns0:document>', 100);
    expect(root.name).toBe('w:document');
    const p = childElements(childElements(root)[0]!)[0]!;
    expect(p.name).toBe('w:p');
    expect(p.attrs['w:rsid']).toBe('1');
  });

  it('refuses what is not well formed, a DOCTYPE, and nesting past the cap', () => {
    expect(() => parseXml('<a><b></a>', 100)).toThrow(XmlError);
    expect(() => parseXml('<a><b>', 100)).toThrow(/never closed/);
    expect(() => parseXml('<a><b x=1></b></a>', 100)).toThrow(XmlError);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 100)).toThrow(/DOCTYPE/);
    expect(() => parseXml('', 100)).toThrow(/no root/);
    expect(() => parseXml('<a>'.repeat(50) + '</a>'.repeat(50), 40)).toThrow(/nested/);
    expect(parseXml('<a>'.repeat(30_000) + '</a>'.repeat(30_000), 40_000).name).toBe('a');
  });

  it('reads on/off properties as Word does', () => {
    const el = (attrs: Record<string, string>) => ({ name: 'w:vanish', attrs, children: [] });
    expect(isOn(el({}))).toBe(true);
    expect(isOn(el({ 'w:val': 'true' }))).toBe(true);
    expect(isOn(el({ 'w:val': '0' }))).toBe(false);
    expect(isOn(el({ 'w:val': 'false' }))).toBe(false);
    expect(isOn(undefined)).toBe(false);
  });
});
