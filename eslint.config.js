// Lint rules: typescript-eslint's recommended type-aware set, a ban on innerHTML-style sinks
// because page text must only ever be rendered as text, and the layer boundaries of src/
// (src/README.md): which folder may import which, and no browser or Node API in the pure core.
import tseslint from 'typescript-eslint';

/** The folders of src and what each may import from src besides itself (src/README.md). */
const LAYERS = {
  model: [],
  text: ['model'],
  extract: ['model', 'text'],
  claims: ['model', 'text'],
  crossref: ['model', 'text', 'claims'],
  pipeline: ['model', 'text', 'extract', 'claims', 'crossref'],
  store: ['model', 'crossref'],
  messaging: ['model'],
  ui: ['model', 'text'],
  content: ['model', 'text', 'extract', 'pipeline', 'messaging', 'ui'],
  background: ['model', 'messaging', 'store'],
  popup: ['model', 'text', 'messaging', 'ui'],
  // The options page parses an export file before sending it in chunks (store/export-format.ts).
  options: ['model', 'text', 'messaging', 'ui', 'store'],
  cli: ['model', 'text', 'extract', 'claims', 'crossref', 'pipeline'],
};
/** Folders that others may import only through their index.ts. */
const THROUGH_INDEX = ['extract', 'claims', 'crossref'];
/** Pure core: runs unchanged in the browser and in Node, so it names no runtime's API. */
const CORE = ['model', 'text', 'extract', 'claims', 'crossref', 'pipeline'];
const RUNTIME_PACKAGES = ['webextension-polyfill', 'dexie', 'preact', 'preact/*', 'node:*'];
const RUNTIME_GLOBALS = [
  'chrome',
  'browser',
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'indexedDB',
  'process',
  'Buffer',
];

function layerRules(folder, allowed) {
  const patterns = Object.keys(LAYERS)
    .filter((other) => other !== folder && !allowed.includes(other))
    .map((other) => ({
      group: [`**/${other}/**`],
      message: `src/${folder} may not import src/${other} (layers: src/README.md).`,
    }));
  for (const other of THROUGH_INDEX.filter((f) => f !== folder && allowed.includes(f))) {
    patterns.push({
      group: [`**/${other}/**`, `!**/${other}/index.ts`],
      message: `Import src/${other} through its index.ts.`,
    });
  }
  if (CORE.includes(folder)) {
    patterns.push({
      group: RUNTIME_PACKAGES,
      message: 'The pure core takes documents and strings as parameters: no runtime API.',
    });
  }
  const config = {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
  if (CORE.includes(folder)) {
    config.rules['no-restricted-globals'] = [
      'error',
      ...RUNTIME_GLOBALS.map((name) => ({
        name,
        message: 'The pure core takes what it needs as parameters, never from globals.',
      })),
    ];
  }
  return config;
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'artifacts/**',
      '.tmp/**',
      'node_modules/**',
      'test/fixtures/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML injection.',
        },
      ],
    },
  },
  ...Object.entries(LAYERS).map(([folder, allowed]) => layerRules(folder, allowed)),
  {
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
