/** Types for the parts of citation-js (untyped packages) that src/lib/cite-formats.ts uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    format(format: string, options?: Record<string, unknown>): string | object
  }
  export const plugins: {
    config: { get(name: string): unknown }
    input: { chain(...args: unknown[]): unknown }
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
