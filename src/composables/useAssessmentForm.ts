import { reactive } from 'vue'
import type { FootType, Tightness, WallGap } from '#shared/enums'
import { assessmentCreate, type AssessmentFieldsInput } from '#shared/schemas/assessment'
import type { Assessment } from '#shared/types'
import { useAssessmentsStore } from '../stores/assessments'
import { todayLocal } from './dates'
import { parseNumber, textOf } from './numbers'
import type { FormRef } from './useFormErrors'
import { useRecordForm } from './useRecordForm'

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
export function useAssessmentForm(form: FormRef, athleteId: () => number, editing: Assessment | null = null) {
  const store = useAssessmentsStore()
  const values = reactive(editing ? valuesOf(editing) : blank())

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

  const record = useRecordForm(form, {
    fields: FIELDS,
    schema: assessmentCreate,
    store,
    editing,
    noun: 'assessment',
    payload,
  })
  return { values, ...record }
}
