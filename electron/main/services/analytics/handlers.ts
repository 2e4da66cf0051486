// analytics.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function analyticsHandlers({ services: { analytics } }: HandlerContext): DomainHandlers<'analytics'> {
  return {
    'analytics.athlete': ({ athleteId, through }) => analytics.athlete(athleteId, through),
    'analytics.team': ({ through }) => analytics.team(through),
  }
}
