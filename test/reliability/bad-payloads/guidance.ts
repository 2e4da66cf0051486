// Bad payloads for analytics, guidance and episodes: each a valid example with one fault.
import { bad, type BadTable, byAthlete, byId, DATE } from './case'

export const GUIDANCE_BAD: BadTable<'analytics' | 'guidance' | 'episodes'> = {
  'analytics.athlete': (world) => [
    bad({ athleteId: world.athlete, through: '2026-13-01' }, 'through', 'Use a date like 2026-03-31'),
    bad({ through: DATE }, 'athleteId', 'Enter a whole number'),
  ],
  'analytics.team': () => [bad({ through: 'yesterday' }, 'through', 'Use a date like 2026-03-31')],
  'guidance.alerts': (world) => [
    bad({ athleteId: world.athlete, today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31'),
    bad({ athleteId: world.athlete, hideAcknowledged: 'no' }, 'hideAcknowledged', 'Choose yes or no'),
  ],
  'guidance.inbox': () => [bad({ today: 20260310 }, 'today', 'Use a date like 2026-03-31')],
  'guidance.badges': () => [bad({ today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31')],
  'guidance.trafficLight': () => [bad({ today: DATE }, 'athleteId', 'Enter a whole number')],
  'guidance.acknowledge': (world) => [
    bad({ key: '  ', athleteId: world.athlete }, 'key', 'Choose an alert'),
    bad({ key: 'monotony:1:x', athleteId: world.athlete, note: 'x'.repeat(501) }, 'note', 'At most 500 characters'),
  ],
  'guidance.snooze': (world) => [
    bad({ key: 'monotony:1:x', athleteId: world.athlete }, 'until', 'Use a date like 2026-03-31'),
  ],
  'guidance.acknowledgements': byAthlete,
  'guidance.unacknowledge': byId,
  'guidance.acknowledgeMany': (world) => [
    bad({ alerts: [] }, 'alerts', 'Choose at least one alert'),
    bad({ alerts: [{ key: '  ', athleteId: world.athlete }] }, 'alerts.0.key', 'Choose an alert'),
  ],
  'guidance.unacknowledgeMany': () => [bad({ ids: [] }, 'ids', 'Choose at least one acknowledgement')],
  'guidance.clearReferral': (world) => [
    bad({ key: 'red_flag:1:x', athleteId: world.athlete, seenOn: 'yesterday' }, 'seenOn', 'Use a date like 2026-03-31'),
    bad({ key: '', athleteId: world.athlete, seenOn: DATE }, 'key', 'Choose an alert'),
  ],
  'guidance.clearances': byAthlete,
  'guidance.removeClearance': byId,
  'guidance.restoreClearance': byId,
  'episodes.list': byAthlete,
  'episodes.close': (world) => [
    bad({ athleteId: world.athlete, closedOn: 'today' }, 'closedOn', 'Use a date like 2026-03-31'),
  ],
  'episodes.closures': byAthlete,
  'episodes.reopen': byId,
  'episodes.review': (world) => [bad({ athleteId: world.athlete }, 'start', 'Use a date like 2026-03-31')],
}
