/**
 * Import cycles, type-only ones included. ESLint's `import-x/no-cycle` (eslint.config.js) reports
 * cycles through value imports while you edit, but by design it skips `import type`; this check
 * follows every import TypeScript sees, so a cycle made only of type imports fails too.
 * Run by `npm run lint` (and so by CI). See docs/architecture.md § Allowed imports.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules in src/ must not import each other in a cycle, not even through type-only imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'brief-layer',
      severity: 'error',
      comment:
        'src/brief (the brief model and store) imports only src/data, src/lib and src/url-state: features and components add to it, never the reverse (docs/architecture.md § Allowed imports).',
      from: { path: '^src/brief/' },
      to: { path: '^src/(features|app|components|api)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.css$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
}
