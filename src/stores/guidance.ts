// Guidance on screen: the open athlete's alerts, traffic light, pain episodes and alert history; the
// coach's inbox across athletes (its length is the nav count); and the roster's status badges. Every
// figure comes from main's rules; this store only fetches, through the "latest request wins" loader, and
// fetches again when a write changed a record the rules read (runs, pain, shoes, assessments, sessions,
// programs, the unit they are written in) or the coach's decisions about the alerts.
import { defineStore } from 'pinia'
import { computed, onScopeDispose, shallowRef } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches, whenFresh } from '../api/events'
import type { Domain } from '#shared/changes'
import {
  mostUrgent,
  type Alert,
  type AlertAcknowledgement,
  type EpisodeClosure,
  type EpisodeReview,
  type PainEpisode,
  type ReferralClearance,
  type TrafficLight,
} from '#shared/guidance'
import { useLatest } from './latest'

/** What the rules read, and the coach's acknowledgements and episode closings. */
const RULE_INPUTS: readonly Domain[] = [
  'athletes',
  'runs',
  'pain',
  'shoes',
  'assessments',
  'sessions',
  'programs',
  'settings',
  'guidance',
]

interface AthleteGuidance {
  /** every current alert, acknowledged ones too (the status badge and the history's titles) */
  all: Alert[]
  /** those not acknowledged or snoozed: the cards on the athlete page */
  open: Alert[]
  light: TrafficLight
  history: AlertAcknowledgement[]
  episodes: PainEpisode[]
  closures: EpisodeClosure[]
  /** referrals the coach recorded as seen by a clinician and cleared, newest first */
  clearances: ReferralClearance[]
}

