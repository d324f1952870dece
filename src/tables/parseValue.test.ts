import { describe, expect, it } from 'vitest';
import { parseValue } from './parseValue.ts';

describe('parseValue keeps blank, 0, dashes, text and broken numbers apart', () => {
  it.each([
    ['', { kind: 'blank', raw: '' }],
    ['0', { kind: 'number', raw: '0', value: 0, decimals: 0 }],
    ['464', { kind: 'number', raw: '464', value: 464, decimals: 0 }],
    ['52.3', { kind: 'number', raw: '52.3', value: 52.3, decimals: 1 }],
    ['1,644,877', { kind: 'number', raw: '1,644,877', value: 1644877, decimals: 0 }],
    ['-12', { kind: 'number', raw: '-12', value: -12, decimals: 0 }],
    ['—', { kind: 'dash', raw: '—' }],
    ['/', { kind: 'dash', raw: '/' }],
    ['135.', { kind: 'malformed', raw: '135.' }],
    ['无', { kind: 'text', raw: '无' }],
    ['251000元', { kind: 'number', raw: '251000元', value: 251000, decimals: 0, unit: '元' }],
    ['96171.6万元', { kind: 'number', raw: '96171.6万元', value: 96171.6, decimals: 1, unit: '万元' }],
    ['1条）', { kind: 'text', raw: '1条）' }],
  ])('%j', (printed, expected) => {
    expect(parseValue(printed)).toEqual(expected);
  });
});

describe('numbers a double cannot hold exactly', () => {
  it('are malformed, never 1e+22 or Infinity', () => {
    expect(parseValue('12345678901234567890123')).toEqual({ kind: 'malformed', raw: '12345678901234567890123' });
    expect(parseValue('9'.repeat(400)).kind).toBe('malformed');
    expect(parseValue('999999999999999')).toMatchObject({ kind: 'number', value: 999999999999999 });
    expect(parseValue('0000012')).toMatchObject({ kind: 'number', value: 12 });
  });
});

describe('a footnote marker after a number', () => {
  it('reads the number without its superscript or star marker, keeping the raw string', () => {
    expect(parseValue('81³')).toMatchObject({ kind: 'number', value: 81, raw: '81³' });
    expect(parseValue('13,561¹²')).toMatchObject({ kind: 'number', value: 13561 });
    expect(parseValue('22*')).toMatchObject({ kind: 'number', value: 22, raw: '22*' });
    expect(parseValue('5※')).toMatchObject({ kind: 'number', value: 5 });
  });
  it('leaves a marker alone when what it follows is no number', () => {
    expect(parseValue('注³').kind).toBe('text');
    expect(parseValue('³').kind).toBe('text');
    expect(parseValue('1.2.³').kind).toBe('text');
  });
});
