import { reactive, ref, type Ref } from 'vue'
import type { FootType, Tightness, WallGap } from '#shared/enums'
import { assessmentCreate, type AssessmentFieldsInput } from '#shared/schemas/assessment'
import type { Assessment } from '#shared/types'
import { useAssessmentsStore } from '../stores/assessments'
import { todayLocal } from './dates'
import { parseNumber, textOf } from './numbers'
import { useFormErrors } from './useFormErrors'

const FIELDS = [
  'date',
  'hamstringLeft',
  'hamstringRight',
  'hipFlexorLeft',
  'hipFlexorRight',
  'plankSec',
  'sidePlankLeftSec',
  'sidePlankRightSec',
  'wallGap',
  'footType',
  'cadenceSpm',
  'notes',
] as const

function blank() {
  return {
    date: todayLocal(),
    hamstringLeft: '' as Tightness | '',
    hamstringRight: '' as Tightness | '',
    hipFlexorLeft: '' as Tightness | '',
    hipFlexorRight: '' as Tightness | '',
    plankSec: '',
    sidePlankLeftSec: '',
    sidePlankRightSec: '',
    wallGap: '' as WallGap | '',
    footType: '' as FootType | '',
    cadenceSpm: '',
    notes: '',
  }
}

function valuesOf(a: Assessment): ReturnType<typeof blank> {
  return {
    date: a.date,
    hamstringLeft: a.hamstringLeft ?? '',
    hamstringRight: a.hamstringRight ?? '',
    hipFlexorLeft: a.hipFlexorLeft ?? '',
    hipFlexorRight: a.hipFlexorRight ?? '',
    plankSec: textOf(a.plankSec),
    sidePlankLeftSec: textOf(a.sidePlankLeftSec),
    sidePlankRightSec: textOf(a.sidePlankRightSec),
    wallGap: a.wallGap ?? '',
    footType: a.footType ?? '',
    cadenceSpm: textOf(a.cadenceSpm),
    notes: a.notes,
  }
}

/** The assessment form for a new one, or (given `editing`) for that one, filled in. */
export function useAssessmentForm(
  form: Ref<HTMLFormElement | null>,
  athleteId: () => number,
  editing: Assessment | null = null,
) {
  const store = useAssessmentsStore()
  const values = reactive(editing ? valuesOf(editing) : blank())
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, FIELDS)

  function payload(): AssessmentFieldsInput {
    return {
      athleteId: athleteId(),
      date: values.date,
      hamstringLeft: values.hamstringLeft || null,
      hamstringRight: values.hamstringRight || null,
      hipFlexorLeft: values.hipFlexorLeft || null,
      hipFlexorRight: values.hipFlexorRight || null,
      plankSec: parseNumber(values.plankSec),
      sidePlankLeftSec: parseNumber(values.sidePlankLeftSec),
      sidePlankRightSec: parseNumber(values.sidePlankRightSec),
      wallGap: values.wallGap || null,
      footType: values.footType || null,
      cadenceSpm: parseNumber(values.cadenceSpm),
      notes: values.notes,
    }
  }

  async function save(): Promise<Assessment | null> {
    if (saving.value) return null
    const fields = check(assessmentCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      return editing ? await store.update(editing.id, fields) : await store.create(fields)
    } catch (e) {
      fromFailure(e, 'save the assessment')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, save, original: editing }
}
