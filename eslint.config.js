// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A folder may import only from the layers below it, so the
 * folder names show the architecture: config (constants) -> lib (generic helpers) -> data (schema,
 * parsing, queries) -> domain (models several features share: status chips, comparison rows,
 * browse groups, the URL query) -> components (shared UI) -> features -> app (routes, layout).
 */
const layers = [
  'config',
  'lib',
  'data',
  'domain',
  'components',
  'features',
  'app',
];
const noImport = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});
const layerRules = layers.slice(0, -1).map((layer, i) => {
  const above = layers.slice(i + 1);
  return {
    files: [`src/${layer}/**`],
    rules: noImport(
      above.flatMap((upper) => [`@/${upper}/*`, `**/${upper}/*`]),
      `src/${layer} may import only from ${layers.slice(0, i).join(', ') || 'packages'}: move shared code down a layer.`,
    ),
  };
});
/** Every folder in src/features, read from disk: a new feature is covered without editing this file. */
const features = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureRules = features.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: noImport(
    [
      '@/app/*',
      '**/app/*',
      '@/features/*',
      `!@/features/${feature}`,
      `!@/features/${feature}/**`,
    ],
    'A feature may import neither the app nor another feature; move shared code to src/domain or src/components.',
  ),
}));

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
  ...layerRules,
  ...featureRules,
  {
    files: ['tests/unit/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
