import { reactive } from 'vue'
import { shoeCreate, type ShoeFieldsInput } from '#shared/schemas/shoe'
import type { Shoe } from '#shared/types'
import { useShoesStore } from '../stores/shoes'
import { todayLocal } from './dates'
import { distanceText, parseNumber } from './numbers'
import type { FormRef } from './useFormErrors'
import { useRecordForm } from './useRecordForm'
import { useUnits } from './useUnits'

const FIELDS = ['name', 'startDate', 'initialDistanceM', 'replaceThresholdM', 'retiredDate', 'notes'] as const

/** The usual replace distance, in the coach's unit: 800 km or 500 mi. */
export const DEFAULT_REPLACE = { km: '800', mi: '500' } as const

/** The shoe form for a new shoe, or (given `editing`) for that one, filled in. */
export function useShoeForm(form: FormRef, athleteId: () => number, editing: Shoe | null = null) {
  const store = useShoesStore()
  const { unit, toMetres, fromMetres } = useUnits()
  const values = reactive(
    editing
      ? {
          name: editing.name,
          startDate: editing.startDate,
          initialDistance: distanceText(fromMetres(editing.initialDistanceM)),
          replaceAt: distanceText(fromMetres(editing.replaceThresholdM)),
          retiredDate: editing.retiredDate ?? '',
          notes: editing.notes,
        }
      : {
          name: '',
          startDate: todayLocal(),
          initialDistance: '0',
          replaceAt: DEFAULT_REPLACE[unit.value],
          retiredDate: '',
          notes: '',
        },
  )

  function metres(text: string): number | undefined {
    const value = parseNumber(text)
    if (value === null) return undefined
    return Number.isNaN(value) ? value : toMetres(value)
  }

  function payload(): ShoeFieldsInput {
    return {
      athleteId: athleteId(),
      name: values.name,
      startDate: values.startDate,
      initialDistanceM: metres(values.initialDistance),
      replaceThresholdM: metres(values.replaceAt),
      retiredDate: values.retiredDate || null,
      notes: values.notes,
    }
  }

  const record = useRecordForm(form, { fields: FIELDS, schema: shoeCreate, store, editing, noun: 'shoe', payload })
  return { values, unit, ...record }
}
