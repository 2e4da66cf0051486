// Search, group filter and sorting for the roster table. Athletes without a value in the sorted column
// always go last, whichever the direction.
import { storeToRefs } from 'pinia'
import { computed, type Ref } from 'vue'
import { EXPERIENCE } from '#shared/enums'
import { ALERT_LEVELS, type Alert } from '#shared/guidance'
import type { AthleteSummary } from '#shared/types'
import { useUiStore, type RosterSortKey } from '../stores/ui'
import { folded } from './text'

type SortValue = string | number | null

/** Each athlete's status badge (their most urgent alert), by id; athletes without one sort last. */
export type Badges = Record<number, Alert | null>

const SORT_VALUE: Record<RosterSortKey, (a: AthleteSummary, badges: Badges) => SortValue> = {
  name: (a) => folded(a.name),
  status: (a, badges) => {
    const level = badges[a.id]?.level
    return level === undefined ? null : ALERT_LEVELS.indexOf(level)
  },
  groups: (a) => (a.groups.length ? folded(a.groups.join(', ')) : null),
  lastRun: (a) => a.lastRunDate,
  lastPain: (a) => a.lastPainScore,
  experience: (a) => EXPERIENCE.indexOf(a.experience),
}

/** Columns whose most useful first view is highest / newest first. */
const DESCENDING_FIRST: RosterSortKey[] = ['lastRun', 'lastPain']

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/**
 * Where a search (folded) finds an athlete: '' in their name, "Group: …", "Alert: …", "Notes: …" or
 * "Goal: …" elsewhere, null when nowhere.
 */
export function matchIn(a: AthleteSummary, needle: string, alerts: readonly Alert[]): string | null {
  if (folded(a.name).includes(needle)) return ''
  const group = a.groups.find((g) => folded(g).includes(needle))
  if (group) return `Group: ${group}`
  const alert = alerts.find((al) => al.athleteId === a.id && folded(`${al.title} ${al.message}`).includes(needle))
  if (alert) return `Alert: ${alert.title}`
  for (const [label, text] of [
    ['Notes', a.notes],
    ['Goal', a.goal],
  ] as const) {
    const at = folded(text).indexOf(needle)
    if (at >= 0) return `${label}: ${excerpt(text, at, needle.length)}`
  }
  return null
}

/** A few words either side of a match in a longer text. */
function excerpt(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 30)
  const end = Math.min(text.length, at + length + 30)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}

/**
 * `alerts`: every open alert (the inbox), searched with the status badges, so "spike" finds the
 * athletes a load spike was flagged for.
 */
export function useRosterFilter(athletes: Ref<AthleteSummary[]>, badges?: Ref<Badges>, alerts?: Ref<Alert[]>) {
  const { roster } = storeToRefs(useUiStore())
  const searchable = computed(() => {
    const badgeAlerts = Object.values(badges?.value ?? {}).filter((b): b is Alert => b !== null)
    return [...(alerts?.value ?? []), ...badgeAlerts]
  })

  const hasFilters = computed(() => roster.value.search.trim() !== '' || roster.value.group !== '')

  /** Athletes the search finds, by id, with where it found them ('' for the name). */
  const matches = computed(() => {
    const needle = folded(roster.value.search.trim())
    const found = new Map<number, string>()
    for (const a of athletes.value) {
      const where = needle ? matchIn(a, needle, searchable.value) : ''
      if (where !== null) found.set(a.id, where)
    }
    return found
  })

  const rows = computed(() => {
    const group = roster.value.group
    const valueOf = SORT_VALUE[roster.value.sortKey]
    const direction = roster.value.sortDir === 'asc' ? 1 : -1
    return athletes.value
      .filter((a) => matches.value.has(a.id) && (!group || a.groups.includes(group)))
      .map((a) => ({ athlete: a, value: valueOf(a, badges?.value ?? {}) }))
      .sort((x, y) => {
        if (x.value === null || y.value === null) return Number(x.value === null) - Number(y.value === null)
        return direction * compareValues(x.value, y.value) || x.athlete.name.localeCompare(y.athlete.name)
      })
      .map((row) => row.athlete)
  })

  function sortBy(key: RosterSortKey) {
    const view = roster.value
    if (view.sortKey === key) view.sortDir = view.sortDir === 'asc' ? 'desc' : 'asc'
    else roster.value = { ...view, sortKey: key, sortDir: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' }
  }

  function clearFilters() {
    roster.value = { ...roster.value, search: '', group: '' }
  }

  return { view: roster, rows, matches, hasFilters, sortBy, clearFilters }
}
