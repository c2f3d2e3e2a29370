/** Public and internal types of the article extractor. */

/** Article text [textStart, textEnd) maps 1:1 onto node.data [nodeStart, nodeEnd). */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  nodeEnd: number;
  textStart: number;
  textEnd: number;
}

export type ParagraphRole = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'preformatted';

export interface ArticleParagraph {
  text: string;
  /** UTF-16 offsets of this paragraph in `ExtractedArticle.text`. */
  start: number;
  end: number;
  element: Element;
  role: ParagraphRole;
  segments: TextSegment[];
  /**
   * The paragraph's own language (a primary subtag: "en", "de", …) when its function words say
   * so clearly, else null (too short, unclear, or not in Latin script): a hint for the claims
   * analysis, which may read a paragraph in another language than the page's `lang`.
   */
  lang: string | null;
}

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
}

export interface ExtractedArticle {
  isArticle: boolean;
  metadata: ArticleMetadata;
  /** The article container (the common parent when siblings were merged); null if none. */
  root: Element | null;
  paragraphs: ArticleParagraph[];
  /** Paragraph texts joined by "\n\n"; the headline is not included. */
  text: string;
  timedOut: boolean;
}

export interface ExtractOptions {
  url?: string;
  budgetMs?: number;
  now?: () => number;
}

/** Counts gathered for one element's subtree during the walk. */
export interface ElementStats {
  /** Collapsed text length of the subtree (visible text only). */
  text: number;
  /** Part of `text` inside links. */
  link: number;
  commas: number;
  inputs: number;
  images: number;
  /** Blocks of at least the scoring length in the subtree. */
  paragraphs: number;
  listItems: number;
  /** Index range of the subtree's blocks in `Walk.blocks` ([first, end)). */
  firstBlock: number;
  endBlock: number;
  /** Class/id hint weight of this element alone. */
  hint: number;
  /** The element's class/id marks it as page furniture (sidebar, comments, …). */
  unlikely: boolean;
  depth: number;
}

/** A run of inline text under one block-level element, in document order. */
export interface Block {
  index: number;
  element: Element;
  /** Text nodes in order; 'br' marks a line break between them. */
  items: (Text | 'br')[];
  length: number;
  linkLength: number;
  commas: number;
  /** Inside an element whose class/id says page furniture. */
  unlikely: boolean;
  inQuote: boolean;
  inPre: boolean;
  /** Rough text sample for language checks (first characters). */
  sample: string;
}

export interface Walk {
  blocks: Block[];
  stats: Map<Element, ElementStats>;
  /** Where the walk started (document.body, or <html> without one). */
  body: Element | null;
  timedOut: boolean;
}

/** Clock and deadline shared by the stages. */
export interface Budget {
  now: () => number;
  deadline: number;
  expired: () => boolean;
}
