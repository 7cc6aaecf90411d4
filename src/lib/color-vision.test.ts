import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { actorRoleStyles, instrumentStyles, laneSeries, orientationStyles, planSeries, relationStyles, statusStyles } from './chart-config'
import { contrastRatio, deltaE2000, deltaE2000Lab, hexToLab, simulate, type Deficiency } from './color-vision'

const deficiencies: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia']
const tokens = readFileSync(path.resolve(__dirname, '../app/tokens.css'), 'utf8')
const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(tokens)?.[1]?.toLowerCase()

describe('colour maths', () => {
  it('matches the CIEDE2000 reference pairs of Sharma, Wu and Dalal (2005)', () => {
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4)
    expect(deltaE2000Lab([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4)
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4)
    expect(deltaE2000Lab([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4)
  })

  it('converts white and black to CIELAB', () => {
    expect(hexToLab('#ffffff')[0]).toBeCloseTo(100, 3)
    expect(hexToLab('#000000')[0]).toBeCloseTo(0, 3)
  })

  it('leaves greys unchanged under every simulated deficiency', () => {
    for (const d of deficiencies) expect(simulate('#808080', d)).toBe('#808080')
  })

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})

describe('the plan colours', () => {
  it('are the values of --plan-us and --plan-cn in tokens.css', () => {
    expect(planSeries.us.hex).toBe(token('plan-us'))
    expect(planSeries.cn.hex).toBe(token('plan-cn'))
    expect(planSeries.us.hex).toBe('#2159a6')
    expect(planSeries.cn.hex).toBe('#b9421b')
  })

  it('stay far apart (ΔE2000 ≥ 40) for normal vision and under simulated protanopia, deuteranopia and tritanopia', () => {
    const { us, cn } = planSeries
    expect(deltaE2000(us.hex, cn.hex)).toBeGreaterThanOrEqual(40)
    const simulated = Object.fromEntries(deficiencies.map((d) => [d, Math.round(deltaE2000(simulate(us.hex, d), simulate(cn.hex, d)))]))
    // Measured: protanopia 48, deuteranopia 55, tritanopia 60 (a just-noticeable difference is about 2.3).
    expect(simulated).toEqual({ protanopia: 48, deuteranopia: 55, tritanopia: 60 })
    for (const d of deficiencies) expect(deltaE2000(simulate(us.hex, d), simulate(cn.hex, d)), d).toBeGreaterThanOrEqual(40)
  })

  it('each reach 3:1 against the white chart background (WCAG 1.4.11), also when simulated', () => {
    for (const plan of [planSeries.us, planSeries.cn, laneSeries.intl]) {
      expect(contrastRatio(plan.hex, '#ffffff'), plan.label).toBeGreaterThanOrEqual(3)
      for (const d of deficiencies) expect(contrastRatio(simulate(plan.hex, d), '#ffffff'), `${plan.label} ${d}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('differ little in lightness, which is why each plan also has its own pattern and marker', () => {
    expect(contrastRatio(planSeries.us.hex, planSeries.cn.hex)).toBeLessThan(1.5)
    expect(new Set(Object.values(planSeries).map((p) => p.pattern)).size).toBe(2)
    expect(new Set(Object.values(laneSeries).map((p) => p.marker)).size).toBe(3)
  })
})

describe('category palettes', () => {
  const all = { ...instrumentStyles, ...statusStyles, ...relationStyles, ...actorRoleStyles, ...orientationStyles }

  it('give every direct label at least 4.5:1 contrast on its fill', () => {
    for (const [id, s] of Object.entries(all)) expect(contrastRatio(s.fill, s.ink), id).toBeGreaterThanOrEqual(4.5)
  })

  it('keep every pair of instrument colours apart (ΔE2000 ≥ 10) under each simulated deficiency', () => {
    // "Not stated" is not an instrument: it is drawn outlined and unfilled, apart from the coded tools.
    const fills = Object.entries(instrumentStyles)
      .filter(([id]) => id !== 'not-stated')
      .map(([, s]) => s.fill)
    for (const d of deficiencies) {
      for (let i = 0; i < fills.length; i++) {
        for (let j = i + 1; j < fills.length; j++) {
          const a = fills[i] as string
          const b = fills[j] as string
          expect(deltaE2000(simulate(a, d), simulate(b, d)), `${a} vs ${b} (${d})`).toBeGreaterThanOrEqual(10)
        }
      }
    }
  })
})
