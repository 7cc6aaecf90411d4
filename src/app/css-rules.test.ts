/**
 * House rules for styles (docs/architecture.md, "Styles"): colours only through the design tokens in
 * tokens.css, and media queries only at the fixed breakpoints below. A literal colour or a one-off
 * width anywhere else fails here with file and line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** The breakpoints, in px: phone, stacked matrix, folded filter rail, desktop, wide (detail beside). */
const BREAKPOINTS = [640, 760, 900, 1100, 1700] as const

const SRC = path.resolve(__dirname, '..')
const TOKENS = path.join(SRC, 'app', 'tokens.css')

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return cssFiles(full)
    return e.name.endsWith('.css') ? [full] : []
  })
}

/** Lines with comments blanked, so a comment may name a colour. */
function codeLines(text: string): string[] {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).split('\n')
}

const COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![-\w])(?:white|black|red|blue|green|grey|gray|yellow|orange)(?![-\w])/i

function colourLiterals(file: string, text: string): string[] {
  return codeLines(text).flatMap((line, i) => (COLOUR.test(line) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []))
}

function offBreakpoints(file: string, text: string): string[] {
  const allowed = new Set<number>(BREAKPOINTS.flatMap((b) => [b, b - 1]))
  return codeLines(text).flatMap((line, i) => {
    if (!line.includes('@media')) return []
    const widths = [...line.matchAll(/(?:min|max)-width:\s*([\d.]+)(px|rem|em)/g)].map(
      ([, n, unit]) => Number(n) * (unit === 'px' ? 1 : 16),
    )
    return widths.some((w) => !allowed.has(w)) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []
  })
}

describe('style rules', () => {
  const files = cssFiles(SRC)

  it('reads the style files', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(files).toContain(TOKENS)
  })

  it('uses colours only through the design tokens', () => {
    expect(files.filter((f) => f !== TOKENS).flatMap((f) => colourLiterals(f, readFileSync(f, 'utf8')))).toEqual([])
  })

  it('uses only the fixed breakpoints', () => {
    expect(files.flatMap((f) => offBreakpoints(f, readFileSync(f, 'utf8')))).toEqual([])
  })

  it('catches what it is meant to catch', () => {
    expect(colourLiterals('/x.css', '.a {\n  color: #fff;\n}\n/* #000 in a comment */')).toEqual([
      expect.stringMatching(/x\.css:2: color: #fff;$/),
    ])
    expect(colourLiterals('/x.css', 'a { background: rgb(0 0 0 / 0.1); border-color: white }')).toHaveLength(1)
    expect(colourLiterals('/x.css', 'a { white-space: nowrap; color: var(--ink) }')).toEqual([])
    expect(offBreakpoints('/x.css', '@media (max-width: 520px) {')).toHaveLength(1)
    expect(offBreakpoints('/x.css', '@media (max-width: 1699px) {')).toEqual([])
    expect(offBreakpoints('/x.css', '@media (max-width: 44rem) {')).toEqual([
      expect.stringMatching(/x\.css:1: @media \(max-width: 44rem\) \{$/),
    ])
  })
})
