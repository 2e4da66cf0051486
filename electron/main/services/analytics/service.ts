import { mostUrgent } from '#shared/guidance'
import type { Repositories } from '../../db/repositories'
import type { AthleteService } from '../athletes/service'
import type { guidanceService } from '../guidance'
import { today } from '../today'
import { athleteLoad } from './series'
import { teamOverview, teamPainSince } from './team'

export function analyticsService(
  repos: Repositories,
  athletes: AthleteService,
  guidance: ReturnType<typeof guidanceService>,
) {
  return {
    athlete: (athleteId: number, through = today()) => {
      athletes.require(athleteId)
      return athleteLoad({
        athleteId,
        through,
        history: repos.load.history(athleteId, through),
        runs: repos.runs.list(athleteId),
        pain: repos.load.painDaysForAthlete(athleteId),
      })
    },
    team: (through = today()) => {
      // Each athlete's whole history, read once, for both the figures and the guidance rules behind the flags.
      const histories = repos.load.historyAll(through)
      const alerts = guidance.alertsForAll(through, { histories })
      return teamOverview({
        through,
        athletes: repos.athletes.list(false),
        daily: histories,
        painDays: repos.load.painDaysSince(teamPainSince(through)),
        flags: new Map([...alerts].map(([id, list]) => [id, mostUrgent(list)])),
      })
    },
  }
}
