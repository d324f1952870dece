// Parses HTML in Node, where there is no DOMParser. The page parses in its analysis worker (which has no
// DOMParser either) with linkedom's worker build, the same parser; this file is for the CLI and the tests.
//
// Why linkedom (0.18.x) rather than htmlparser2 + domhandler: linkedom builds a DOM with the standard
// API (childNodes, nodeType, tagName, textContent, getAttribute, querySelectorAll) and even a DOMParser,
// so htmlLines walks the Node document with exactly the code it runs on the browser's document. With
// domhandler the nodes have another shape (children, type, name, attribs, data) and htmlLines would need
// a second walker or an adapter that could drift from the browser's behaviour. linkedom parses with
// htmlparser2 underneath, is pure JavaScript and is maintained. Two differences from a browser parser
// matter here and are handled in htmlLines: a fragment without <html>/<body> gets no <body> element, and
// rows are not moved into an implied <tbody> (htmlLines accepts <tr> directly under <table>).

import { DOMParser } from 'linkedom';
import type { HtmlDocument } from './htmlLines.ts';

export function parseHtml(text: string): HtmlDocument {
  return new DOMParser().parseFromString(text, 'text/html');
}
