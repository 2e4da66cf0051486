import { storeToRefs } from 'pinia'
import { useSettingsStore } from '../stores/settings'
import { formatDistance, metresToUnit, unitToMetres } from '#shared/units'

/** The coach's distance unit and conversions at the edges; distances are metres everywhere else. */
export function useUnits() {
  const { units } = storeToRefs(useSettingsStore())
  return {
    unit: units,
    distance: (metres: number | null, digits = 1) => formatDistance(metres, units.value, digits),
    toMetres: (value: number) => unitToMetres(value, units.value),
    fromMetres: (metres: number) => metresToUnit(metres, units.value),
  }
}
