import { VerificationBadge } from '../../components/badges'
import { StateLink } from '../../components/state-link'
import type { Plan, Section } from '../../data/schema'

const contentLabels: Record<Section['contentStatus'], string> = {
  'full-text': 'Full text read',
  partial: 'Partly read',
  described: 'Described by secondary sources only',
  'not-available': 'Official wording not available',
}

/**
 * A plan's sections with what was seen of each: China's points show whether their heading and text
 * were read, and a point whose content is unknown says so instead of showing anything invented.
 */
export function PlanStructure({ plan, counts }: { plan: Plan; counts: Map<string, number> }) {
  const rows = plan.sections.filter((s) => s.kind !== 'pillar')
  return (
    <table className="plan-structure">
      <caption>
        {plan.country}: {plan.structure}
      </caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Heading</th>
          <th scope="col">What was seen</th>
          <th scope="col">Provisions</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const n = counts.get(s.id) ?? 0
          return (
            <tr key={s.id} data-section={s.id}>
              <th scope="row">
                {s.label}
                {s.page !== undefined && <span className="plan-structure__page">, p. {s.page}</span>}
              </th>
              <td>
                {s.heading ?? <span className="plan-structure__missing">Official English heading not seen</span>}
                {s.nativeHeading && (
                  <>
                    {' '}
                    <span lang="zh">{s.nativeHeading}</span>
                  </>
                )}{' '}
                <VerificationBadge verification={s.headingStatus} />
              </td>
              <td>
                <span className={`plan-structure__status plan-structure__status--${s.contentStatus}`}>
                  {contentLabels[s.contentStatus]}
                </span>
                {s.note && <span className="plan-structure__note"> {s.note}</span>}
              </td>
              <td>
                {n > 0 ? (
                  <StateLink to={{ view: 'compare', plans: [plan.id], q: '', sel: null }} fresh>
                    {n}
                  </StateLink>
                ) : (
                  <span>{s.kind === 'point' || s.kind === 'section' ? 'none' : 'quoted, not coded'}</span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
