// Lint rules: typescript-eslint's recommended type-aware set, plus a ban on
// innerHTML-style sinks because page text must only ever be rendered as text.
import tseslint from 'typescript-eslint';

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
  {
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
