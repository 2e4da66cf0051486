import { reactive, ref, type Ref } from 'vue'
import type { Experience, Sex } from '#shared/enums'
import { athleteCreate, type AthleteFieldsInput } from '#shared/schemas/athlete'
import type { Athlete } from '#shared/types'
import type { FieldErrors } from '#shared/validation'
import { useAthletesStore } from '../stores/athletes'
import { parseNumber, textOf } from './numbers'
import { useFormErrors } from './useFormErrors'

const FIELDS = ['name', 'birthYear', 'sex', 'experience', 'runDaysPerWeek', 'goal', 'groups', 'notes'] as const

function valuesOf(athlete: Athlete | null) {
  return {
    name: athlete?.name ?? '',
    birthYear: textOf(athlete?.birthYear),
    sex: (athlete?.sex ?? '') as Sex | '',
    experience: (athlete?.experience ?? 'experienced') as Experience,
    runDaysPerWeek: textOf(athlete?.runDaysPerWeek ?? 3),
    goal: athlete?.goal ?? '',
    groups: [...(athlete?.groups ?? [])],
    notes: athlete?.notes ?? '',
  }
}

/** Add or edit an athlete; `athlete` null means a new one. */
export function useAthleteForm(form: Ref<HTMLFormElement | null>, athlete: Athlete | null) {
  const store = useAthletesStore()
  const values = reactive(valuesOf(athlete))
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, FIELDS)

  function payload(): AthleteFieldsInput {
    return {
      name: values.name,
      birthYear: parseNumber(values.birthYear),
      sex: values.sex || null,
      experience: values.experience,
      runDaysPerWeek: parseNumber(values.runDaysPerWeek) ?? Number.NaN,
      goal: values.goal,
      groups: values.groups,
      notes: values.notes,
    }
  }

  /** The saved athlete, or null when something needs fixing (shown in the form, with `extra`). */
  async function save(extra: FieldErrors = {}): Promise<Athlete | null> {
    if (saving.value) return null
    const fields = check(athleteCreate, payload(), extra)
    if (!fields) return null
    saving.value = true
    try {
      return athlete ? await store.update(athlete.id, fields) : await store.create(fields)
    } catch (e) {
      fromFailure(e, `save ${values.name.trim() || 'the athlete'}`)
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, save }
}
