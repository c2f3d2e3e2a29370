import type english from '../public/_locales/en/messages.json';

/**
 * Every user-facing string goes through `t`. In the extension it reads `_locales` through
 * `browser.i18n`; unit tests (no extension runtime) install the English catalogue with
 * `useCatalogue`, so rendered output is real text there too.
 */
export type Substitutions = string | number | ReadonlyArray<string | number>;

type Lookup = (key: string, subs: string[]) => string;

/** Shape of `src/public/_locales/<lang>/messages.json`. */
export type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * A key of the English catalogue, the one every locale must match (test/unit/ui/locales.test.ts):
 * `t('noSuchKey')` is a type error, without a generated file.
 */
export type MessageKey = Extract<keyof typeof english, string>;

let lookup: Lookup | null = null;

interface I18nLike {
  i18n?: { getMessage?: (key: string, subs?: string | string[]) => string };
}

function runtimeLookup(): Lookup | null {
  // `browser` (Firefox, Chromium 144+) or `chrome`: both expose i18n synchronously.
  const g = globalThis as { browser?: I18nLike; chrome?: I18nLike };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  if (!api?.getMessage) return null;
  const getMessage = api.getMessage.bind(api);
  return (key, subs) => getMessage(key, subs);
}

/** Serves messages from a catalogue object, with Chrome's placeholder rules ($NAME$ → $1). */
export function catalogueLookup(catalogue: Catalogue): Lookup {
  return (key, subs) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? ph.content : whole;
    });
    return named.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  };
}

/** Installs a catalogue (unit tests, or a page that wants a fixed language). */
export function useCatalogue(catalogue: Catalogue | null): void {
  lookup = catalogue ? catalogueLookup(catalogue) : null;
}

/** The message for `key`; the key itself when no catalogue knows it, so gaps are visible. */
export function t(key: MessageKey, subs?: Substitutions): string {
  return message(key, subs);
}

/** `t` for keys built at run time (plural forms), which may be missing from the catalogue. */
function message(key: string, subs?: Substitutions): string {
  const list =
    subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map((s) => String(s));
  const fn = lookup ?? runtimeLookup();
  const message = fn ? fn(key, list) : '';
  return message || key;
}

/** The browser's UI language (the one `i18n.getMessage` answers in), or English. */
function uiLanguage(): string {
  const g = globalThis as {
    browser?: { i18n?: { getUILanguage?: () => string } };
    chrome?: { i18n?: { getUILanguage?: () => string } };
  };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  try {
    return api?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

let pluralRules: Intl.PluralRules | null = null;

/** Plural rules of the UI language (set by `usePluralLocale` in tests), made on first use. */
function plurals(): Intl.PluralRules {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  return pluralRules;
}

/** Fixes the language plural forms are chosen in (unit tests; the extension asks i18n). */
export function usePluralLocale(locale: string | null): void {
  pluralRules = locale ? new Intl.PluralRules(locale) : null;
}

/**
 * A message with a count in it, in the count's plural form under the UI language's rules
 * (`Intl.PluralRules`): `key_one` for 1 in English (the extension i18n API has no plurals),
 * else `key` itself. The locale's own categories
 * (`key_few`, `key_many`) are tried first when a catalogue has them. `subs` replaces the
 * substitutions when the message has more than the count ("3 of 40": plural by the 40).
 */
export function tCount(key: MessageKey, count: number, subs: Substitutions = count): string {
  const category = plurals().select(count);
  if (category !== 'other') {
    const form = message(`${key}_${category}`, subs);
    if (form !== `${key}_${category}`) return form;
  }
  return t(key, subs);
}
