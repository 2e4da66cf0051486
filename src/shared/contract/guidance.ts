// Guidance: rules read the athlete's data; nothing here diagnoses (see electron/main/services/guidance).
import type {
  Alert,
  AlertAcknowledgement,
  EpisodeClosure,
  EpisodeReview,
  PainEpisode,
  ReferralClearance,
  TrafficLight,
} from '../guidance'
import { byAthlete, byId } from '../schemas/common'
import {
  acknowledgeInput,
  acknowledgeManyInput,
  alertsInput,
  athleteOnDayInput,
  clearReferralInput,
  closeEpisodeInput,
  episodeReviewInput,
  onDayInput,
  snoozeInput,
  unacknowledgeManyInput,
} from '../schemas/guidance'
import type { Deleted } from '../types'
import { method } from './method'

export const guidanceContract = {
  'guidance.alerts': method(alertsInput).returns<Alert[]>(),
  'guidance.inbox': method(onDayInput).returns<Alert[]>(),
  /** each active athlete's most urgent alert (their status badge), null when none; keyed by athlete id */
  'guidance.badges': method(onDayInput).returns<Record<number, Alert | null>>(),
  'guidance.trafficLight': method(athleteOnDayInput).returns<TrafficLight>(),
  'guidance.acknowledge': method(acknowledgeInput).returns<AlertAcknowledgement>().writes('guidance'),
  'guidance.snooze': method(snoozeInput).returns<AlertAcknowledgement>().writes('guidance'),
  'guidance.acknowledgements': method(byAthlete).returns<AlertAcknowledgement[]>(),
  'guidance.unacknowledge': method(byId).returns<Deleted>().writes('guidance'),
  /** the inbox's "Acknowledge all info alerts": one transaction, all or none */
  'guidance.acknowledgeMany': method(acknowledgeManyInput).returns<AlertAcknowledgement[]>().writes('guidance'),
  /** its Undo: the acknowledgements it made, removed together */
  'guidance.unacknowledgeMany': method(unacknowledgeManyInput).returns<Deleted[]>().writes('guidance'),
  /** "seen by a clinician on <date>, cleared to train" for one referral alert; releases the held advice */
  'guidance.clearReferral': method(clearReferralInput).returns<ReferralClearance>().writes('guidance'),
  'guidance.clearances': method(byAthlete).returns<ReferralClearance[]>(),
  /** takes a clearance back (a tombstone); the referral and the hold return */
  'guidance.removeClearance': method(byId).returns<Deleted>().writes('guidance'),
  /** undoes removeClearance */
  'guidance.restoreClearance': method(byId).returns<ReferralClearance>().writes('guidance'),

  'episodes.list': method(athleteOnDayInput).returns<PainEpisode[]>(),
  'episodes.close': method(closeEpisodeInput).returns<EpisodeClosure>().writes('guidance'),
  'episodes.closures': method(byAthlete).returns<EpisodeClosure[]>(),
  'episodes.reopen': method(byId).returns<Deleted>().writes('guidance'),
  'episodes.review': method(episodeReviewInput).returns<EpisodeReview>(),
} as const
