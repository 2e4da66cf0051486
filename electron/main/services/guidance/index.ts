// The guidance service: runs every rule on an athlete's data and keeps the coach's decisions about the
// results (acknowledged or snoozed alerts, closed pain episodes). Plain Node, no Electron.
import type { Repositories } from '../../db/repositories'
import {
  REFERRAL_LEVELS,
  RULE_IDS,
  compareAlerts,
  mostUrgent,
  type Alert,
  type AlertAcknowledgement,
  type RuleId,
  type EpisodeClosure,
  type EpisodeReview,
  type PainEpisode,
  type ReferralClearance,
  type TrafficLight,
} from '#shared/guidance'
import { localIsoDate } from '#shared/dates'
import type { Deleted } from '#shared/types'
import { toDayNumber } from '../analytics/days'
import { AppError, notFound } from '../errors'
import { contextFor, contextsForAll, unitOf, type GuidanceContext, type Histories } from './context'
import { isReferral, referralFirst } from './referralFirst'
import { episodeReview } from './review'
import { RULES } from './rules'
import { trafficLight } from './rules/painMonitoring'

export interface AlertOptions {
  /** leave out alerts the coach acknowledged, or snoozed until after `today` */
  hideAcknowledged?: boolean
  /** every active athlete's days with runs up to `today`, when the caller has read them already */
  histories?: Histories
}

const KEY = /^([a-z_]+):(\d+):(.+)$/
/** Rules that can send a runner to a clinician: only their alerts can be cleared. */
const REFERRAL_RULES = new Set(
  RULES.filter((r) => r.levels.some((level) => REFERRAL_LEVELS.includes(level))).map((r) => r.id),
)
const NOTE_MAX = 1000

function day(value: string, field: string): string {
  try {
    toDayNumber(value)
  } catch {
    throw new AppError('invalid', 'Use a date like 2026-03-31', field)
  }
  return value
}

function note(value: string): string {
  const trimmed = value.trim()
  if (trimmed.length > NOTE_MAX)
    throw new AppError('invalid', `Notes are at most ${String(NOTE_MAX)} characters`, 'note')
  return trimmed
}

/** Every alert the rules raise for one context, most urgent first. */
export function evaluate(ctx: GuidanceContext): Alert[] {
  return referralFirst(
    ctx,
    RULES.flatMap((rule) => rule.evaluate(ctx)),
  ).sort(compareAlerts)
}

/** True when the newest acknowledgement of `key` still hides it on `today`. */
export function isHidden(acks: readonly AlertAcknowledgement[], key: string, today: string): boolean {
  let newest: AlertAcknowledgement | undefined
  for (const ack of acks) if (ack.alertKey === key && (!newest || ack.id > newest.id)) newest = ack
  if (!newest) return false
  return newest.snoozedUntil === null || today < newest.snoozedUntil
}

/**
 * What a printed sheet and the program builder must put first: the athlete's open referrals (not cleared by
 * a clinician) and any suggested medical check, as alerts, most urgent first.
 */
export function safetyAlerts(repos: Repositories, athleteId: number, today: string): Alert[] {
  const ctx = contextFor(repos, athleteId, today)
  if (!ctx) return []
  // Read before the hold: a suggested medical check is not exercise advice and still belongs on paper.
  const cleared = new Set(ctx.clearances.map((c) => c.alertKey))
  return RULES.flatMap((rule) => rule.evaluate(ctx))
    .filter((a) => (isReferral(a) && !cleared.has(a.key)) || a.ruleId === 'lordosis')
    .sort(compareAlerts)
}

