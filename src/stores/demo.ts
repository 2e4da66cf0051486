// First start: is the database empty, and filling it with the demo club.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { DemoSummary } from '#shared/types'
import type { LoadStatus } from './recordList'

export const useDemoStore = defineStore('demo', () => {
  const empty = ref<boolean | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')

  async function check() {
    status.value = 'loading'
    error.value = ''
    try {
      empty.value = unwrap(await api.demo.status()).empty
      status.value = 'ready'
    } catch (e) {
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  async function create(): Promise<DemoSummary> {
    const summary = unwrap(await api.demo.create())
    empty.value = false
    return summary
  }

  /** Called once the coach has added an athlete by hand. */
  function markUsed() {
    empty.value = false
  }

  return { empty, status, error, check, create, markUsed }
})
