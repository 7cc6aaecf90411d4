import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = ['compare', 'charts', 'timeline', 'sources', 'present', 'filters', 'share']

/** Import boundaries (after bulletproof-react): a feature never imports another feature; only app/ composes. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((f) => f !== feature).flatMap((f) => [`../${f}/*`, `../../features/${f}/*`, `**/features/${f}/*`]),
            message: 'A feature never imports another feature; compose them in src/app.',
          },
          { group: ['**/app/*', '../../app/*'], message: 'Features do not import from src/app.' },
          { group: ['**/mocks/*', 'msw', 'msw/*'], message: 'Production code never imports MSW.' },
        ],
      },
    ],
  },
}))

const layerBoundaries = [
  {
    files: ['src/data/**/*.ts', 'src/lib/**/*.{ts,tsx}', 'src/url-state/**/*.ts', 'src/api/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/*', '**/app/*'], message: 'Shared layers never import features or the app shell.' },
            { group: ['**/mocks/*', 'msw', 'msw/*'], message: 'Production code never imports MSW.' },
          ],
        },
      ],
    },
  },
]

/** Node-only modules: the data loader reads data/ from disk at build time and must never reach the browser. */
const nodeOnlyData = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}', 'src/data/load.ts', 'src/data/index.ts', 'src/data/json-schema.ts', 'src/test-utils.tsx'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/data/index', '**/data/load', '**/data/json-schema', 'yaml', 'node:*'],
            message: 'Node-only: the data loader and YAML parser run at build time; the app fetches /api/v1/dataset.json.',
          },
        ],
      },
    ],
  },
}

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'mocks/mockServiceWorker.js', 'playwright-report', 'test-results', 'tests/bench/results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data and URL text as text: no dangerouslySetInnerHTML.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render data and URL text as text: no innerHTML.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...featureBoundaries,
  ...layerBoundaries,
  nodeOnlyData,
)
