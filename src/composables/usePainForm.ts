// The pain report form: the shared schema's checks, the onset minute only for pain during a run, and
// whether an urgent red flag is ticked (the form then says to stop running and see a doctor today).
import { computed, reactive, ref, watch, type Ref } from 'vue'
import {
  URGENT_RED_FLAGS,
  type EasedByStretching,
  type PainCharacter,
  type PainLocation,
  type PainTiming,
  type RedFlag,
} from '#shared/enums'
import { painCreate, type PainFieldsInput } from '#shared/schemas/pain'
import type { PainReport } from '#shared/types'
import type { FieldErrors } from '#shared/validation'
import { usePainStore } from '../stores/pain'
import { todayLocal } from './dates'
import { parseNumber, textOf } from './numbers'
import { useFormErrors } from './useFormErrors'

const FIELDS = [
  'date',
  'time',
  'runId',
  'score',
  'timing',
  'onsetMinute',
  'location',
  'character',
  'easedByStretching',
  'redFlags',
  'notes',
] as const

function blank() {
  return {
    date: todayLocal(),
    time: '',
    score: '',
    timing: '' as PainTiming | '',
    onsetMinute: '',
    location: 'central' as PainLocation,
    character: 'ache' as PainCharacter,
    easedByStretching: 'not_tried' as EasedByStretching,
    runId: '',
    redFlags: [] as RedFlag[],
    notes: '',
  }
}

export function isUrgent(flags: readonly RedFlag[]): boolean {
  return flags.some((f) => (URGENT_RED_FLAGS as readonly RedFlag[]).includes(f))
}

function valuesOf(report: PainReport): ReturnType<typeof blank> {
  return {
    date: report.date,
    time: report.time?.slice(0, 5) ?? '',
    score: String(report.score),
    timing: report.timing,
    onsetMinute: textOf(report.onsetMinute),
    location: report.location,
    character: report.character,
    easedByStretching: report.easedByStretching,
    runId: report.runId === null ? '' : String(report.runId),
    redFlags: [...report.redFlags],
    notes: report.notes,
  }
}

/** The pain form for a new report, or (given `editing`) for that report, filled in. */
export function usePainForm(
  form: Ref<HTMLFormElement | null>,
  athleteId: () => number,
  editing: PainReport | null = null,
) {
  const pain = usePainStore()
  const values = reactive(editing ? valuesOf(editing) : blank())
  const saving = ref(false)
  const { errors, formError, check, fromFailure, clear } = useFormErrors(form, FIELDS)
  const onsetApplies = computed(() => values.timing === 'during')
  const urgent = computed(() => isUrgent(values.redFlags))

  watch(onsetApplies, (applies) => {
    if (!applies) values.onsetMinute = ''
  })

  function payload(): PainFieldsInput {
    return {
      athleteId: athleteId(),
      date: values.date,
      time: values.time || null,
      runId: values.runId ? Number(values.runId) : null,
      score: parseNumber(values.score) ?? Number.NaN,
      timing: values.timing as PainTiming,
      onsetMinute: onsetApplies.value ? parseNumber(values.onsetMinute) : null,
      location: values.location,
      character: values.character,
      easedByStretching: values.easedByStretching,
      redFlags: values.redFlags,
      notes: values.notes,
    }
  }

  /** The saved report, or null when something needs fixing (shown in the form). */
  async function save(): Promise<PainReport | null> {
    if (saving.value) return null
    const extra: FieldErrors = values.timing ? {} : { timing: 'Choose when the pain came on' }
    const fields = check(painCreate, payload(), extra)
    if (!fields) return null
    saving.value = true
    try {
      if (editing) return await pain.update(editing.id, fields)
      const report = await pain.report(fields)
      Object.assign(values, blank())
      clear()
      return report
    } catch (e) {
      fromFailure(e, 'save the pain report')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, onsetApplies, urgent, save, original: editing }
}
