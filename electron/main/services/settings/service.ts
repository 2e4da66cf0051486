import type { Repositories } from '../../db/repositories'
import { UNITS, type Unit } from '#shared/enums'
import type { Settings } from '#shared/types'
import type { SettingsUpdate } from '#shared/schemas/settings'

export interface DataLocation {
  dataDir: string
  databaseFile: string
}

export function settingsService(repos: Repositories, location: DataLocation) {
  const units = (): Unit => {
    const stored = repos.settings.get('units')
    return (UNITS as readonly string[]).includes(stored ?? '') ? (stored as Unit) : 'km'
  }
  const get = (): Settings => ({ units: units(), ...location })
  return {
    get,
    update: (patch: SettingsUpdate): Settings => {
      repos.settings.set('units', patch.units)
      return get()
    },
  }
}
