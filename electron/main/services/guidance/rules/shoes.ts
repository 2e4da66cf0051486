// Worn shoes (seed 004: replace every 300–500 miles; seed 002: worn-out shoes can jar the spine; seed
// 001: a stability shoe when the foot overpronates). For each shoe in use today, distance = its initial
// distance + every run logged in it up to today:
// - at or above the shoe's replace distance (800 km / ~500 mi unless the coach set another) → caution;
// - at or above 60 % of it (480 km / ~300 mi for the default) → info.
// When the latest assessment that records a foot type says overpronation, the advice suggests a
// stability shoe.
import type { Alert, Evidence } from '#shared/guidance'
import type { Assessment } from '#shared/types'
import type { ShoeUsage } from '../../../db/repositories/guidance'
import type { GuidanceContext } from '../context'
import { distance, makeAlert, metric, pct } from '../format'
import { T, atLeast } from '../thresholds'
import type { Rule } from './rule'

function latestFootType(ctx: GuidanceContext): Assessment | undefined {
  return ctx.assessments.filter((a) => a.footType !== null).at(-1)
}

function shoeAlert(ctx: GuidanceContext, shoe: ShoeUsage, foot: Assessment | undefined): Alert | null {
  const replace = shoe.replaceThresholdM
  // To the nearest metre: a distance typed in miles is stored in whole metres, so 300 mi is 482 803 m while
  // 60 % of 500 mi is 482 803.2 m.
  const warn = Math.round(T.shoeWarnFraction.value * replace)
  const worn = atLeast(shoe.usedDistanceM, replace)
  if (!worn && !atLeast(shoe.usedDistanceM, warn)) return null
  const used = distance(shoe.usedDistanceM, ctx.unit)
  const stability = foot?.footType === 'overpronation'
  const evidence: Evidence[] = [
    {
      kind: 'shoe',
      id: shoe.id,
      date: shoe.startDate,
      label: shoe.name,
      value: `${used} of ${distance(replace, ctx.unit)} (${pct(shoe.usedDistanceM / replace)})`,
    },
    metric('Runs logged in this shoe', String(shoe.runCount)),
  ]
  if (shoe.initialDistanceM > 0)
    evidence.push(metric('Distance before it was logged', distance(shoe.initialDistanceM, ctx.unit)))
  if (stability && foot)
    evidence.push({ kind: 'assessment', id: foot.id, date: foot.date, label: 'Foot type', value: 'Overpronation' })
  const hint = stability
    ? ' The latest assessment noted overpronation, so a stability shoe may suit the next pair better.'
    : ''
  return makeAlert(ctx, {
    ruleId: 'shoes',
    level: worn ? 'caution' : 'info',
    anchor: `shoe-${String(shoe.id)}-${worn ? 'replace' : 'warn'}`,
    title: worn ? `Replace ${shoe.name}` : `${shoe.name} is getting worn`,
    message: worn
      ? `${shoe.name} has ${used} on it, past its replace distance of ${distance(replace, ctx.unit)}.`
      : `${shoe.name} has ${used} on it; it reaches its replace distance at ${distance(replace, ctx.unit)}.`,
    advice:
      (worn
        ? 'Suggest a new pair: worn cushioning passes more of each landing up to the back.'
        : 'Plan a new pair soon, and consider alternating it with this one until then.') + hint,
    trigger:
      `A shoe in use reaches ${pct(T.shoeWarnFraction.value)} of its replace distance (info) or the replace ` +
      `distance itself (caution); the default is ${distance(T.shoeReplaceDefaultM.value, ctx.unit)}.`,
    evidence,
    sources: stability ? ['seed-004', 'seed-002', 'seed-001'] : ['seed-004', 'seed-002'],
    proposal: worn
      ? {
          kind: 'replace_shoe',
          shoeId: shoe.id,
          shoeName: shoe.name,
          usedDistanceM: shoe.usedDistanceM,
          replaceDistanceM: replace,
        }
      : undefined,
  })
}

export const shoes: Rule = {
  id: 'shoes',
  levels: ['info', 'caution'],
  evaluate(ctx): Alert[] {
    const foot = latestFootType(ctx)
    return ctx.shoes.map((shoe) => shoeAlert(ctx, shoe, foot)).filter((a): a is Alert => a !== null)
  },
}
