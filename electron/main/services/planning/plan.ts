// One athlete's plan as the calendar shows it: the rules' context, the warnings, a week with its
// compliance, and the forecast. Reads go through one read transaction so every table is seen at once.
import type { Repositories } from '../../db/repositories'
import { emptyHistory } from '../../db/repositories/load'
import { addDays, isoWeekStart } from '#shared/dates'
import type { PlanForecast, PlanWarning, PlanWeek } from '#shared/planning'
import type { AthleteService } from '../athletes/service'
import { contextFor, unitOf } from '../guidance/context'
import { onsetMinute } from '../guidance/rules/onsetMinute'
import { REFERRAL_LEVELS } from '#shared/guidance'
import { safetyAlerts } from '../guidance'
import { endDateOf, sheetSafety } from '../programs/service'
import { COACH_NAME_KEY } from '../settings/service'
import { weekCompliance } from './compliance'
import { aheadOnly, forecast, nothingAhead, pendingRuns } from './forecast'
import { judgePlan, type PlanContext } from './rules'

/** The week two weeks before today's week is the oldest any plan rule compares with. */
const plannedFrom = (today: string) => addDays(isoWeekStart(today), -14)

export function planContext(repos: Repositories, athleteId: number, today: string): PlanContext {
  const guidance = contextFor(repos, athleteId, today)
  const cap = guidance ? onsetMinute.evaluate(guidance)[0]?.proposal : undefined
  const runs = repos.runs.list(athleteId)
  const planned = repos.planned.from(athleteId, plannedFrom(today))
  return {
    athleteId,
    today,
    unit: unitOf(repos),
    runs,
    planned,
    ahead: pendingRuns(planned, runs, today),
    painSince: guidance?.openEpisode?.start ?? null,
    onsetCap: cap?.kind === 'run_cap' ? cap.capMinutes : null,
    onsetMinute: cap?.kind === 'run_cap' ? cap.onsetMinute : null,
    programs: repos.programs.summaries(athleteId).map((p) => ({
      id: p.id,
      title: p.title,
      startDate: p.start_date,
      endDate: endDateOf({ startDate: p.start_date, weeks: p.weeks }),
      status: p.status,
    })),
  }
}

export function planReader(repos: Repositories, athletes: AthleteService) {
  const read = <T>(fn: () => T): T => repos.db.transaction(fn)()

  /**
   * Referral first (domain.md): while a referral is open and no clinician has cleared the runner, the plan
   * checks are training advice and are held, with one line saying why.
   */
  const heldBy = (athleteId: number, today: string): string | null => {
    const referral = safetyAlerts(repos, athleteId, today).find((a) => REFERRAL_LEVELS.includes(a.level))
    return referral
      ? `Plan checks are held while “${referral.title}” is open: deal with the referral first. They show again ` +
          'once a clinician has seen the runner and cleared them to train.'
      : null
  }

  const warnings = (athleteId: number, today: string): PlanWarning[] => {
    athletes.require(athleteId)
    return read(() => (heldBy(athleteId, today) ? [] : judgePlan(planContext(repos, athleteId, today))))
  }

  return {
    warnings,
    week: (athleteId: number, weekStart: string, today: string): PlanWeek => {
      athletes.require(athleteId)
      return read(() => {
        const ctx = planContext(repos, athleteId, today)
        const end = addDays(weekStart, 6)
        const sessions = repos.planned.between(athleteId, weekStart, end)
        const held = heldBy(athleteId, today)
        return {
          weekStart,
          today,
          sessions,
          held,
          safety: sheetSafety(repos, athleteId, today, repos.settings.get(COACH_NAME_KEY) ?? ''),
          warnings: held ? [] : judgePlan(ctx).filter((w) => w.weekStart === weekStart),
          compliance: weekCompliance(
            weekStart,
            today,
            sessions,
            ctx.runs.filter((r) => r.date >= addDays(weekStart, -1) && r.date <= addDays(end, 1)),
            repos.planned.sessionsDone(athleteId, addDays(weekStart, -1), addDays(end, 1)).get(athleteId),
          ),
        }
      })
    },
    forecast: (athleteId: number, today: string): PlanForecast => {
      athletes.require(athleteId)
      return read(() =>
        forecast({
          athleteId,
          today,
          history: repos.load.history(athleteId, today),
          runs: repos.runs.list(athleteId),
          planned: repos.planned.from(athleteId, today),
          pain: repos.load.painDaysForAthlete(athleteId),
        }),
      )
    },
    /**
     * Every active athlete's forecast (or only `athletes`') from one read of all runs, pain and planned
     * sessions, each through the same `forecast` as plans.forecast: the same figures to the last bit, without
     * a read per athlete. `ahead`: each cut to what the plan reaches, and no walk at all where nothing is
     * planned ahead (the group week's column reads only that).
     */
    forecastTeam: (today: string, athletes: readonly number[] | null, ahead: boolean): Record<number, PlanForecast> =>
      read(() => {
        const { active, histories, runs } = repos.load.historyAndRunsAll(today)
        const pain = repos.load.painDaysSince('0000-01-01')
        const planned = repos.planned.allBetween(today, '9999-12-31')
        const wanted = athletes === null ? null : new Set(athletes)
        const out: Record<number, PlanForecast> = {}
        for (const athleteId of active) {
          if (wanted && !wanted.has(athleteId)) continue
          const input = {
            athleteId,
            today,
            history: histories.get(athleteId) ?? emptyHistory(),
            runs: runs.get(athleteId) ?? [],
            planned: planned.get(athleteId) ?? [],
            pain: pain.get(athleteId) ?? [],
          }
          if (!ahead) out[athleteId] = forecast(input)
          else if (pendingRuns(input.planned, input.runs, today).length === 0)
            out[athleteId] = nothingAhead(athleteId, today)
          else out[athleteId] = aheadOnly(forecast(input))
        }
        return out
      }),
  }
}
