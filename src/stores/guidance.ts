// Guidance on screen: the open athlete's alerts, traffic light, pain episodes and alert history; the
// coach's inbox across athletes (its length is the nav count); and the roster's status badges. Every
// figure comes from main's rules; this store only fetches, and fetches again when a record that the
// rules read changes (runs, pain, shoes, assessments, the unit they are written in).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
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
import { useAssessmentsStore } from './assessments'
import { usePainStore } from './pain'
import type { LoadStatus } from './recordList'
import { useRunsStore } from './runs'
import { useSettingsStore } from './settings'
import { useShoesStore } from './shoes'

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
  const athleteId = ref<number | null>(null)
  const data = shallowRef<AthleteGuidance | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  const inbox = shallowRef<Alert[]>([])
  const inboxStatus = ref<LoadStatus>('idle')
  const inboxError = ref('')
  const badges = shallowRef<Record<number, Alert | null>>({})
  let request = 0
  let inboxRequest = 0

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

  /** `quiet` refreshes in place (after a change) without showing the loading state again. */
  async function load(id: number, quiet = false) {
    const mine = ++request
    if (athleteId.value !== id) data.value = null
    athleteId.value = id
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const answer = await fetchAthlete(id)
      if (mine !== request) return
      data.value = answer
      status.value = 'ready'
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  async function loadInbox() {
    const mine = ++inboxRequest
    if (inboxStatus.value !== 'ready') inboxStatus.value = 'loading'
    inboxError.value = ''
    try {
      const answer = unwrap(await api.guidance.inbox())
      if (mine !== inboxRequest) return
      inbox.value = answer
      inboxStatus.value = 'ready'
    } catch (e) {
      if (mine !== inboxRequest) return
      inboxError.value = messageOf(e)
      inboxStatus.value = 'error'
    }
  }

  /** Badges only feed the roster's Status column: a failure leaves the previous ones in place. */
  async function loadBadges() {
    try {
      badges.value = unwrap(await api.guidance.badges())
    } catch {
      // the roster still works without its Status column filled in
    }
  }

  function refresh(id?: number) {
    const current = athleteId.value
    const work: Promise<void>[] = [loadInbox()]
    if (current !== null && (id === undefined || id === current)) work.push(load(current, true))
    return Promise.all(work).then(() => undefined)
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
    const ack = unwrap(await api.guidance.acknowledge({ key: alert.key, athleteId: alert.athleteId, note }))
    void refresh(alert.athleteId)
    return ack
  }

  async function snooze(alert: Alert, until: string, note: string): Promise<AlertAcknowledgement> {
    const ack = unwrap(await api.guidance.snooze({ key: alert.key, athleteId: alert.athleteId, until, note }))
    void refresh(alert.athleteId)
    return ack
  }

  /** Acknowledges several alerts at once (the inbox's info alerts), all or none. */
  async function acknowledgeMany(alerts: readonly Alert[], note = ''): Promise<AlertAcknowledgement[]> {
    const keys = new Set(alerts.map((a) => a.key))
    const acks = unwrap(
      await api.guidance.acknowledgeMany({ alerts: alerts.map((a) => ({ key: a.key, athleteId: a.athleteId })), note }),
    )
    inbox.value = inbox.value.filter((a) => !keys.has(a.key))
    void refresh()
    return acks
  }

  async function undoMany(acks: readonly AlertAcknowledgement[]): Promise<void> {
    unwrap(await api.guidance.unacknowledgeMany({ ids: acks.map((a) => a.id) }))
    await refresh()
  }

  /** Takes back an acknowledgement or snooze: the alert shows again while its rule still raises it. */
  async function undo(ack: AlertAcknowledgement): Promise<void> {
    unwrap(await api.guidance.unacknowledge({ id: ack.id }))
    await refresh(ack.athleteId)
  }

  async function clearReferral(alert: Alert, seenOn: string, clinician: string): Promise<ReferralClearance> {
    const cleared = unwrap(
      await api.guidance.clearReferral({ key: alert.key, athleteId: alert.athleteId, seenOn, clinician }),
    )
    void refresh(alert.athleteId)
    return cleared
  }

  /** Takes a clearance back: the referral and the advice it holds return. */
  async function unclear(cleared: ReferralClearance): Promise<void> {
    unwrap(await api.guidance.removeClearance({ id: cleared.id }))
    await refresh(cleared.athleteId)
  }

  /** Undoes `unclear`: the same clearance is in force again. */
  async function reclear(cleared: ReferralClearance): Promise<void> {
    unwrap(await api.guidance.restoreClearance({ id: cleared.id }))
    await refresh(cleared.athleteId)
  }

  async function closeEpisode(id: number, closedOn: string, note: string): Promise<EpisodeClosure> {
    const closure = unwrap(await api.episodes.close({ athleteId: id, closedOn, note }))
    await refresh(id)
    return closure
  }

  async function reopenEpisode(closure: EpisodeClosure): Promise<void> {
    unwrap(await api.episodes.reopen({ id: closure.id }))
    await refresh(closure.athleteId)
  }

  async function review(id: number, start: string): Promise<EpisodeReview> {
    return unwrap(await api.episodes.review({ athleteId: id, start }))
  }

  // The store actions after which the rules may answer differently.
  const onChange =
    (names: string[]) =>
    ({ name, after }: { name: string; after: (callback: () => void) => void }) => {
      if (names.includes(name)) after(() => void refresh())
    }
  useRunsStore().$onAction(onChange(['create', 'remove', 'restore']))
  usePainStore().$onAction(onChange(['report', 'remove', 'restore']))
  useShoesStore().$onAction(onChange(['create', 'retire', 'remove']))
  useAssessmentsStore().$onAction(onChange(['create', 'remove']))
  useSettingsStore().$onAction(onChange(['setUnits']))

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
