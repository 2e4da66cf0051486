// The architecture, checked on every lint: no import cycles, test support stays out of the product,
// and each runtime keeps to its own room (see the README's Architecture section).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      from: {},
      // Type-only cycles vanish when compiled (the contract and its name list refer to each other's types).
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'product-never-imports-tests',
      severity: 'error',
      comment: 'test/ holds support for tests only; the app must build and run without it.',
      from: { path: '^(electron|src)/', pathNot: '\\.(test|spec)\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'shared-stays-plain',
      severity: 'error',
      comment: 'src/shared is imported by main, preload, renderer and tests: no Vue, Electron or Node.',
      from: { path: '^src/shared/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(src/(?!shared/)|electron/|node_modules/(vue|pinia|electron|better-sqlite3)/)|^node:' },
    },
    {
      name: 'renderer-stays-in-the-browser',
      severity: 'error',
      comment: 'The renderer reaches the back end only through window.api (src/api).',
      from: { path: '^src/', pathNot: '^src/shared/|\\.test\\.ts$' },
      to: { path: '^electron/|^node:|node_modules/(electron|better-sqlite3)/' },
    },
    {
      name: 'back-end-stays-out-of-the-renderer',
      severity: 'error',
      comment: 'Main and preload share only src/shared with the renderer.',
      from: { path: '^electron/' },
      to: { path: '^src/(?!shared/)' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.vue', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
  },
}
