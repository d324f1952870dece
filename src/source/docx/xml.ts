// A small XML reader for the parts of a .docx: it builds a light tree of elements and text, walking the
// markup with a stack of its own, so a deeply nested file costs memory, never the call stack.
//
// Why not linkedom's XML mode (already a dependency): on a 10 MB document.xml of 1.2 million tags it took
// 6.5 s here, this reader 2.5 s (a LibreOffice export of a whole report, 185 kB, takes milliseconds);
// and the page's worker and Node would have to be handed the XML parser the way readHtml is handed the
// HTML one. Word writes plain, machine-made XML: elements, attributes in quotes, the
// five predefined entities and character references, sometimes a comment or CDATA. A DOCTYPE is refused
// (no real .docx has one, and its entities are the classic expansion attack); anything not well formed
// (a tag left open, a close tag that does not match) is reported, never guessed at.
//
// Names are kept as written (`w:p`), except that the prefix the root element binds to the
// WordprocessingML namespace is renamed `w`, so a file whose producer chose another prefix (`ns0:p`)
// reads the same.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Tags, comments, CDATA, processing instructions and declarations; what lies between them is text. */
const TOKEN = /<(?:!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|\?[\s\S]*?\?>|!([^>]*)>|(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>)/g;
/** Shared by every element without attributes (most of a document's), never written to. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The document's root element. `maxDepth` caps how deeply elements nest (a crafted file can nest
 * millions deep; a real document.xml about 30 levels plus three per nested table).
 */
export function parseXml(text: string, maxDepth: number): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let rename: Map<string, string> | undefined;
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const top = stack[stack.length - 1]!;
    if (m.index > at) {
      const between = text.slice(at, m.index);
      if (between.includes('<')) throw new XmlError('a tag that is not well formed');
      addText(top, decode(between));
    }
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      addText(top, m[1]);
      continue;
    }
    if (m[2] !== undefined) {
      if (/^DOCTYPE/i.test(m[2])) throw new XmlError('a DOCTYPE declaration');
      continue;
    }
    const name = m[4];
    if (name === undefined) continue; // a comment or a processing instruction
    if (m[3] === '/') {
      if (stack.length === 1 || (rename ? renamed(name, rename) : name) !== top.name) throw new XmlError(`a close tag </${name}> that matches no open element`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = m[5] ? {} : NO_ATTRIBUTES;
    if (m[5]) for (const a of m[5].matchAll(ATTRIBUTE)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
    rename ??= prefixRenames(attrs);
    const element: XmlElement = { name: renamed(name, rename), attrs: renameAttrs(attrs, rename), children: [] };
    top.children.push(element);
    if (m[6] === '/') continue;
    if (stack.length > maxDepth) throw new XmlError(`elements nested more than ${maxDepth} deep`);
    stack.push(element);
  }
  if (/</.test(text.slice(at))) throw new XmlError('a tag that does not end');
  if (stack.length > 1) throw new XmlError(`the element <${stack[stack.length - 1]!.name}> is never closed`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('no root element');
  return first;
}

function addText(parent: XmlElement, text: string): void {
  if (text === '') return;
  const last = parent.children[parent.children.length - 1];
  if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
  else parent.children.push(text);
}

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** The prefixes the root element binds to WordprocessingML, each to be read as `w`. */
function prefixRenames(attrs: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(attrs)) {
    if (!WORD_NAMESPACES.has(value)) continue;
    if (name === 'xmlns') map.set('', 'w');
    else if (name.startsWith('xmlns:') && name !== 'xmlns:w') map.set(name.slice(6), 'w');
  }
  return map;
}

function renamed(name: string, rename: Map<string, string>): string {
  if (rename.size === 0) return name;
  const colon = name.indexOf(':');
  const to = rename.get(colon === -1 ? '' : name.slice(0, colon));
  return to === undefined ? name : `${to}:${name.slice(colon + 1)}`;
}

function renameAttrs(attrs: Record<string, string>, rename: Map<string, string>): Record<string, string> {
  if (rename.size === 0 || attrs === NO_ATTRIBUTES) return attrs;
  const out: Record<string, string> = {};
  // An attribute without a prefix belongs to no namespace, so only prefixed names are renamed.
  for (const [name, value] of Object.entries(attrs)) out[name.includes(':') && !name.startsWith('xmlns') ? renamed(name, rename) : name] = value;
  return out;
}

/** The element's children that are elements named `name` (all element children when it is omitted). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** `w:val` and the like; a path of child names first (`attrAt(pPr, ['w:pStyle'], 'w:val')`). */
export function attrAt(element: XmlElement | undefined, path: readonly string[], attr: string): string | undefined {
  let at = element;
  for (const name of path) at = firstChild(at, name);
  return at?.attrs[attr];
}

/** A WordprocessingML on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): present and not off. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** All the text below an element (for small parts such as core.xml's title). */
export function textOf(element: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
