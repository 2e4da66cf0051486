// UI-only state: toasts (with an optional Undo), the confirmation dialog and busy flags.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { LoadLines, LoadMetric } from '../composables/loadSeries'

/** How long a toast stays: long enough to reach Undo; plain news goes sooner. */
export const UNDO_TOAST_MS = 8000
export const TOAST_MS = 5000
/** More than this and the oldest goes, so toasts never cover the page. */
const MAX_TOASTS = 3

export interface Toast {
  id: number
  message: string
  tone: 'success' | 'error' | 'info'
  /** Undo for the action the toast reports; the toast closes once it ran. */
  undo?: () => Promise<void>
  /** where keyboard focus goes when the toast closes while it holds focus */
  returnFocus?: HTMLElement | null
}

export interface ToastInput {
  message: string
  tone?: Toast['tone']
  undo?: () => Promise<void>
  returnFocus?: HTMLElement | null
}

export interface ConfirmRequest {
  title: string
  message: string
  confirmLabel: string
  danger: boolean
  resolve: (confirmed: boolean) => void
}

export type RosterSortKey = 'name' | 'status' | 'groups' | 'lastRun' | 'lastPain' | 'experience'

/** The roster's search, filter and sort; kept here so they survive a visit to an athlete's page. */
export interface RosterView {
  search: string
  group: string
  sortKey: RosterSortKey
  sortDir: 'asc' | 'desc'
}

/** What the athlete page's load chart shows; the time range lives in the page's URL (?range=). */
export interface LoadView {
  metric: LoadMetric
  lines: LoadLines
}

export type TeamSortKey = 'name' | 'flag' | 'acwr' | 'monotony' | 'weekChange' | 'latestPain'

/** The team overview's group filter and sort; most urgent flag first until the coach picks a column. */
export interface TeamView {
  group: string
  sortKey: TeamSortKey
  sortDir: 'asc' | 'desc'
}

/** A form a keyboard shortcut asked for; the form takes focus when it is (or comes) on screen. */
export type FocusTarget = 'run-form' | 'pain-form' | 'roster-search'

export const useUiStore = defineStore('ui', () => {
  const toasts = ref<Toast[]>([])
  const roster = ref<RosterView>({ search: '', group: '', sortKey: 'name', sortDir: 'asc' })
  const loadView = ref<LoadView>({ metric: 'load', lines: 'acwr' })
  const team = ref<TeamView>({ group: '', sortKey: 'flag', sortDir: 'asc' })
  const confirmRequest = ref<ConfirmRequest | null>(null)
  const busyKeys = ref<string[]>([])
  const focusRequest = ref<FocusTarget | null>(null)
  let nextId = 1

  function toast(input: ToastInput): Toast {
    const item: Toast = { id: nextId++, tone: 'success', ...input }
    toasts.value = [...toasts.value, item].slice(-MAX_TOASTS)
    return item
  }

  function dismiss(id: number) {
    toasts.value = toasts.value.filter((t) => t.id !== id)
  }

  /** Resolves true when the coach confirms, false on Cancel or Escape. */
  function confirm(options: { title: string; message: string; confirmLabel: string; danger?: boolean }) {
    confirmRequest.value?.resolve(false)
    return new Promise<boolean>((resolve) => {
      confirmRequest.value = {
        danger: true,
        ...options,
        resolve: (confirmed) => {
          confirmRequest.value = null
          resolve(confirmed)
        },
      }
    })
  }

  const isBusy = computed(() => (key: string) => busyKeys.value.includes(key))

  async function whileBusy<T>(key: string, work: () => Promise<T>): Promise<T> {
    busyKeys.value = [...busyKeys.value, key]
    try {
      return await work()
    } finally {
      const at = busyKeys.value.indexOf(key)
      busyKeys.value = busyKeys.value.filter((_, i) => i !== at)
    }
  }

  return {
    toasts,
    roster,
    loadView,
    team,
    confirmRequest,
    busyKeys,
    focusRequest,
    toast,
    dismiss,
    confirm,
    isBusy,
    whileBusy,
  }
})
