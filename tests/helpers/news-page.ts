/**
 * A parsed seed article → a plain news-style HTML page (pure), for the demo and for e2e tests that need
 * a realistic page: headline, dateline, date (visible and in metadata), paragraphs, subheads, and the
 * stray headlines of other stories as a "related" list, as news sites show them.
 */
import type { ParsedArticle } from '../../src/archive/types';

/** The first sentence: up to the first . ! or ? followed by a space (or the end), closing quotes included. */
const FIRST_SENTENCE = /^.+?[.!?][”’"')\]]*(?=\s|$)/u;

const STYLE = `
  body { font: 18px/1.6 Georgia, serif; color: #1a1a1a; background: #fff; margin: 0; }
  header.site { border-bottom: 3px solid #24364f; padding: 12px 24px; font: 700 20px system-ui, sans-serif; color: #24364f; }
  main { max-width: 680px; margin: 32px auto; padding: 0 24px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
  .meta { font: 14px system-ui, sans-serif; color: #555; margin-bottom: 24px; }
  .dateline { font-weight: 700; }
  h2 { font-size: 22px; margin-top: 32px; }
  aside { border-top: 1px solid #ddd; margin-top: 32px; font: 15px system-ui, sans-serif; }
  aside li { margin: 6px 0; }
`;

export function headlineOf(article: ParsedArticle): string {
  const lead = article.paragraphs.find((p) => p.kind === 'body')?.text ?? article.dateline;
  return (lead.match(FIRST_SENTENCE)?.[0] ?? lead).replace(/[.]$/, '');
}

/** "2023-11-09" → "9 November 2023", independent of the machine's locale and time zone. */
export function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function newsPage(article: ParsedArticle): string {
  const headline = headlineOf(article);
  const story: string[] = [];
  const related: string[] = [];
  article.paragraphs.forEach((p, k) => {
    if (p.kind === 'headline') related.push(`<li><a href="#">${escapeHtml(p.text)}</a></li>`);
    else if (p.kind === 'subhead') story.push(`<h2>${escapeHtml(p.text)}</h2>`);
    else if (k === 0) story.push(`<p><span class="dateline">${escapeHtml(article.dateline)}:</span> ${escapeHtml(p.text)}</p>`);
    else story.push(`<p>${escapeHtml(p.text)}</p>`);
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)} | The Daily Seed</title>
<meta property="article:published_time" content="${article.date}">
<style>${STYLE}</style>
</head>
<body>
<header class="site">The Daily Seed</header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
<p class="meta"><span class="dateline">${escapeHtml(article.dateline)}</span> · <time datetime="${article.date}">${longDate(article.date)}</time></p>
${story.join('\n')}
</article>
${related.length ? `<aside><h3>Related</h3><ul>\n${related.join('\n')}\n</ul></aside>` : ''}
</main>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
