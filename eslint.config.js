import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = ['compare', 'charts', 'timeline', 'sources', 'present', 'filters', 'share', 'brief']

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

/** Shared layers never import MSW; which layers they may import is `layerZones` below. */
const layerBoundaries = [
  {
    files: [
      'src/data/**/*.ts',
      'src/lib/**/*.{ts,tsx}',
      'src/url-state/**/*.ts',
      'src/api/**/*.ts',
      'src/brief/**/*.ts',
      'src/components/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mocks/*', 'msw', 'msw/*'], message: 'Production code never imports MSW.' }] },
      ],
    },
  },
]

/**
 * Layers (docs/architecture.md § Allowed imports): dependencies point one way, app → features →
 * components → brief → (lib, api, url-state) → data. Checked on resolved file paths, so every spelling of an
 * import (`../lib/x`, `../data/../lib/x`) and type-only imports count. Test files follow the same rules.
 */
const layer = (name, allowed, why) => ({
  target: `./src/${name}`,
  from: './src',
  except: [`./${name}`, ...allowed.map((a) => `./${a}`)],
  message: `src/${name} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'}: ${why} (docs/architecture.md § Allowed imports).`,
})
const layerZones = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          layer('data', [], 'it is the bottom layer, the data contract that the build, the worker and the app all share'),
          // lib/permalink.ts (no imports): the permanent pages' paths, shared by the build and the URL codecs.
          layer('url-state', ['data', 'lib/permalink.ts'], 'the URL codecs sit just above the data contract'),
          layer(
            'lib',
            ['data', 'url-state'],
            'pure functions over the data and the view state; features and the shell call them, not the reverse',
          ),
          layer('api', ['data', 'lib'], 'data sources know the contract and pure helpers, never the UI'),
          layer(
            'brief',
            ['data', 'lib', 'url-state'],
            'the brief model and store sit below the features and components that add to it and show it',
          ),
          layer('components', ['data', 'lib', 'url-state', 'brief'], 'shared presentational pieces, composed by features'),
        ],
      },
    ],
  },
}

/** Node-only modules: the data loader reads data/ from disk at build time and must never reach the browser. */
const nodeOnlyPattern = {
  group: ['**/data/index', '**/data/load', '**/data/json-schema', 'yaml', 'node:*'],
  message: 'Node-only: the data loader and YAML parser run at build time; the app fetches /api/v1/dataset.json.',
}
const nodeOnlyIgnores = ['**/*.test.{ts,tsx}', 'src/data/load.ts', 'src/data/index.ts', 'src/data/json-schema.ts', 'src/test-utils.tsx']
/** One `@typescript-eslint/no-restricted-imports` entry per file group: a later entry replaces an earlier one, so each repeats the Node-only pattern. */
const restrictedImports = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeOnlyPattern, ...patterns] }],
})
const nodeOnlyData = { files: ['src/**/*.{ts,tsx}'], ignores: nodeOnlyIgnores, rules: restrictedImports() }

/**
 * Type-only layers: lib and url-state may use some modules' types but not their values (values would
 * pull Zod schemas or URL machinery into code that must stay pure and small).
 */
const typeOnlyImports = [
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    ignores: nodeOnlyIgnores,
    rules: restrictedImports({
      group: ['**/url-state/*'],
      allowTypeImports: true,
      message:
        'src/lib may import only types from src/url-state (write `import type`); the store and codecs belong to the app and features.',
    }),
  },
  {
    files: ['src/url-state/**/*.ts'],
    ignores: nodeOnlyIgnores,
    rules: restrictedImports({
      group: ['**/data/*', '!**/data/vocabulary'],
      allowTypeImports: true,
      message: 'src/url-state may import values only from src/data/vocabulary (Zod-free id lists) and types from the rest of src/data.',
    }),
  },
]

/**
 * No import cycles. `import-x/no-cycle` follows value imports as you edit; it skips type-only imports
 * by design, so `npm run lint` also runs dependency-cruiser (.dependency-cruiser.cjs), which follows those too.
 */
const noCycles = {
  files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'scripts/**/*.ts'],
  rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'reports',
      '.stryker-tmp',
      'mocks/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'tests/bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // import-x must resolve and parse TypeScript, or its rules silently see no imports (src/lint-rules.test.ts checks they fire).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
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
    files: ['**/*.cjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...featureBoundaries,
  ...layerBoundaries,
  layerZones,
  nodeOnlyData,
  ...typeOnlyImports,
  noCycles,
)
