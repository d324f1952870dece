// Pages saved from government sites carry inline event handlers (onclick="$printDetail()"). Parsed with
// the page's DOMParser they never run, but Chromium still reports each one as a Content-Security-Policy
// violation on the console. Renaming the attributes inside tags (to data-on…) before parsing keeps the
// console clean; the text of the page, escaped markup included (&lt;img onerror=…&gt;), is untouched.

const TAG = /<[a-zA-Z][^<>]*>/g;
const HANDLER = /(\s)(on[a-z]+\s*=)/gi;

export function withoutEventHandlers(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(HANDLER, '$1data-$2'));
}
