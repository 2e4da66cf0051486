// The run form, for a new run or an edit: defaults for the next run (or the run's own values), the
// coach's unit converted to metres, the shared schema's checks, and warnings about unlikely values that
// the coach confirms before anything is saved.
import { reactive, ref, watch, type Ref } from 'vue'
import type { RunType, Surface } from '#shared/enums'
import { runCreate, type RunFieldsInput } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import { formatDuration } from '#shared/units'
import { useRunsStore } from '../stores/runs'
import { todayLocal } from './dates'
import { distanceText, parseDuration, parseNumber, textOf } from './numbers'
import { runWarnings, type RunWarning } from './runWarnings'
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

export function useRunForm(form: Ref<HTMLFormElement | null>, athleteId: () => number, editing: Run | null = null) {
  const runs = useRunsStore()
  const { unit, toMetres, fromMetres } = useUnits()
  const values = reactive(editing ? valuesOf(editing) : blank())
  const saving = ref(false)
  const warnings = ref<RunWarning[]>([])
  const { errors, formError, check, fromFailure, clear } = useFormErrors(form, FIELDS)

  function valuesOf(run: Run): ReturnType<typeof blank> {
    return {
      date: run.date,
      startTime: run.startTime?.slice(0, 5) ?? '',
      duration: formatDuration(run.durationMin),
      distance: run.distanceM === null ? '' : distanceText(fromMetres(run.distanceM)),
      rpe: textOf(run.rpe),
      type: run.type,
      surface: run.surface ?? '',
      shoeId: run.shoeId === null ? '' : String(run.shoeId),
      cadence: textOf(run.cadenceSpm),
      elevation: textOf(run.elevationGainM),
      temperature: textOf(run.temperatureC),
      notes: run.notes,
    }
  }

  // A warning answers the values it was given: any change asks again.
  watch(values, () => (warnings.value = []))

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

  /**
   * The saved run, or null when something needs fixing (shown in the form) or a warning waits for the
   * coach: `confirmed` is their answer to the warnings on screen.
   */
  async function save(confirmed = false): Promise<Run | null> {
    if (saving.value) return null
    const fields = check(runCreate, payload())
    if (!fields) return null
    const found = runWarnings(fields, todayLocal(), unit.value)
    if (found.length && !(confirmed && warnings.value.length)) {
      warnings.value = found
      return null
    }
    saving.value = true
    try {
      const run = editing ? await runs.update(editing.id, fields) : await runs.create(fields)
      if (!editing) reset()
      warnings.value = []
      return run
    } catch (e) {
      fromFailure(e, 'save the run')
      return null
    } finally {
      saving.value = false
    }
  }

  // `original`: the run as it was when the form opened (the store holds the edited one after a save).
  return { values, errors, formError, saving, warnings, save, original: editing }
}