export function guidanceService(repos: Repositories) {
  const repo = () => repos.guidance

  const context = (athleteId: number, today: string): GuidanceContext => {
    const ctx = contextFor(repos, athleteId, day(today, 'today'))
    if (!ctx) throw notFound('That athlete', 'athleteId')
    return ctx
  }

  const filter = (alerts: Alert[], acks: readonly AlertAcknowledgement[], today: string, options: AlertOptions) =>
    options.hideAcknowledged ? alerts.filter((a) => !isHidden(acks, a.key, today)) : alerts

  const requireAthlete = (athleteId: number) => {
    if (!repos.athletes.get(athleteId)) throw notFound('That athlete', 'athleteId')
  }

  const record = (key: string, athleteId: number, text: string, snoozedUntil: string | null): AlertAcknowledgement => {
    const match = KEY.exec(key)
    if (!match || !(RULE_IDS as readonly string[]).includes(match[1] ?? '') || Number(match[2]) !== athleteId)
      throw new AppError('invalid', 'That alert does not belong to this athlete.', 'key')
    requireAthlete(athleteId)
    const id = repo().insertAcknowledgement(key, athleteId, note(text), snoozedUntil)
    const saved = repo().getAcknowledgement(id)
    if (!saved) throw notFound('That acknowledgement')
    return saved
  }

  const clearanceRepo = () => repos.clearances
  const savedClearance = (id: number): ReferralClearance => {
    const saved = clearanceRepo().get(id)
    if (!saved) throw notFound('That clearance')
    const { deleted: _deleted, ...clearance } = saved
    return clearance
  }

  /** Alerts of every active athlete (an empty list for an athlete without any), for the team overview. */
  const alertsForAll = (today: string, options: AlertOptions = {}): Map<number, Alert[]> => {
    const contexts = contextsForAll(repos, day(today, 'today'), options.histories)
    const acks = options.hideAcknowledged ? repo().acknowledgements(null) : new Map<number, AlertAcknowledgement[]>()
    const out = new Map<number, Alert[]>()
    for (const [athleteId, ctx] of contexts)
      out.set(athleteId, filter(evaluate(ctx), acks.get(athleteId) ?? [], today, options))
    return out
  }

  return {
    /** Every alert for one athlete on `today`, most urgent first. */
    alertsFor(athleteId: number, today: string, options: AlertOptions = {}): Alert[] {
      const alerts = evaluate(context(athleteId, today))
      return filter(alerts, repo().acknowledgements(athleteId).get(athleteId) ?? [], today, options)
    },

    alertsForAll,

    /** The coach's inbox: every active athlete's alerts not acknowledged or snoozed, most urgent first. */
    inbox(today: string): Alert[] {
      return [...alertsForAll(today, { hideAcknowledged: true }).values()].flat().sort(compareAlerts)
    },

    /**
     * Each active athlete's status badge: their most urgent alert, or null. Acknowledged alerts still count,
     * as on the team overview: acknowledging says the coach has seen it, not that it has gone.
     */
    badges(today: string): Record<number, Alert | null> {
      const out: Record<number, Alert | null> = {}
      for (const [athleteId, alerts] of alertsForAll(today)) out[athleteId] = mostUrgent(alerts)
      return out
    },

    /** The pain light; while a referral is open its plan for next week gives way to the referral. */
    trafficLight(athleteId: number, today: string): TrafficLight {
      const ctx = context(athleteId, today)
      const light = trafficLight(ctx)
      const referral = evaluate(ctx).find(isReferral)
      if (!referral || light.color === null) return light
      return {
        ...light,
        nextWeek:
          `Referral first (“${referral.title}”): plan no training progression until a clinician has seen ` +
          `${ctx.athlete.name} and cleared them to train.`,
      }
    },

    /** Pain episodes, oldest first. */
    episodes(athleteId: number, today: string): PainEpisode[] {
      return context(athleteId, today).episodes
    },

    acknowledge(key: string, athleteId: number, text = ''): AlertAcknowledgement {
      return record(key, athleteId, text, null)
    },

    /** Acknowledges every alert given in one transaction: a bad key leaves none acknowledged. */
    acknowledgeMany(alerts: readonly { key: string; athleteId: number }[], text = ''): AlertAcknowledgement[] {
      return repos.db.transaction(() => alerts.map((a) => record(a.key, a.athleteId, text, null)))()
    },

    /** Hides the alert until `until` (the alert shows again on that day). */
    snooze(key: string, athleteId: number, until: string, text = ''): AlertAcknowledgement {
      return record(key, athleteId, text, day(until, 'until'))
    },

    /** Every acknowledgement of one athlete, newest first: the alert history. */
    acknowledgements(athleteId: number): AlertAcknowledgement[] {
      requireAthlete(athleteId)
      return [...(repo().acknowledgements(athleteId).get(athleteId) ?? [])].reverse()
    },

    /** Undoes an acknowledgement or snooze: the alert shows again if the rule still raises it. */
    removeAcknowledgement(id: number): Deleted {
      if (!repo().getAcknowledgement(id)) throw notFound('That acknowledgement')
      repo().deleteAcknowledgement(id)
      return { id }
    },

    /** Undoes several acknowledgements together; one that no longer exists leaves them all in place. */
    removeAcknowledgements(ids: readonly number[]): Deleted[] {
      return repos.db.transaction(() =>
        ids.map((id) => {
          if (!repo().deleteAcknowledgement(id)) throw notFound('That acknowledgement')
          return { id }
        }),
      )()
    },

    /** "Seen by a clinician on <seenOn>, cleared to train" for one referral alert. */
    clearReferral(input: { key: string; athleteId: number; seenOn: string; clinician: string; note: string }) {
      const match = KEY.exec(input.key)
      if (!match || Number(match[2]) !== input.athleteId)
        throw new AppError('invalid', 'That alert does not belong to this athlete.', 'key')
      if (!REFERRAL_RULES.has(match[1] as RuleId))
        throw new AppError('invalid', 'Only a referral can be cleared by a clinician.', 'key')
      requireAthlete(input.athleteId)
      const seenOn = day(input.seenOn, 'seenOn')
      if (seenOn > localIsoDate(new Date()))
        throw new AppError('invalid', 'The day the runner was seen cannot be in the future.', 'seenOn')
      const id = clearanceRepo().insert(input.athleteId, input.key, seenOn, input.clinician.trim(), note(input.note))
      return savedClearance(id)
    },

    /** Clearances in force for one athlete, newest first. */
    clearances(athleteId: number): ReferralClearance[] {
      requireAthlete(athleteId)
      return [...(clearanceRepo().list(athleteId).get(athleteId) ?? [])].reverse()
    },

    removeClearance(id: number): Deleted {
      const found = clearanceRepo().get(id)
      if (!found || found.deleted) throw notFound('That clearance')
      clearanceRepo().remove(id)
      return { id }
    },

    restoreClearance(id: number): ReferralClearance {
      if (!clearanceRepo().get(id)) throw notFound('That clearance')
      clearanceRepo().restore(id)
      return savedClearance(id)
    },

    closeEpisode(athleteId: number, closedOn: string, text = ''): EpisodeClosure {
      requireAthlete(athleteId)
      const id = repo().insertClosure(athleteId, day(closedOn, 'closedOn'), note(text))
      const saved = repo().getClosure(id)
      if (!saved) throw notFound('That episode closure')
      return saved
    },

    closures(athleteId: number): EpisodeClosure[] {
      requireAthlete(athleteId)
      return repo().closures(athleteId).get(athleteId) ?? []
    },

    /** What changed in the 14 days before an episode began, against the 14 days before those. */
    review(athleteId: number, episodeStart: string): EpisodeReview {
      requireAthlete(athleteId)
      return episodeReview({
        athleteId,
        episodeStart: day(episodeStart, 'start'),
        runs: repos.runs.list(athleteId),
        sessions: repos.sessions.list(athleteId),
        shoes: repos.shoes.list(athleteId),
        unit: unitOf(repos),
      })
    },

    /** Takes back a closing: the reports after it join the episode again if they are close enough. */
    reopenEpisode(closureId: number): Deleted {
      if (!repo().getClosure(closureId)) throw notFound('That episode closure')
      repo().deleteClosure(closureId)
      return { id: closureId }
    },
  }
}

export type GuidanceService = ReturnType<typeof guidanceService>
export type { GuidanceContext } from './context'
export { contextFor, contextsForAll } from './context'
