import type { Repositories } from '../../db/repositories'
import type { AthleteService } from '../athletes'
import { localIsoDate } from '../seed/dates'
import { athleteLoad } from './series'
import { teamOverview, teamPainSince } from './team'

/** "Today" is the coach's local date unless a request names another day. */
const today = () => localIsoDate(new Date())

export function analyticsService(repos: Repositories, athletes: AthleteService) {
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
    team: (through = today()) =>
      teamOverview({
        through,
        athletes: repos.athletes.list(false),
        daily: repos.load.dailyLoadForAll(),
        painDays: repos.load.painDaysSince(teamPainSince(through)),
      }),
  }
}
