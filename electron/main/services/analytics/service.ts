import { mostUrgent } from '#shared/guidance'
import type { Repositories } from '../../db/repositories'
import type { AthleteService } from '../athletes/service'
import type { guidanceService } from '../guidance'
import { today } from '../today'
import { athleteLoad } from './series'
import { addDays } from './days'
import { TEAM_HISTORY_DAYS, teamOverview, teamPainSince } from './team'

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
        totals: repos.load.dailyForAthlete(athleteId),
        runs: repos.runs.list(athleteId),
        pain: repos.load.painDaysForAthlete(athleteId),
      })
    },
    team: (through = today()) => {
      const alerts = guidance.alertsForAll(through)
      return teamOverview({
        through,
        athletes: repos.athletes.list(false),
        daily: repos.load.dailyLoadBetween(addDays(through, -(TEAM_HISTORY_DAYS - 1)), through),
        painDays: repos.load.painDaysSince(teamPainSince(through)),
        flags: new Map([...alerts].map(([id, list]) => [id, mostUrgent(list)])),
      })
    },
  }
}
