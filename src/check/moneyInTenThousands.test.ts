import { describe, expect, it } from 'vitest';
import { agreesInTenThousands, moneyInTenThousands } from './moneyInTenThousands.ts';

const money = (raw: string, value: number, unit: string) => moneyInTenThousands({ raw, value, unit });

describe('moneyInTenThousands', () => {
  it('brings 亿元 to 万元 with the tolerance of its last printed digit', () => {
    const m = money('9.62亿元', 962_000_000, '元')!;
    expect(m.value).toBeCloseTo(96200, 6);
    expect(m.tolerance).toBeCloseTo(50, 6);
    expect(agreesInTenThousands(m, 96171.6)).toBe(true);
    expect(agreesInTenThousands(m, 96100)).toBe(false);
  });

  it('keeps 万元 as printed, to its own decimals', () => {
    const m = money('7730.28万元', 7730.28, '万元')!;
    expect(agreesInTenThousands(m, 7730.28)).toBe(true);
    expect(agreesInTenThousands(m, 7730.3)).toBe(false);
  });

  it('reads 元 and 万元 written with 万', () => {
    expect(agreesInTenThousands(money('5000元', 5000, '元')!, 0.5)).toBe(true);
    expect(agreesInTenThousands(money('1.2万元', 1.2, '万元')!, 1.2)).toBe(true);
  });

  it('is no amount for a count', () => {
    expect(money('12件', 12, '件')).toBeUndefined();
  });
});
