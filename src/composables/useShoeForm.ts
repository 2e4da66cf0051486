import { reactive, ref, type Ref } from 'vue'
import { shoeCreate, type ShoeFieldsInput } from '#shared/schemas/shoe'
import type { Shoe } from '#shared/types'
import { useShoesStore } from '../stores/shoes'
import { todayLocal } from './dates'
import { distanceText, parseNumber } from './numbers'
import { useFormErrors } from './useFormErrors'
import { useUnits } from './useUnits'

const FIELDS = ['name', 'startDate', 'initialDistanceM', 'replaceThresholdM', 'retiredDate', 'notes'] as const

/** The usual replace distance, in the coach's unit: 800 km or 500 mi. */
export const DEFAULT_REPLACE = { km: '800', mi: '500' } as const

/** The shoe form for a new shoe, or (given `editing`) for that one, filled in. */
export function useShoeForm(form: Ref<HTMLFormElement | null>, athleteId: () => number, editing: Shoe | null = null) {
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
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, FIELDS)

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

  async function save(): Promise<Shoe | null> {
    if (saving.value) return null
    const fields = check(shoeCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      return editing ? await store.update(editing.id, fields) : await store.create(fields)
    } catch (e) {
      fromFailure(e, 'save the shoe')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, unit, save, original: editing }
}
