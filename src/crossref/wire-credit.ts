import credits from './data/wire-credits.json' with { type: 'json' };

/** What is known of a report's origin: where it ran, who signed it, its text. */
export interface CreditInput {
  site: string;
  byline: string | null;
  text: string;
}

/** Characters at each end of a text where datelines and sign-offs sit. */
const EDGE_CHARS = 300;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One agency's credit patterns: "(AP)", "— AFP", "Reuters)" after a place, a byline. */
const AGENCIES = credits.agencies.map((a) => {
  const names = a.names.map(escape).join('|');
  return {
    name: a.name,
    /** As written: every pattern below needs one of them, so a text without any skips them. */
    names: a.names,
    sites: a.sites,
    // A dateline "CITY (AP) —" or "(Reuters)"; a sign-off "— AFP" or "- Reuters" ending a line;
    // "© AFP", "/AFP". Names are case-sensitive: "ap" or "pa" in running text is no credit.
    text: new RegExp(
      `\\((?:[^()]{0,40}[/,]\\s*)?(?:${names})\\)|[\\u2014\\u2013-]\\s*(?:${names})\\s*$|\\u00a9\\s*(?:${names})\\b`,
      'mu',
    ),
    byline: new RegExp(`(?:^|[\\s,/(])(?:${names})(?:$|[\\s,/)])`, 'u'),
  };
});

/**
 * The news agency a report is credited to, or null: its own site, a byline naming it, or a
 * dateline or sign-off credit at the start or end of the text. Only these, not a mention in
 * the body ("Reuters reported…" cites the agency; it does not run its copy).
 */
export function wireCredit(r: CreditInput): string | null {
  const host = r.site.toLowerCase().replace(/^www\./, '');
  const head = r.text.slice(0, EDGE_CHARS);
  const tail = r.text.slice(-EDGE_CHARS);
  for (const a of AGENCIES) {
    if (a.sites.some((s) => host === s || host.endsWith(`.${s}`))) return a.name;
    if (r.byline && names(a.names, r.byline) && a.byline.test(r.byline)) return a.name;
    if (names(a.names, head) && a.text.test(head)) return a.name;
    if (names(a.names, tail) && a.text.test(tail)) return a.name;
  }
  return null;
}

/**
 * Whether `text` holds one of the names as written (the patterns are case-sensitive and match
 * a name literally): most texts name no agency, and a substring search is far cheaper than
 * a pattern, above all on a cold worker, which compiles each pattern at its first use.
 */
function names(list: readonly string[], text: string): boolean {
  for (const n of list) if (text.includes(n)) return true;
  return false;
}

/** Every agency name, in a fixed order (the match index stores an agency by its position). */
export const AGENCY_NAMES: readonly string[] = AGENCIES.map((a) => a.name);
