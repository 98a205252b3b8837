// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One-way imports: shared folders -> features -> app. A feature never imports another feature. */
const shared = ['components', 'config', 'data', 'lib', 'styles'];
const noImport = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'test-results',
      'bench/results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
      // Data is never rendered as HTML. This is the only door React offers, so it stays shut.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never write HTML from strings.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  ...shared.map((folder) => ({
    files: [`src/${folder}/**`],
    rules: noImport(
      ['@/features/*', '@/app/*', '../features/*', '../app/*'],
      `src/${folder} is shared code: it may not import features or app.`,
    ),
  })),
  {
    files: ['src/features/*/**'],
    rules: noImport(
      ['@/app/*', '../../app/*'],
      'Features may not import from app; app composes features.',
    ),
  },
  ...['drugs', 'drug-card', 'selection', 'browse', 'compare', 'print'].map(
    (feature) => ({
      files: [`src/features/${feature}/**`],
      rules: noImport(
        ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
        'A feature may not import another feature; move shared code to src/components, src/data or src/lib.',
      ),
    }),
  ),
  {
    files: ['tests/unit/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
