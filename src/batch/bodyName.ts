// Which reports of a batch come from the same body. Titles name one body in several ways: 「淮安市洪泽区人民政府」,
// 「洪泽区人民政府」 and 「洪泽区政府」 are one government, while 「洪泽区人民政府办公室」 is another body (the
// government's office) and 「福州市鼓楼区」 is not 「南京市鼓楼区」. A name is therefore read as a chain of places
// (淮安市 → 洪泽区) and an organ (the government, its office, a bureau), and two names are put together only when
// their organs are the same and one chain ends the other. A wrong merge would check one body's figures against
// another's, so when a short name fits two different long ones it is left on its own; the user can merge or split
// groups, and those choices are applied last.

import { applyGroupEdits, type GroupEdit } from './groupEdits.ts';

/** A body's name read as places and an organ. */
export interface ParsedBody {
  /** The places the name starts with, widest first (['淮安市', '洪泽区']). */
  places: string[];
  /** The organ, in one spelling per kind: 人民政府 for 政府, 人民政府办公室 for 政府办, 管委会 for 管理委员会. */
  organ: string;
}

/** A report as grouping sees it: its id in the batch, and what its title says. */
export interface BodyReport {
  id: string;
  body?: string;
  year?: number;
}

/** Reports taken to come from one body. */
export interface BodyGroup {
  /** Stable for the same names: the canonical name of the group's fullest member, or `report:` + id. */
  id: string;
  /** The fullest name printed by a member (the one with most places), for display. */
  name: string;
  /** Report ids, by year (undated last), then id. */
  members: string[];
}

// The ways titles spell the same organ, longest first so that 人民政府办公室 is not read as 人民政府.
const ORGANS: Array<[RegExp, string]> = [
  [/(?:人民政府|政府)(?:办公室|办)$/, '人民政府办公室'],
  [/(?:人民政府|政府)办公厅$/, '人民政府办公厅'],
  [/人民政府$|政府$/, '人民政府'],
  [/管理委员会$|管委会$/, '管委会'],
];

// A place ends with an administrative suffix after at least two characters, so that 「市场监管局」 or 「城市管理局」
// after the places is not taken for one. 乡 and 镇 are left out: 「城乡建设局」 would otherwise lose 「城乡」.
const PLACE = /^(.{2,}?(?:自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗))/;

/** Spaces, full-width brackets and a title's 「关于」 do not change which body a name means. */
function clean(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/^关于/, '');
}

/** The places and organ of a body's name, or undefined when nothing is left to name a body. */
export function parseBody(name: string | undefined): ParsedBody | undefined {
  let rest = clean(name ?? '');
  if (rest === '') return undefined;
  let organ = '';
  for (const [pattern, canonical] of ORGANS) {
    const m = pattern.exec(rest);
    if (m) {
      organ = canonical;
      rest = rest.slice(0, m.index);
      break;
    }
  }
  const places: string[] = [];
  for (let m = PLACE.exec(rest); m; m = PLACE.exec(rest)) {
    places.push(m[1]!);
    rest = rest.slice(m[1]!.length);
  }
  // What is left after the places is the organ of a department (教育局, 地方税务局): it names the body as much as
  // 人民政府 does. A government organ with words left between it and the places keeps them in its organ too.
  organ = rest + organ;
  if (places.length === 0 && organ === '') return undefined;
  return { places, organ };
}

/** The canonical name of a parsed body: its places and organ joined (「淮安市洪泽区|人民政府」). */
export function bodyKey(parsed: ParsedBody): string {
  return `${parsed.places.join('')}|${parsed.organ}`;
}

/** Whether `short` names the same body as `long` with fewer places: same organ, and its places end `long`'s. */
export function endsChain(short: ParsedBody, long: ParsedBody): boolean {
  if (short.organ !== long.organ || short.places.length > long.places.length) return false;
  const offset = long.places.length - short.places.length;
  return short.places.every((place, i) => place === long.places[offset + i]);
}

/** Reports by year (undated last), then by id, so that a group lists its members as a reader expects. */
function byYear(reports: Map<string, BodyReport>): (a: string, b: string) => number {
  return (a, b) => {
    const [ya, yb] = [reports.get(a)?.year ?? Infinity, reports.get(b)?.year ?? Infinity];
    return ya !== yb ? ya - yb : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** The group a report's name puts it in: the one fullest name it can stand for, or a group of its own. */
function groupIdOf(report: BodyReport, parsed: ParsedBody | undefined, fullest: ParsedBody[]): string {
  // A name without places (「教育局」) could be any region's, and one that two different fuller names could stand
  // for (「鼓楼区人民政府」 beside 福州 and 南京) is not guessed at.
  if (!parsed || parsed.places.length === 0) return `report:${report.id}`;
  const fits = fullest.filter((q) => endsChain(parsed, q));
  return fits.length === 1 ? bodyKey(fits[0]!) : `report:${report.id}`;
}

/** The name with most places among the members' (the first of them on a tie), for display. */
function fullestName(bodies: Array<string | undefined>): string {
  let best = { name: '', places: -1 };
  for (const body of bodies) {
    const places = parseBody(body)?.places.length ?? 0;
    if (body && places > best.places) best = { name: clean(body), places };
  }
  return best.name;
}

/** The groups found from the names alone. */
function groupsByName(reports: BodyReport[]): Map<string, string[]> {
  const parsed = new Map(reports.map((r) => [r.id, parseBody(r.body)]));
  // The fullest names: those that no other name extends with more places.
  const distinct = [...new Map([...parsed.values()].flatMap((p) => (p ? [[bodyKey(p), p] as const] : []))).values()];
  const fullest = distinct.filter((p) => !distinct.some((q) => q.places.length > p.places.length && endsChain(p, q)));
  const groups = new Map<string, string[]>();
  for (const r of reports) {
    const id = groupIdOf(r, parsed.get(r.id), fullest);
    groups.set(id, [...(groups.get(id) ?? []), r.id]);
  }
  return groups;
}

/**
 * The reports grouped by body. The user's edits (groupEdits.ts: merges and splits naming reports by id) are
 * applied after the names, in the order they were made; a step naming a report no longer present is skipped,
 * since a batch changes as files come and go.
 */
export function groupBodies(reports: BodyReport[], edits: readonly GroupEdit[] = []): BodyGroup[] {
  const groups = applyGroupEdits(groupsByName(reports), edits);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const order = byYear(byId);
  return [...groups].map(([id, members]) => ({ id, name: fullestName(members.map((m) => byId.get(m)?.body)), members: [...members].sort(order) }));
}
