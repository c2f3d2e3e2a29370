import { FRAGMENTS, SENTENCES, WORDS } from './fragments.ts';
import { intBetween, pick } from './random.ts';

const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'footer',
  'header',
  'blockquote',
  'q',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'figure',
  'figcaption',
  'form',
  'input',
  'button',
  'a',
  'b',
  'i',
  'em',
  'br',
  'hr',
  'img',
  'pre',
  'code',
  'font',
  'center',
  'svg',
  'math',
  'template',
  'iframe',
  'noscript',
  'script',
  'style',
  'textarea',
  'select',
  'option',
  'custom-element',
  'x-y:z',
  'frameset',
  'plaintext',
  'ruby',
  'rt',
  'wbr',
  'details',
  'summary',
  'dialog',
  'object',
  'slot',
] as const;

const ATTRIBUTES = [
  'class="article-body"',
  'class="comment"',
  'id="content"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'style="visibility:hidden"',
  'lang="ar"',
  'dir="rtl"',
  'dir="auto"',
  'class="related"',
  'itemprop="articleBody"',
  'onclick="alert(1)"',
  'class="share newsletter"',
  'role="main"',
  'class',
  'id=""',
  'class="  a   b  "',
  'href="javascript:alert(1)"',
  'contenteditable',
  'translate="no"',
  'data-x="\u0000"',
  'class="post-content entry"',
  `title="${'x'.repeat(5000)}"`,
  'id="__proto__"',
  'class="constructor toString"',
] as const;

/** The shapes of document the generator makes; `random` (the default) mixes them. */
export const SHAPES = [
  'random',
  'deep',
  'huge-text',
  'wide',
  'unclosed',
  'empty',
  'mixed-script',
  'one-sentence',
  'punctuation',
  'entities',
  'tables',
  'metadata',
  'quotes',
] as const;
export type DocumentShape = (typeof SHAPES)[number];

/** How often each shape comes up when none is asked for (random trees dominate). */
const SHAPE_WEIGHTS: readonly DocumentShape[] = [
  'random',
  'random',
  'random',
  'random',
  'deep',
  'huge-text',
  'wide',
  'unclosed',
  'empty',
  'mixed-script',
  'mixed-script',
  'one-sentence',
  'punctuation',
  'entities',
  'tables',
  'metadata',
  'metadata',
  'quotes',
  'quotes',
];

/** A shape drawn with the default weights. */
export function pickShape(random: () => number): DocumentShape {
  return pick(random, SHAPE_WEIGHTS);
}

export interface GenerateOptions {
  shape?: DocumentShape;
  /** Multiplies every size (depth, length, width); below 1 for quick runs in `npm test`. */
  scale?: number;
}

/** One generated HTML document; `random` decides everything, so a seed replays it. */
export function generateDocument(random: () => number, options: GenerateOptions = {}): string {
  const shape = options.shape ?? pickShape(random);
  const scale = options.scale ?? 1;
  const size = (min: number, max: number) =>
    Math.max(1, Math.round(intBetween(random, min, max) * scale));
  const head = randomHead(random);
  switch (shape) {
    case 'empty':
      return pick(random, ['', '<html>', '<!doctype html>', '\ufeff', head, '<body></body>', ' ']);
    case 'deep': {
      const depth = size(500, 3000);
      const tag = pick(random, ['div', 'span', 'b', 'blockquote', 'li', 'table', 'a', 'font']);
      const inner = `<p>${pick(random, SENTENCES)} ${pick(random, FRAGMENTS)}</p>`;
      return `${head}${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}</body></html>`;
    }
    case 'huge-text': {
      const target = size(200_000, 1_500_000);
      return `${head}<article>${paragraphs(random, target).join('')}</article></body></html>`;
    }
    case 'wide': {
      const n = size(2000, 8000);
      const cell = () => pick(random, ['p', 'div', 'li', 'a']);
      const items = Array.from(
        { length: n },
        () => `<${cell()}>${pick(random, FRAGMENTS)}</${cell()}>`,
      );
      return `${head}${items.join('')}</body></html>`;
    }
    case 'unclosed': {
      const n = size(10, 400);
      const items = Array.from(
        { length: n },
        () => `<${pick(random, TAGS)} ${pick(random, ATTRIBUTES)}>${pick(random, FRAGMENTS)}`,
      );
      return `${head}${items.join('')}`;
    }
    case 'mixed-script':
      return `${head}<article>${paragraphs(random, size(2000, 40_000), mixedSentence).join('')}</article></body></html>`;
    case 'one-sentence': {
      // One endless sentence with no full stop: the shape that makes a backtracking regex hang.
      const words = Array.from({ length: size(5_000, 60_000) }, () => pick(random, WORDS));
      return `${head}<article><p>${words.join(pick(random, [' ', ', ', ' \u00a0', '\u200b']))}</p></article></body></html>`;
    }
    case 'punctuation': {
      const marks = [
        '.',
        '...',
        '!?',
        '"',
        '“',
        '”',
        '«',
        '»',
        '(',
        ')',
        'U.S.',
        'Jan.',
        '—',
        ';',
        ':',
        '\n',
        '  ',
        '¿',
        '。',
        '؟',
        '।',
      ];
      const text = Array.from({ length: size(2_000, 20_000) }, () =>
        pick(random, random() < 0.5 ? marks : WORDS),
      ).join(random() < 0.5 ? '' : ' ');
      return `${head}<article><p>${text}</p><p>${pick(random, SENTENCES)}</p></article></body></html>`;
    }
    case 'entities': {
      const entities = [
        '&amp;',
        '&lt;script&gt;',
        '&#0;',
        '&#x110000;',
        '&#xD800;',
        '&nbsp;',
        '&shy;',
        '&zwj;',
        '&rlm;',
        '&notanentity',
        '&#128512;',
        '&quot;',
        '&',
      ];
      const parts = Array.from({ length: size(200, 3000) }, () =>
        random() < 0.4 ? pick(random, entities) : pick(random, SENTENCES),
      );
      return `${head}<article><p>${parts.join(' ')}</p></article></body></html>`;
    }
    case 'tables': {
      const rows = Array.from(
        { length: size(50, 800) },
        () =>
          `<tr>${Array.from({ length: intBetween(random, 1, 6) }, () => `<td>${pick(random, FRAGMENTS)}</td>`).join('')}</tr>`,
      );
      return `${head}<main><table>${rows.join('')}</table><p>${pick(random, SENTENCES)}</p></main></body></html>`;
    }
    case 'metadata':
      return `${randomHead(random, true)}<article>${paragraphs(random, size(500, 5000)).join('')}</article></body></html>`;
    case 'quotes': {
      const openers = ['“', '"', '«', '„', '‘', "'", '「', '»'];
      const text = Array.from(
        { length: size(20, 300) },
        () =>
          `${pick(random, openers)}${pick(random, SENTENCES)}${random() < 0.5 ? pick(random, openers) : ''} ${pick(random, ['he said.', 'said officials.', 'according to Reuters.', '', 'she added,'])}`,
      );
      return `${head}<article><p>${text.join(' ')}</p></article></body></html>`;
    }
    default:
      return `${head}${randomTree(random, intBetween(random, 3, 9))}</body></html>`;
  }
}

