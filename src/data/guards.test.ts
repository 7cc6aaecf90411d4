import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Dataset } from './dataset-schema'
import {
  alteredCopyAsWording,
  defaultCodes,
  hasAlteredMarkers,
  needlessCuts,
  overstatedEvents,
  relationsAgainstCoverage,
  repostsAsPrimary,
  rivalFraming,
  targetsInMeasuredSeries,
  unverifiedPointNumbers,
  weakStatuses,
} from './guards'
import { loadDataset } from './index'
import { integrityWarnings } from './integrity'

const planText = readFileSync(path.resolve(__dirname, '../../tests/fixtures/us-ai-action-plan-2025.txt'), 'utf8')
const data = loadDataset()
/** A deep copy of the real data with one error put back, as an editor might. */
const withError = (edit: (d: Dataset) => void): Dataset => {
  const copy = structuredClone(data)
  edit(copy)
  return copy
}
const provision = (d: Dataset, id: string) => {
  const p = d.provisions.find((x) => x.id === id)
  if (!p) throw new Error(`no provision ${id}`)
  return p
}
const event = (d: Dataset, id: string) => {
  const e = d.events.find((x) => x.id === id)
  if (!e) throw new Error(`no event ${id}`)
  return e
}

describe('guards against the audit’s classes of error', () => {
  it('pass on the data as it is', () => {
    expect(integrityWarnings(data, planText)).toEqual([])
  })

  it('recognise a converted copy: 人工智慧, corner quotes, traditional-only characters', () => {
    expect(hasAlteredMarkers('…深度挖掘「人工智慧+」開放應用場景…')).toBe(true)
    expect(hasAlteredMarkers('推進人工智慧賦能工業製造')).toBe(true)
    expect(hasAlteredMarkers('加强人工智能基础设施建设')).toBe(false)
  })

  it('fail when converted-copy Chinese is labelled as quoted official wording (F01, F09)', () => {
    expect(alteredCopyAsWording(withError((d) => void (provision(d, 'cn-2-3').provenance = 'verbatim-quoted')))).toEqual(['cn-2-3'])
    expect(alteredCopyAsWording(withError((d) => void (provision(d, 'cn-3-1').nativeLang = 'zh-Hans')))).toEqual(['cn-3-1'])
    expect(
      alteredCopyAsWording(
        withError((d) => {
          const section = d.plans[1]?.sections.find((s) => s.id === 'cn-3')
          if (section) section.nativeHeading = '推動人工智慧賦能千行百業'
        }),
      ),
    ).toEqual(['cn-3'])
  })

  it('fail when an altered repost is filed as a primary source (F28)', () => {
    expect(repostsAsPrimary(data)).toEqual([])
    const broken = withError((d) => {
      const s = d.sources.find((x) => x.id === 'cn-s3')
      if (s) s.kind = 'primary'
    })
    expect(repostsAsPrimary(broken)).toEqual(['cn-s3'])
  })

  it('fail on a status resting on one weak source, and on delivered without a delivering link (F02, F03)', () => {
    const weak = withError((d) => {
      d.implementation.push({ provisionId: 'cn-5-1', status: 'in-progress', eventIds: ['ndrc-ai-cooperation-plan'], note: 'x' })
      const link = event(d, 'ndrc-ai-cooperation-plan').links.find((l) => l.provisionId === 'cn-5-1')
      if (link) link.kind = 'implements'
    })
    expect(weakStatuses(weak)).toEqual(['cn-5-1'])
    const undelivered = withError((d) => {
      const r = d.implementation.find((x) => x.provisionId === 'us-3-6-2')
      if (r) r.status = 'delivered'
    })
    expect(weakStatuses(undelivered)).toEqual(['us-3-6-2'])
    const context = withError((d) => {
      const link = event(d, 'omb-m-26-04').links.find((l) => l.provisionId === 'us-1-2-2')
      if (link) link.kind = 'context'
    })
    expect(weakStatuses(context)).toContain('us-1-2-2')
  })

  it('fail when a default is written in for an unknown actor or tool (F07)', () => {
    expect(defaultCodes(withError((d) => void (provision(d, 'cn-4-1').orientation.lead = 'multistakeholder')))).toEqual(['cn-4-1'])
    expect(defaultCodes(withError((d) => void (provision(d, 'cn-4-1').instruments = ['cooperation'])))).toEqual(['cn-4-1'])
  })

  it('fail when a guessed point number is printed as verified (F08)', () => {
    const relabelled = withError((d) => {
      const section = d.plans[1]?.sections.find((s) => s.id === 'cn-12')
      if (section) section.label = 'Point 12'
    })
    expect(unverifiedPointNumbers(relabelled)).toEqual(['cn-12'])
  })

  it('fail on a quote cut the plan does not require, and pass the restored quotes (F10)', () => {
    expect(needlessCuts(data, planText)).toEqual([])
    const cut = withError((d) => {
      provision(d, 'us-1-15-3').text = 'Led by DOJ’s Office of Legal Policy, file formal comments on any proposed … additions to the Federal Rules of Evidence.'
    })
    expect(needlessCuts(cut, planText)).toEqual(['us-1-15-3'])
  })

  it('fail when an event is labelled verified on news alone (F05)', () => {
    expect(overstatedEvents(withError((d) => void (event(d, 'h200-sales-allowed').verification = 'verified')))).toEqual(['h200-sales-allowed'])
  })

  it('fail on a relation the coverage contradicts, a target in a measured series, and rival framing (F12–F14, F31)', () => {
    const relation = withError((d) => {
      const c = d.comparisons.find((x) => x.dimensionId === 'chips')
      if (c) c.relation = 'diverge'
    })
    expect(relationsAgainstCoverage(relation)).toEqual(['chips'])
    const target = withError((d) => {
      const i = d.indicators.find((x) => x.id === 'cn-total-computing-power')
      i?.observations.push({ entity: 'China (2025 target)', value: 300, date: '2025', sourceIds: ['cn-s47'], basis: 'reported', note: 'A target.' })
    })
    expect(targetsInMeasuredSeries(target)).toEqual(['cn-total-computing-power'])
    const rival = withError((d) => {
      const c = d.comparisons[0]
      if (c) c.note = `${c.note} The two rival plans differ.`
    })
    expect(rivalFraming(rival)).toEqual(['chips'])
  })
})
