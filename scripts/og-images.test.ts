/**
 * Renders real cards and reads the PNGs back. What this proves: the PNG is 1200×630; the SVG satori
 * produced has glyph outlines (text becomes <path>s) for the quote, in numbers that track the text's
 * length, including the Chinese characters (so the CJK font loaded and covered them: a missing font
 * throws or leaves no paths); the pixels are not blank. It does not prove the layout looks right: look
 * at the images (docs/testing.md).
 */
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../src/data/index'
import { ogCards, ogImages, renderPng, clip } from './og-images'

const d = loadDataset()
const provision = (id: string) => {
  const p = d.provisions.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return p
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Contours drawn: each glyph outline starts with a move-to (M) in the path data satori writes. */
const contours = (svg: string) => (svg.match(/M\s?-?\d/g) ?? []).length

describe('Open Graph images', () => {
  it('draw an English provision at 1200×630 with its words as glyphs', async () => {
    const { svg, png } = await renderPng(ogCards.provisionCard(d, provision('us-3-3-1')))
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
    // At least one contour per letter: the quote alone has well over 150 letters.
    const letters = (provision('us-3-3-1').text ?? '').replace(/[^A-Za-z]/g, '').length
    expect(letters).toBeGreaterThan(150)
    expect(contours(svg)).toBeGreaterThan(letters)
    expect(png.length).toBeGreaterThan(20_000)
  }, 60_000)

  it('draw a Chinese-wording provision with the Chinese characters as glyphs', async () => {
    const p = provision('cn-1-1')
    expect(p.nativeText).toMatch(/[\u4e00-\u9fff]/)
    const zhOnly = await renderPng({
      type: 'div',
      props: { style: { display: 'flex', fontFamily: 'Noto Sans SC', fontSize: 40 }, children: clip(p.nativeText ?? '', 40) },
    })
    const hanCount = [...clip(p.nativeText ?? '', 40)].filter((c) => /[\u4e00-\u9fff]/.test(c)).length
    expect(hanCount).toBeGreaterThan(20)
    // satori draws text as glyph outlines: every Chinese character gives drawing commands; a missing font would give none.
    // A Han character has several contours; without the CJK font there would be none (or boxes, one each).
    expect(contours(zhOnly.svg)).toBeGreaterThan(hanCount * 3)
    const { png } = await renderPng(ogCards.provisionCard(d, p))
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
  }, 60_000)

  it('label a description and an altered copy as not the plan’s words, in the card itself', () => {
    const text = (node: unknown): string =>
      typeof node === 'string'
        ? node
        : Array.isArray(node)
          ? node.map(text).join(' ')
          : node && typeof node === 'object' && 'props' in node
            ? text((node as { props: { children?: unknown } }).props.children)
            : ''
    expect(text(ogCards.provisionCard(d, provision('cn-2-3')))).toContain('NOT official wording')
    expect(text(ogCards.provisionCard(d, provision('cn-2-3')))).not.toContain(provision('cn-2-3').nativeText ?? '∅')
    expect(text(ogCards.provisionCard(d, provision('cn-4-1')))).toContain('Description in Parallax’s words — official wording not seen')
    expect(text(ogCards.provisionCard(d, provision('us-3-3-1')))).toContain('The plan’s words')
  })

  it('plan one image per provision, event, dimension, chart and plan, at the paths the pages use', () => {
    const files = ogImages(d).map((i) => i.fileName)
    expect(files).toContain('og/site.png')
    expect(files).toContain('og/provisions/us-3-3-1.png')
    expect(files).toContain('og/charts/orientation.png')
    expect(files).toContain('og/dimensions/chips.png')
    expect(files).toContain('og/plans/cn.png')
    expect(files).toHaveLength(1 + d.provisions.length + d.events.length + d.dimensions.length + 8 + d.plans.length)
  })
})
