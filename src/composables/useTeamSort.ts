// Sorting for the team overview. The default puts the most urgent flag first (in the
// order of ALERT_LEVELS), athletes without a flag last, then by name. Empty values go last whichever the
// direction.
import { storeToRefs } from 'pinia'
import { computed, type Ref } from 'vue'
import type { TeamRow } from '#shared/analytics'
import { ALERT_LEVELS } from '#shared/guidance'
import { useUiStore, type TeamSortKey } from '../stores/ui'
import { folded } from './text'

type SortValue = string | number | null

/** 0 for the most urgent level; null (sorted last) for no flag. */
export function flagRank(row: TeamRow): number | null {
  // `?? null`: a back end that does not send flags yet reads as "no flag".
  const flag = row.flag ?? null
  return flag === null ? null : ALERT_LEVELS.indexOf(flag.level)
}

const SORT_VALUE: Record<TeamSortKey, (row: TeamRow) => SortValue> = {
  name: (row) => folded(row.name),
  flag: flagRank,
  acwr: (row) => row.acwr,
  monotony: (row) => row.monotony,
  weekChange: (row) => row.weekChangePct,
  latestPain: (row) => row.latestPain?.score ?? null,
}

/** The sortable columns, with the tooltip that says what each figure compares. */
export const TEAM_COLUMNS: { key: TeamSortKey; label: string; title?: string; num?: boolean }[] = [
  { key: 'name', label: 'Athlete' },
  { key: 'flag', label: 'Flag' },
  {
    key: 'acwr',
    label: 'ACWR',
    title:
      'Acute:chronic workload ratio today, with the chronic load behind it. "Building history" until a runner has ' +
      '28 days of history, and for 27 days after a break of 4 weeks or more.',
    num: true,
  },
  { key: 'monotony', label: 'Monotony', title: 'last 7 days', num: true },
  {
    key: 'weekChange',
    label: 'Week change',
    title:
      'Distance of this week so far against the same weekdays of last week (Monday to today), so an unfinished ' +
      'week is compared like with like. A runner’s first week is never the base.',
    num: true,
  },
  { key: 'latestPain', label: 'Latest pain' },
]

/** Columns whose most useful first view is highest first. */
const DESCENDING_FIRST: TeamSortKey[] = ['acwr', 'monotony', 'weekChange', 'latestPain']

function byName(a: TeamRow, b: TeamRow): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.athleteId - b.athleteId
}

export function sortTeamRows(rows: readonly TeamRow[], key: TeamSortKey, dir: 'asc' | 'desc'): TeamRow[] {
  const valueOf = SORT_VALUE[key]
  const direction = dir === 'asc' ? 1 : -1
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((x, y) => {
      if (x.value === null || y.value === null) {
        return Number(x.value === null) - Number(y.value === null) || byName(x.row, y.row)
      }
      const order =
        typeof x.value === 'number' && typeof y.value === 'number'
          ? x.value - y.value
          : String(x.value).localeCompare(String(y.value))
      return direction * order || byName(x.row, y.row)
    })
    .map(({ row }) => row)
}

/** The rows in the coach's chosen order; the choice is kept in the ui store across visits. */
export function useTeamSort(rows: Ref<readonly TeamRow[]>) {
  const { team: view } = storeToRefs(useUiStore())

  const sorted = computed(() => sortTeamRows(rows.value, view.value.sortKey, view.value.sortDir))

  const urgentFirst = computed(() => view.value.sortKey === 'flag' && view.value.sortDir === 'asc')

  /** Back to the order every session starts with. */
  function sortUrgentFirst() {
    view.value = { ...view.value, sortKey: 'flag', sortDir: 'asc' }
  }

  function sortBy(key: TeamSortKey) {
    const current = view.value
    if (current.sortKey === key) current.sortDir = current.sortDir === 'asc' ? 'desc' : 'asc'
    else view.value = { ...current, sortKey: key, sortDir: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' }
  }

  return { view, sorted, sortBy, urgentFirst, sortUrgentFirst }
}
