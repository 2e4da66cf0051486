// The quick run entry: defaults for the next run, the coach's unit converted to metres, the shared
// schema's checks before anything is sent.
import { reactive, ref, type Ref } from 'vue'
import type { RunType, Surface } from '#shared/enums'
import { runCreate, type RunFieldsInput } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import { useRunsStore } from '../stores/runs'
import { todayLocal } from './dates'
import { parseDuration, parseNumber } from './numbers'
import { useFormErrors } from './useFormErrors'
import { useUnits } from './useUnits'

const FIELDS = [
  'date',
  'startTime',
  'durationMin',
  'distanceM',
  'rpe',
  'type',
  'surface',
  'shoeId',
  'cadenceSpm',
  'elevationGainM',
  'temperatureC',
  'notes',
] as const

function blank() {
  return {
    date: todayLocal(),
    startTime: '',
    duration: '',
    distance: '',
    rpe: '',
    type: 'easy' as RunType,
    surface: '' as Surface | '',
    shoeId: '',
    cadence: '',
    elevation: '',
    temperature: '',
    notes: '',
  }
}

export function useRunForm(form: Ref<HTMLFormElement | null>, athleteId: () => number) {
  const runs = useRunsStore()
  const { toMetres } = useUnits()
  const values = reactive(blank())
  const saving = ref(false)
  const { errors, formError, check, fromFailure, clear } = useFormErrors(form, FIELDS)

  function payload(): RunFieldsInput {
    const distance = parseNumber(values.distance)
    return {
      athleteId: athleteId(),
      date: values.date,
      startTime: values.startTime || null,
      durationMin: parseDuration(values.duration) ?? Number.NaN,
      distanceM: distance === null || Number.isNaN(distance) ? distance : toMetres(distance),
      rpe: parseNumber(values.rpe),
      type: values.type,
      surface: values.surface || null,
      shoeId: values.shoeId ? Number(values.shoeId) : null,
      cadenceSpm: parseNumber(values.cadence),
      elevationGainM: parseNumber(values.elevation),
      temperatureC: parseNumber(values.temperature),
      notes: values.notes,
    }
  }

  function reset() {
    Object.assign(values, blank())
    clear()
  }

  /** The saved run, or null when something needs fixing (shown in the form). */
  async function save(): Promise<Run | null> {
    if (saving.value) return null
    const fields = check(runCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      const run = await runs.create(fields)
      reset()
      return run
    } catch (e) {
      fromFailure(e, 'save the run')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, save }
}
