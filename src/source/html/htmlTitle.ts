// A published report page names the report in its metadata (ArticleTitle) or its <title>, while its
// visible text starts with the site's navigation: the title is taken from there.

import type { HtmlDocument } from './htmlLines.ts';

export function htmlTitle(doc: HtmlDocument): string | undefined {
  const meta = doc.querySelectorAll('meta[name="ArticleTitle"], meta[name="title"], meta[property="og:title"]')[0];
  const fromMeta = meta?.getAttribute('content')?.trim();
  if (fromMeta) return fromMeta;
  // A <title> is usually 「report title_column_site」: the first part is the report's.
  const title = doc.querySelectorAll('title')[0]?.textContent?.split(/[_|｜—]/)[0]?.trim();
  return title || undefined;
}
