import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { AthleteFieldsInput } from '#shared/schemas/athlete'
import type { Athlete, AthleteSummary, Group } from '#shared/types'
import type { LoadStatus } from './recordList'

function byName(a: AthleteSummary, b: AthleteSummary): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id
}

export const useAthletesStore = defineStore('athletes', () => {
  const list = ref<AthleteSummary[]>([])
  const includeArchived = ref(false)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  const groups = ref<Group[]>([])
  const current = ref<Athlete | null>(null)
  const currentStatus = ref<LoadStatus>('idle')
  const currentError = ref('')
  let listRequest = 0
  let currentRequest = 0

  async function load() {
    const mine = ++listRequest
    status.value = 'loading'
    error.value = ''
    try {
      const athletes = unwrap(await api.athletes.list({ includeArchived: includeArchived.value }))
      if (mine !== listRequest) return
      list.value = athletes
      status.value = 'ready'
    } catch (e) {
      if (mine !== listRequest) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  function setIncludeArchived(value: boolean) {
    includeArchived.value = value
    return load()
  }

  /** Groups only feed filters and suggestions, so a failure leaves the previous list in place. */
  async function loadGroups() {
    try {
      groups.value = unwrap(await api.groups.list())
    } catch {
      // the roster still works without the group filter
    }
  }

  async function open(id: number) {
    const mine = ++currentRequest
    if (current.value?.id !== id) current.value = null
    currentStatus.value = 'loading'
    currentError.value = ''
    try {
      const athlete = unwrap(await api.athletes.get({ id }))
      if (mine !== currentRequest) return
      current.value = athlete
      currentStatus.value = 'ready'
    } catch (e) {
      if (mine !== currentRequest) return
      currentError.value = messageOf(e)
      currentStatus.value = 'error'
    }
  }

  // Keeps the roster and the open athlete in step with what the server answered.
  function remember(athlete: Athlete) {
    if (current.value?.id === athlete.id) current.value = athlete
    const existing = list.value.find((a) => a.id === athlete.id)
    const others = list.value.filter((a) => a.id !== athlete.id)
    const keep = !athlete.archived || includeArchived.value
    const summary: AthleteSummary = existing
      ? { ...existing, ...athlete }
      : { ...athlete, lastRunDate: null, lastRunDistanceM: null, lastPainScore: null, lastPainDate: null }
    list.value = keep ? [...others, summary].sort(byName) : others
  }

  async function create(fields: AthleteFieldsInput): Promise<Athlete> {
    const athlete = unwrap(await api.athletes.create(fields))
    remember(athlete)
    void loadGroups()
    return athlete
  }

  async function update(id: number, fields: AthleteFieldsInput): Promise<Athlete> {
    const athlete = unwrap(await api.athletes.update({ ...fields, id }))
    remember(athlete)
    void loadGroups()
    return athlete
  }

  async function archive(id: number): Promise<Athlete> {
    const athlete = unwrap(await api.athletes.archive({ id }))
    remember(athlete)
    return athlete
  }

  async function restore(id: number): Promise<Athlete> {
    const athlete = unwrap(await api.athletes.restore({ id }))
    remember(athlete)
    return athlete
  }

  return {
    list,
    includeArchived,
    status,
    error,
    groups,
    current,
    currentStatus,
    currentError,
    load,
    setIncludeArchived,
    loadGroups,
    open,
    create,
    update,
    archive,
    restore,
  }
})
