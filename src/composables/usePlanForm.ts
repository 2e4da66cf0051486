// The planned-session form: a blank session for a day, or an existing one to edit; the coach's unit at
// the edges; the shared schema's checks before anything is sent.
import { reactive, ref, type Ref } from 'vue'
import type { PlanKind, RunType, Surface } from '#shared/enums'
import type { PlannedSession } from '#shared/planning'
import { planCreate, type PlanFieldsInput } from '#shared/schemas/plan'
import { usePlanStore } from '../stores/plan'
import { parseDuration, parseNumber } from './numbers'
import { useFormErrors } from './useFormErrors'
import { useUnits } from './useUnits'

const FIELDS = [
  'date',
  'time',
  'kind',
  'runType',
  'durationMin',
  'distanceM',
  'rpe',
  'surface',
  'programId',
  'notes',
] as const

export function usePlanForm(form: Ref<HTMLFormElement | null>, athleteId: () => number) {
  const plan = usePlanStore()
  const { toMetres, fromMetres } = useUnits()
  const editing = ref<PlannedSession | null>(null)
  const values = reactive({
    date: '',
    time: '',
    kind: 'run' as PlanKind,
    runType: 'easy' as RunType,
    duration: '',
    distance: '',
    rpe: '',
    surface: '' as Surface | '',
    programId: '',
    notes: '',
  })
  const saving = ref(false)
  const { errors, formError, check, fromFailure, clear } = useFormErrors(form, FIELDS)

  /** `programId`: the program a new strength or mobility session comes from (the athlete's current one). */
  function start(date: string, session: PlannedSession | null = null, programId: number | null = null) {
    clear()
    editing.value = session
    const distance = session?.distanceM ?? null
    Object.assign(values, {
      date: session?.date ?? date,
      time: session?.time ?? '',
      kind: session?.kind ?? 'run',
      runType: session?.runType ?? 'easy',
      duration: session?.durationMin === null || !session ? '' : String(session.durationMin),
      distance: distance === null ? '' : String(Math.round(fromMetres(distance) * 100) / 100),
      rpe: session?.rpe === null || !session ? '' : String(session.rpe),
      surface: session?.surface ?? '',
      programId: String(session ? (session.programId ?? '') : (programId ?? '')),
      notes: session?.notes ?? '',
    })
  }

  function payload(): PlanFieldsInput {
    const distance = parseNumber(values.distance)
    const isRun = values.kind === 'run'
    return {
      athleteId: athleteId(),
      date: values.date,
      time: values.time || null,
      kind: values.kind,
      runType: isRun ? values.runType : null,
      durationMin: values.duration.trim() === '' ? null : (parseDuration(values.duration) ?? Number.NaN),
      distanceM: !isRun ? null : distance === null || Number.isNaN(distance) ? distance : toMetres(distance),
      rpe: parseNumber(values.rpe),
      surface: isRun && values.surface ? values.surface : null,
      programId:
        (values.kind === 'strength' || values.kind === 'mobility') && values.programId
          ? Number(values.programId)
          : null,
      notes: values.notes,
    }
  }

  /** The saved session, or null when something needs fixing (shown in the form). */
  async function save(): Promise<PlannedSession | null> {
    if (saving.value) return null
    const fields = check(planCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      const current = editing.value
      const { athleteId: _a, ...rest } = fields
      return current ? await plan.update(current, rest) : await plan.create(fields)
    } catch (e) {
      fromFailure(e, 'save the planned session')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, editing, start, save }
}
