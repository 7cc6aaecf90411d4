import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { parseUrl } from '../url-state/url'
import { defaultViewState } from '../url-state/view-state'
import {
  agencyLabel,
  appliedFilters,
  describeFilters,
  documentTitle,
  exportFileName,
  fileVersion,
  filterLabels,
  filterSlug,
  labelNotice,
  slug,
} from './filter-description'

const d = loadDataset()
const at = (search: string) => parseUrl(search).state

describe('describeFilters', () => {
  it.each([
    ['', ''],
    ['?dims=chips~open-weights&q=export', 'Chips & compute · Open source & open weights · ‘export’'],
    ['?plans=cn', 'China'],
    ['?plans=us~cn&dims=chips~open-weights~robotics~governance~infrastructure~security~diplomacy~adoption', ''],
    ['?instr=export-control&prov=verbatim&status=delivered', 'Export controls · Official wording only · Delivered'],
    ['?agency=nist', 'NIST (National Institute of Standards and Technology)'],
    ['?status=no-evidence~in-progress', 'No implementing act found · In progress'],
  ])('%s → %s', (search, text) => {
    expect(describeFilters(d, at(search))).toBe(text)
  })

  it('uses the filter panel’s labels: one label per code, from the data', () => {
    const labels = filterLabels(d)
    expect(labels.dims.get('chips')).toBe(d.dimensions.find((x) => x.id === 'chips')?.label)
    expect(labels.instr.get('export-control')).toBe(d.instruments.find((x) => x.id === 'export-control')?.label)
    expect(labels.plans.get('us')).toBe('United States')
  })
})

describe('appliedFilters', () => {
  it('gives each chip the state without it; removing the last item restores all', () => {
    const applied = appliedFilters(d, at('?dims=chips~open-weights&q=export'))
    expect(applied.map((f) => [f.param, f.value, f.label])).toEqual([
      ['dims', 'chips', 'Chips & compute'],
      ['dims', 'open-weights', 'Open source & open weights'],
      ['q', 'export', '‘export’'],
    ])
    expect(applied[2]?.patch).toEqual({ q: '' })
    expect(applied[0]?.patch).toEqual({ dims: ['open-weights'] })
    expect(appliedFilters(d, at('?dims=chips'))[0]?.patch).toEqual({ dims: defaultViewState.dims })
    expect(appliedFilters(d, at('?prov=verbatim'))[0]?.patch).toEqual({ prov: 'all' })
    expect(appliedFilters(d, at('?agency=doc~nist'))[0]?.patch).toEqual({ agency: ['nist'] })
  })
})

describe('documentTitle', () => {
  it.each([
    ['', 'Compare — Parallax: US and China AI action plans'],
    ['?view=charts', 'Charts — Parallax: US and China AI action plans'],
    ['?dims=chips~open-weights', 'Chips & compute, Open source & open weights — Compare — Parallax'],
    ['?view=timeline&dims=chips&q=H200', 'Chips & compute — Timeline — Parallax'],
    ['?view=sources&dims=chips', 'Sources — Parallax: US and China AI action plans'],
  ])('%s → %s', (search, title) => {
    expect(documentTitle(d, at(search))).toBe(title)
  })

  it('names only the view before the data has loaded', () => {
    expect(documentTitle(undefined, at('?dims=chips'))).toBe('Compare — Parallax: US and China AI action plans')
  })
})

describe('file names', () => {
  it.each([
    ['export', 'export'],
    ['Export controls!', 'export-controls'],
    ['  data   centre ', 'data-centre'],
    ['Café Ünïcode', 'cafe-unicode'],
    ['开源 模型', '开源-模型'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['a'.repeat(60), 'a'.repeat(40)],
    ['***', ''],
  ])('slug(%j) is %j', (text, s) => {
    expect(slug(text)).toBe(s)
  })

  it.each([
    ['', ''],
    ['?dims=chips~open-weights&q=export', 'chips-open-weights_q-export'],
    ['?plans=cn&instr=export-control~standards&prov=verbatim', 'cn_instr-standards-export-control_verbatim'],
    ['?status=delivered&agency=nist&q=%22open%20weights%22', 'status-delivered_agency-nist_q-open-weights'],
  ])('filterSlug(%s) is %s', (search, s) => {
    expect(filterSlug(d, at(search))).toBe(s)
  })

  it('names a download after its filters and the data version', () => {
    expect(exportFileName(d, at('?dims=chips~open-weights&q=export'), 'parallax-provisions', 'zip')).toBe(
      `parallax-provisions_chips-open-weights_q-export_${d.meta.version}.zip`,
    )
    expect(exportFileName(d, at(''), 'parallax-provisions', 'csv')).toBe(`parallax-provisions_${d.meta.version}.csv`)
    expect(d.meta.version).toMatch(/^[0-9.-]+$/)
  })

  it('keeps a long filter part under 150 characters', () => {
    const name = exportFileName(
      d,
      at(`?q=${'word '.repeat(30)}&dims=chips~open-weights~robotics~governance~infrastructure`),
      'parallax',
      'zip',
    )
    expect(name.length).toBeLessThan(150)
    expect(name).toMatch(/^parallax_chips-open-weights-robotics-governance-infrastructure_q-word-word/)
  })
})

describe('labelNotice', () => {
  const labels = filterLabels(d)
  it.each([
    ['dims: “chip” is not a dimension; did you mean “chips”?', 'dims: “chip” is not a dimension; did you mean “Chips & compute”?'],
    ['dims: read “CHIPS” as “chips”', 'dims: read “CHIPS” as “Chips & compute”'],
    [
      'dims: ignored “robots” (not a dimension; did you mean “robotics”?)',
      'dims: ignored “robots” (not a dimension; did you mean “Robotics & physical AI”?)',
    ],
    ['view: read “chart” as “charts”', 'view: read “chart” as “Charts”'],
    ['view: read “Charts” as “charts”', 'view: read “Charts” as “charts”'],
    ['plans: “uk” is not a plan; try “us”, “cn”', 'plans: “uk” is not a plan; try “United States”, “China”'],
    [
      'agency: “nsit” is not an agency in this data; did you mean “nist”?',
      'agency: “nsit” is not an agency in this data; did you mean “NIST (National Institute of Standards and Technology)”?',
    ],
    ['sel: “us-9-9-9” is not a provision in this data', 'sel: “us-9-9-9” is not a provision in this data'],
    ['ignored unknown parameter “chips”', 'ignored unknown parameter “chips”'],
    ['instr: “chips” is not an instrument', 'instr: “chips” is not an instrument'],
  ])('%s', (notice, labelled) => {
    expect(labelNotice(notice, labels)).toBe(labelled)
  })

  it('labels an agency as the filter panel does', () => {
    expect(agencyLabel({ name: 'Commerce', shortName: 'Commerce' })).toBe('Commerce')
    expect(agencyLabel({ name: 'Department of Commerce', shortName: 'Commerce' })).toBe('Commerce (Department of Commerce)')
  })
})

describe('fileVersion', () => {
  it('keeps a version’s dots and hyphens', () => {
    expect(fileVersion({ ...d, meta: { ...d.meta, version: '2026.12.06-1' } })).toBe('2026.12.06-1')
    expect(fileVersion({ ...d, meta: { ...d.meta, version: '2026/12 06' } })).toBe('2026-12-06')
  })
})
