// Whether Backstride's data is open, or the recovery screen must stand in for the app: asked at start, and
// again whenever a request answers that the data is not open (the background integrity check failed).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf, onRecoveryNeeded, unwrap } from '../api/client'
import type { RecoveryResult, RecoveryStatus } from '#shared/transfer'

export const useRecoveryStore = defineStore('recovery', () => {
  const status = ref<RecoveryStatus | null>(null)
  const checked = ref(false)
  const error = ref('')

  async function check() {
    try {
      status.value = unwrap(await api.recovery.status())
      error.value = ''
    } catch (e) {
      error.value = messageOf(e)
    } finally {
      checked.value = true
    }
  }

  onRecoveryNeeded(() => void check())

  async function restore(): Promise<RecoveryResult> {
    const result = unwrap(await api.recovery.restore())
    await check()
    return result
  }

  async function openFolder(): Promise<boolean> {
    return unwrap(await api.recovery.openFolder()).chosen
  }

  async function quit() {
    unwrap(await api.recovery.quit())
  }

  return { status, checked, error, check, restore, openFolder, quit }
})
