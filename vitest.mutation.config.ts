/**
 * The tests Stryker runs against mutants of src/lib and src/url-state (stryker.config.json,
 * docs/testing.md): the unit tests of those two folders, without the app tests, so the score says
 * what the unit tests themselves catch and a run stays within minutes.
 */
import viteConfig from './vite.config'

export default {
  ...viteConfig,
  // Replaces the list (Vite's mergeConfig would append to it). These tests need neither a DOM nor
  // MSW, and without jsdom each of the thousands of runs is much faster.
  test: {
    ...viteConfig.test,
    include: ['src/lib/**/*.test.ts', 'src/url-state/**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
  },
}
