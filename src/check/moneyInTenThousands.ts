// An amount the prose gives in 元, 万元 or 亿元 against a table column kept in 万元 (table 二's fees and
// procurement). The prose is brought to 万元, and it agrees when the table's figure rounds to what the prose
// prints: 「9.62亿元」 is printed to 0.01 亿元 (100 万元), so any table figure within 50 万元 of 96200 agrees.
// This is the documented tolerance for amounts; counts are always compared exactly.

import type { Claim } from '../model/types.ts';

export interface MoneyReading {
  /** The prose's amount in 万元. */
  value: number;
  /** Half the step of the prose's last printed digit, in 万元. */
  tolerance: number;
}

/** The claim as an amount in 万元, or undefined when it is no amount of money. */
export function moneyInTenThousands(claim: Pick<Claim, 'value' | 'raw' | 'unit'>): MoneyReading | undefined {
  if (claim.unit !== '元' && claim.unit !== '万元') return undefined;
  const printed = /(\d[\d,]*)(?:\.(\d+))?\s*(万|亿)?/.exec(claim.raw);
  if (!printed) return undefined;
  const decimals = printed[2]?.length ?? 0;
  // The step of the last printed digit, in 元 (or in 万元 when the unit is 万元).
  const scale = claim.unit === '万元' ? 1 : printed[3] === '亿' ? 1e8 : printed[3] === '万' ? 1e4 : 1;
  const step = 10 ** -decimals * scale;
  const inWan = claim.unit === '万元' ? 1 : 1e-4;
  return { value: claim.value * inWan, tolerance: (step * inWan) / 2 };
}

/** Whether a table figure in 万元 is what the prose's amount rounds from. */
export function agreesInTenThousands(money: MoneyReading, table: number): boolean {
  return Math.abs(money.value - table) <= money.tolerance + 1e-9;
}
