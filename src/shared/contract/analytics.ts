// Load numbers: one athlete's series and the team overview.
import type { AthleteLoad, TeamOverview } from '../analytics'
import { athleteLoadInput, teamInput } from '../schemas/analytics'
import { method } from './method'

export const analyticsContract = {
  'analytics.athlete': method(athleteLoadInput).returns<AthleteLoad>(),
  'analytics.team': method(teamInput).returns<TeamOverview>(),
} as const
