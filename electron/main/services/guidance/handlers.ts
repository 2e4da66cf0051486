// guidance.* and episodes.*: a day defaults to today on the back end's clock.
import type { DomainHandlers, HandlerContext } from '../handlers'
import { today } from '../today'

export function guidanceHandlers({ services: { guidance } }: HandlerContext): DomainHandlers<'guidance' | 'episodes'> {
  return {
    'guidance.alerts': ({ athleteId, today: day = today(), hideAcknowledged }) =>
      guidance.alertsFor(athleteId, day, { hideAcknowledged }),
    'guidance.inbox': ({ today: day = today() }) => guidance.inbox(day),
    'guidance.badges': ({ today: day = today() }) => guidance.badges(day),
    'guidance.trafficLight': ({ athleteId, today: day = today() }) => guidance.trafficLight(athleteId, day),
    'guidance.acknowledge': ({ key, athleteId, note }) => guidance.acknowledge(key, athleteId, note),
    'guidance.snooze': ({ key, athleteId, until, note }) => guidance.snooze(key, athleteId, until, note),
    'guidance.acknowledgements': ({ athleteId }) => guidance.acknowledgements(athleteId),
    'guidance.unacknowledge': ({ id }) => guidance.removeAcknowledgement(id),
    'guidance.acknowledgeMany': ({ alerts, note }) => guidance.acknowledgeMany(alerts, note),
    'guidance.unacknowledgeMany': ({ ids }) => guidance.removeAcknowledgements(ids),
    'guidance.clearReferral': (input) => guidance.clearReferral(input),
    'guidance.clearances': ({ athleteId }) => guidance.clearances(athleteId),
    'guidance.removeClearance': ({ id }) => guidance.removeClearance(id),
    'guidance.restoreClearance': ({ id }) => guidance.restoreClearance(id),

    'episodes.list': ({ athleteId, today: day = today() }) => guidance.episodes(athleteId, day),
    'episodes.close': ({ athleteId, closedOn, note }) => guidance.closeEpisode(athleteId, closedOn, note),
    'episodes.closures': ({ athleteId }) => guidance.closures(athleteId),
    'episodes.reopen': ({ id }) => guidance.reopenEpisode(id),
    'episodes.review': ({ athleteId, start }) => guidance.review(athleteId, start),
  }
}
