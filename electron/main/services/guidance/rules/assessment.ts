// Rules on the latest assessment (seeds 001, 002):
// - tight hamstrings: the latest assessment that tested the hamstrings found one or both tight → stretch
//   them twice a day; with no tightness on record but pain present (an open pain episode) → stretch at
//   least daily, twice a day while the back hurts.
// - one side tighter: the latest assessment that tested both sides of the hamstrings or hip flexors found
//   one side tight and the other normal → spend longer on the tighter side in the warm-up.
// - lordosis: the latest wall test shows a gap of more than a hand → core work, and a medical check.
// "Latest" always means the latest assessment that recorded that item, so a later assessment that skipped
// the test does not hide an earlier finding.
import type { Alert, Evidence } from '#shared/guidance'
import { TIGHTNESS_LABEL, WALL_GAP_LABEL } from '#shared/labels'
import type { Assessment } from '#shared/types'
import type { GuidanceContext } from '../context'
import { makeAlert, metric } from '../format'
import type { Rule } from './rule'
import { formatDate, possessive } from '#shared/text'

const latest = (ctx: GuidanceContext, has: (a: Assessment) => boolean) => ctx.assessments.filter(has).at(-1)

const sides = (l: Assessment['hamstringLeft'], r: Assessment['hamstringRight']) =>
  `left ${l === null ? 'not tested' : TIGHTNESS_LABEL[l].toLowerCase()}, right ${r === null ? 'not tested' : TIGHTNESS_LABEL[r].toLowerCase()}`

const assessmentEvidence = (a: Assessment, label: string, value: string): Evidence => ({
  kind: 'assessment',
  id: a.id,
  date: a.date,
  label,
  value,
})

export const tightHamstrings: Rule = {
  id: 'tight_hamstrings',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const name = ctx.athlete.name
    const a = latest(ctx, (x) => x.hamstringLeft !== null || x.hamstringRight !== null)
    const tight = a !== undefined && (a.hamstringLeft === 'tight' || a.hamstringRight === 'tight')
    const trigger =
      'The latest hamstring test found tightness, or there is an open pain episode (stretch daily, twice a day ' +
      'when tight or while the back hurts).'
    if (a && tight) {
      return [
        makeAlert(ctx, {
          ruleId: 'tight_hamstrings',
          level: 'info',
          anchor: `assessment-${String(a.id)}`,
          title: 'Tight hamstrings: stretch twice a day',
          message: `${possessive(name)} hamstring test on ${formatDate(a.date)} found tightness (${sides(a.hamstringLeft, a.hamstringRight)}).`,
          advice:
            'Stretch the hamstrings twice a day (30–60 s per stretch); tight hamstrings may pull on the lower back.',
          trigger,
          evidence: [assessmentEvidence(a, 'Hamstring test', sides(a.hamstringLeft, a.hamstringRight))],
          sources: ['seed-001', 'seed-002'],
        }),
      ]
    }
    const episode = ctx.openEpisode
    if (!episode) return []
    return [
      makeAlert(ctx, {
        ruleId: 'tight_hamstrings',
        level: 'info',
        anchor: `episode-${episode.start}`,
        title: 'Back pain: stretch the hamstrings daily',
        message: `${name} has back pain (reported since ${formatDate(episode.start)}).`,
        advice: 'Stretch the hamstrings every day, twice a day while the back hurts (30–60 s per stretch).',
        trigger,
        evidence: [
          metric(
            'Current pain episode',
            `since ${formatDate(episode.start)}, worst ${String(episode.worst)}/10`,
            episode.start,
          ),
          ...(a ? [assessmentEvidence(a, 'Hamstring test', sides(a.hamstringLeft, a.hamstringRight))] : []),
        ],
        sources: ['seed-001', 'seed-002'],
      }),
    ]
  },
}

export const oneSideTighter: Rule = {
  id: 'one_side_tighter',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const bothTested = (x: Assessment) =>
      (x.hamstringLeft !== null && x.hamstringRight !== null) || (x.hipFlexorLeft !== null && x.hipFlexorRight !== null)
    const a = latest(ctx, bothTested)
    if (!a) return []
    const evidence: Evidence[] = []
    const tighter: string[] = []
    const pairs = [
      ['Hamstrings', a.hamstringLeft, a.hamstringRight],
      ['Hip flexors', a.hipFlexorLeft, a.hipFlexorRight],
    ] as const
    for (const [label, left, right] of pairs) {
      if (left === null || right === null || left === right) continue
      const side = left === 'tight' ? 'left' : 'right'
      tighter.push(`${label.toLowerCase()} (${side})`)
      evidence.push(assessmentEvidence(a, label, sides(left, right)))
    }
    if (tighter.length === 0) return []
    return [
      makeAlert(ctx, {
        ruleId: 'one_side_tighter',
        level: 'info',
        anchor: `assessment-${String(a.id)}`,
        title: 'One side tighter than the other',
        message: `On ${formatDate(a.date)}, ${ctx.athlete.name} was tighter on one side: ${tighter.join(', ')}.`,
        advice: 'In the warm-up before each run, spend longer stretching the tighter side.',
        trigger: 'The latest assessment that tested both sides found one side tight and the other normal.',
        evidence,
        sources: ['seed-002'],
      }),
    ]
  },
}

export const lordosis: Rule = {
  id: 'lordosis',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const a = latest(ctx, (x) => x.wallGap !== null)
    if (!a || a.wallGap !== 'more_than_hand') return []
    return [
      makeAlert(ctx, {
        ruleId: 'lordosis',
        level: 'info',
        anchor: `assessment-${String(a.id)}`,
        title: 'Wall test: gap of more than a hand',
        message:
          `In the wall test on ${formatDate(a.date)}, ${ctx.athlete.name} had more than a hand’s width between the lower back ` +
          'and the wall. This may point to a deeper curve of the lower back than usual.',
        advice:
          'Core work and hip-flexor stretching may help. Consider suggesting a check by a doctor or physiotherapist ' +
          'to find out whether the curve matters for this runner.',
        trigger: 'The latest wall test found a gap of more than a hand.',
        evidence: [assessmentEvidence(a, 'Wall test', WALL_GAP_LABEL[a.wallGap])],
        sources: ['seed-001'],
      }),
    ]
  },
}

export const assessmentRules: Rule[] = [tightHamstrings, oneSideTighter, lordosis]