/** Paragraphs of sentences until about `target` characters. */
function paragraphs(
  random: () => number,
  target: number,
  sentence: (random: () => number) => string = (r) => pick(r, r() < 0.7 ? SENTENCES : FRAGMENTS),
): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < target) {
    const p = Array.from({ length: intBetween(random, 1, 8) }, () => sentence(random)).join(' ');
    out.push(`<p>${p}</p>`);
    size += p.length + 1;
  }
  return out;
}

/** A sentence switching script mid-way, with bidi controls and combining marks thrown in. */
function mixedSentence(random: () => number): string {
  const noise = [
    '\u202e',
    '\u202c',
    '\u200f',
    '\u0301\u0301\u0301',
    '\ufe0f',
    '\u200d',
    '\ud83d',
    '\udc00',
    '\u0000',
    '',
  ];
  return Array.from(
    { length: intBetween(random, 2, 5) },
    () => `${pick(random, FRAGMENTS)}${pick(random, noise)}`,
  ).join(' ');
}

/** A head with a title and site name from the fragments; `hostile` adds broken metadata. */
function randomHead(random: () => number, hostile = false): string {
  const lang = pick(random, ['en', 'fr', 'ar', 'zh', '', 'xx-invalid', 'EN-us', '"><x']);
  const meta = [
    `<title>${pick(random, FRAGMENTS)}</title>`,
    `<meta property="og:site_name" content='${pick(random, FRAGMENTS)}'>`,
  ];
  if (hostile) {
    meta.push(
      pick(random, [
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
        '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>',
        `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"name":${JSON.stringify(pick(random, FRAGMENTS))}},"datePublished":"not a date"}]}</script>`,
        '<script type="application/ld+json">{"author":[null,1,true,{"name":{"name":{}}}]}</script>',
      ]),
      `<meta property="article:published_time" content="${pick(random, ['2024-13-45T99:99', '', '0', '-1', '2022-02-01T12:00:00Z', 'x'.repeat(1000)])}">`,
      `<link rel="canonical" href="${pick(random, ['javascript:alert(1)', '', '//', 'http://[::1', '/relative', 'https://example.com/a'])}">`,
      `<meta name="author" content="${pick(random, FRAGMENTS)}">`,
      `<base href="${pick(random, ['http://evil.invalid/', 'data:,', ''])}">`,
    );
  }
  return `<!doctype html><html lang="${lang}"><head>${meta.join('')}</head><body>`;
}

function randomTree(random: () => number, depth: number): string {
  if (depth <= 0 || random() < 0.2) return pick(random, random() < 0.5 ? SENTENCES : FRAGMENTS);
  const tag = pick(random, TAGS);
  const attrs = random() < 0.4 ? ` ${pick(random, ATTRIBUTES)}` : '';
  const children = Array.from({ length: intBetween(random, 1, 5) }, () =>
    randomTree(random, depth - 1),
  ).join(random() < 0.3 ? '' : ' ');
  return random() < 0.1 ? `<${tag}${attrs}>${children}` : `<${tag}${attrs}>${children}</${tag}>`;
}
