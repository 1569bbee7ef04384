/**
 * Reliability row 10's hostile archive: a fact base whose descriptions, facts, headlines and names carry markup,
 * `javascript:` links, `<script>` and bidi overrides, and a page whose own text carries the same. Shared by the
 * Chromium test (hostile-archive.test.ts) and the Firefox one (firefox-hostile-archive.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const LINK = '<a href="javascript:window.__pwned=2">read more</a>';
export const SCRIPT = '<script>window.__pwned=3</script>';
export const RLO = '\u202Egnp.exe\u202C';

interface Entity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description?: string;
  facts: { text: string; article: string; date: string; kind: string }[];
  related: { id: string; count: number }[];
}
const base = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/kinds/factbase.json', import.meta.url)), 'utf8')) as {
  articles: { headline?: string }[];
  entities: Entity[];
};
export const HOSTILE_NAME = `Harbour Authority ${RLO}`;
export const FACT = `Brandvold said ${LINK} javascript:window.__pwned=4 ${RLO} ${SCRIPT}`;
export const FACT_BASE = {
  ...base,
  articles: base.articles.map((a) => ({ ...a, headline: `Harbour pact ${IMG} ${RLO}` })),
  entities: [
    ...base.entities.map((e) =>
      e.id === 'ilse-brandvold'
        ? {
            ...e,
            description: `${IMG} ferry minister ${RLO}`,
            facts: e.facts.map((f) => ({ ...f, text: FACT })),
            related: [...e.related, { id: 'harbour-authority', count: 2 }],
          }
        : e,
    ),
    {
      ...base.entities.find((e) => e.id === 'elsby-harbour-accord')!,
      id: 'harbour-authority',
      type: 'organization',
      name: HOSTILE_NAME,
      aliases: [],
      description: `${SCRIPT}${IMG}`,
      related: [{ id: 'ilse-brandvold', count: 2 }],
    },
  ],
};

export const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour pact</title>
<meta property="article:published_time" content="2024-05-03T08:00:00Z"></head>
<body><article><h1>Harbour pact signed</h1>
<p id="p1">Ferry minister Ilse Brandvold signed the Elsby Harbour Accord on Thursday.</p>
<p id="p2">A reader wrote &lt;img src=x onerror="window.__pwned=5"&gt; and <a href="javascript:void 0">a link</a> about Jonas &#x202E;Quillfeather&#x202C; Amundsen.</p>
</article></body></html>`;

