import type { Repositories } from '../../db/repositories'
import { UNITS, type Unit } from '#shared/enums'
import type { Settings } from '#shared/types'
import type { CoachProfileUpdate, SettingsUpdate } from '#shared/schemas/settings'

export const COACH_NAME_KEY = 'coachName'
export const COACH_PHONE_KEY = 'coachPhone'

export interface DataLocation {
  dataDir: string
  databaseFile: string
}

export function settingsService(repos: Repositories, location: DataLocation) {
  const units = (): Unit => {
    const stored = repos.settings.get('units')
    return (UNITS as readonly string[]).includes(stored ?? '') ? (stored as Unit) : 'km'
  }
  const get = (): Settings => ({
    units: units(),
    coach: { name: repos.settings.get(COACH_NAME_KEY) ?? '', phone: repos.settings.get(COACH_PHONE_KEY) ?? '' },
    ...location,
  })
  return {
    get,
    update: (patch: SettingsUpdate): Settings => {
      repos.settings.set('units', patch.units)
      return get()
    },
    coach: (profile: CoachProfileUpdate): Settings => {
      repos.db.transaction(() => {
        repos.settings.set(COACH_NAME_KEY, profile.name)
        repos.settings.set(COACH_PHONE_KEY, profile.phone)
      })()
      return get()
    },
  }
}
