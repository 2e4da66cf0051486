import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { Unit } from '#shared/enums'
import type { CoachProfile, Settings } from '#shared/types'
import type { LoadStatus } from './recordList'

export const useSettingsStore = defineStore('settings', () => {
  const units = ref<Unit>('km')
  const coach = ref<CoachProfile>({ name: '', phone: '' })
  const dataDir = ref('')
  const databaseFile = ref('')
  const status = ref<LoadStatus>('idle')
  const error = ref('')

  function apply(settings: Settings) {
    units.value = settings.units
    coach.value = settings.coach
    dataDir.value = settings.dataDir
    databaseFile.value = settings.databaseFile
  }

  async function load() {
    status.value = 'loading'
    error.value = ''
    try {
      apply(unwrap(await api.settings.get()))
      status.value = 'ready'
    } catch (e) {
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  /** Changes the unit only once it is saved, so a failed save leaves everything as it was. */
  async function setUnits(next: Unit) {
    apply(unwrap(await api.settings.update({ units: next })))
  }

  return { units, coach, dataDir, databaseFile, status, error, load, setUnits }
})