export const useGuidanceStore = defineStore('guidance', () => {
  const athlete = useLatest<number, AthleteGuidance>(fetchAthlete)
  const { key: athleteId, data, status, error, load } = athlete
  const inboxLoader = useLatest<'inbox', Alert[]>(async () => unwrap(await api.guidance.inbox()))
  const inbox = computed<Alert[]>({
    get: () => inboxLoader.data.value ?? [],
    set: (next) => (inboxLoader.data.value = next),
  })
  const { status: inboxStatus, error: inboxError } = inboxLoader
  const badges = shallowRef<Record<number, Alert | null>>({})

  /** The athlete's status badge: their most urgent current alert, acknowledged or not. */
  const badge = computed(() => (data.value ? mostUrgent(data.value.all) : null))

  async function fetchAthlete(id: number): Promise<AthleteGuidance> {
    const [all, open, light, history, episodes, closures, clearances] = await Promise.all([
      api.guidance.alerts({ athleteId: id }),
      api.guidance.alerts({ athleteId: id, hideAcknowledged: true }),
      api.guidance.trafficLight({ athleteId: id }),
      api.guidance.acknowledgements({ athleteId: id }),
      api.episodes.list({ athleteId: id }),
      api.episodes.closures({ athleteId: id }),
      api.guidance.clearances({ athleteId: id }),
    ])
    return {
      all: unwrap(all),
      open: unwrap(open),
      light: unwrap(light),
      history: unwrap(history),
      episodes: unwrap(episodes),
      closures: unwrap(closures),
      clearances: unwrap(clearances),
    }
  }

  /** Keeps the inbox on screen while a new one loads. */
  const loadInbox = () => inboxLoader.load('inbox', true)

  /** Badges only feed the roster's Status column: a failure leaves the previous ones in place. */
  async function loadBadges() {
    try {
      badges.value = unwrap(await api.guidance.badges())
    } catch {
      // the roster still works without its Status column filled in
    }
  }

  /**
   * Takes an acknowledged or snoozed alert out of the lists at once, without waiting for the refresh that
   * acknowledge and snooze start; the list on screen calls it once it knows where focus goes next.
   */
  function dismiss(alert: Alert) {
    inbox.value = inbox.value.filter((a) => a.key !== alert.key)
    if (data.value && athleteId.value === alert.athleteId)
      data.value = { ...data.value, open: data.value.open.filter((a) => a.key !== alert.key) }
  }

  async function acknowledge(alert: Alert, note: string): Promise<AlertAcknowledgement> {
    return unwrap(await api.guidance.acknowledge({ key: alert.key, athleteId: alert.athleteId, note }))
  }

  async function snooze(alert: Alert, until: string, note: string): Promise<AlertAcknowledgement> {
    return unwrap(await api.guidance.snooze({ key: alert.key, athleteId: alert.athleteId, until, note }))
  }

  /** Acknowledges several alerts at once (the inbox's info alerts), all or none. */
  async function acknowledgeMany(alerts: readonly Alert[], note = ''): Promise<AlertAcknowledgement[]> {
    const keys = new Set(alerts.map((a) => a.key))
    const acks = unwrap(
      await api.guidance.acknowledgeMany({ alerts: alerts.map((a) => ({ key: a.key, athleteId: a.athleteId })), note }),
    )
    // The write's announcement reloads the lists; these leave the screen at once.
    inbox.value = inbox.value.filter((a) => !keys.has(a.key))
    return acks
  }

  async function undoMany(acks: readonly AlertAcknowledgement[]): Promise<void> {
    unwrap(await api.guidance.unacknowledgeMany({ ids: acks.map((a) => a.id) }))
    await whenFresh()
  }

  /** Takes back an acknowledgement or snooze: the alert shows again while its rule still raises it. */
  async function undo(ack: AlertAcknowledgement): Promise<void> {
    unwrap(await api.guidance.unacknowledge({ id: ack.id }))
    await whenFresh()
  }

  async function clearReferral(alert: Alert, seenOn: string, clinician: string): Promise<ReferralClearance> {
    return unwrap(await api.guidance.clearReferral({ key: alert.key, athleteId: alert.athleteId, seenOn, clinician }))
  }

  /** Takes a clearance back: the referral and the advice it holds return. */
  async function unclear(cleared: ReferralClearance): Promise<void> {
    unwrap(await api.guidance.removeClearance({ id: cleared.id }))
    await whenFresh()
  }

  /** Undoes `unclear`: the same clearance is in force again. */
  async function reclear(cleared: ReferralClearance): Promise<void> {
    unwrap(await api.guidance.restoreClearance({ id: cleared.id }))
    await whenFresh()
  }

  async function closeEpisode(id: number, closedOn: string, note: string): Promise<EpisodeClosure> {
    const closure = unwrap(await api.episodes.close({ athleteId: id, closedOn, note }))
    await whenFresh()
    return closure
  }

  async function reopenEpisode(closure: EpisodeClosure): Promise<void> {
    unwrap(await api.episodes.reopen({ id: closure.id }))
    await whenFresh()
  }

  async function review(id: number, start: string): Promise<EpisodeReview> {
    return unwrap(await api.episodes.review({ athleteId: id, start }))
  }

  // The api client announces every write; the open athlete's guidance and the inbox are loaded again
  // (quietly) when it touched what the rules read. A write's promise settles after these reloads.
  onScopeDispose(
    listen('changed', (event) => {
      if (!touches(event, RULE_INPUTS)) return undefined
      const work = [inboxLoader.reload()]
      if (touches(event, RULE_INPUTS, athleteId.value)) work.push(athlete.reload())
      return Promise.all(work)
    }),
  )

  return {
    athleteId,
    data,
    status,
    error,
    badge,
    inbox,
    inboxStatus,
    inboxError,
    badges,
    load,
    loadInbox,
    loadBadges,
    dismiss,
    acknowledge,
    snooze,
    undo,
    acknowledgeMany,
    undoMany,
    clearReferral,
    unclear,
    reclear,
    closeEpisode,
    reopenEpisode,
    review,
  }
})
