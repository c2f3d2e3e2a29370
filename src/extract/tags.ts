/** Tag classes used by the walk and the stages (lower-case local names). */

/** Never descended into: no article text lives there, or it is not rendered as text. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'select',
  'textarea',
  'button',
  'option',
  'optgroup',
  'link',
  'meta',
  'title',
  'img',
  'picture',
  'source',
  'track',
  'input',
  'map',
  'area',
  'datalist',
  'dialog',
  'frame',
  'frameset',
  'applet',
]);

/** Form controls counted as "inputs" for form/comment-box detection. */
export const INPUT_TAGS = new Set(['input', 'select', 'textarea', 'button']);

/**
 * Phrasing elements: their text belongs to the enclosing block. Everything else
 * (including unknown and custom elements) starts a block of its own.
 */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
  'ruby',
  'rt',
  'rp',
  'br',
]);

/** Blocks whose score goes to their parent (Readability scores the parent of a <p>). */
export const PARAGRAPH_TAGS = new Set([
  'p',
  'pre',
  'td',
  'th',
  'li',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'address',
  'caption',
  'summary',
  'legend',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'alert',
  'alertdialog',
  'dialog',
  'toolbar',
  'tablist',
]);

/** Base candidate score by tag (Readability's scale: divs likely, lists and headings not). */
export function tagBase(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}
