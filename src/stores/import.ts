// The import page's state: which athlete, which files (with each CSV's confirmed columns), the job that
// previews or imports them, followed through the back end's progress events for the progress bar, and the
// runs waiting for an RPE.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, unwrap } from '../api/client'
import { announce, whenFresh } from '../api/events'
import { listen } from '../api/serverEvents'
import type { ImportProgressEvent } from '#shared/serverEvents'
import type { CsvMapping, FilePurpose } from '#shared/schemas/transfer'
import type { FileResult, GrantedFile, IgnoredFile, ImportFileRef, ImportJobStatus } from '#shared/transfer'
import type { Run } from '#shared/types'
import { runUpdateOf } from '#shared/schemas/run'

export type ImportPhase = 'choose' | 'previewing' | 'previewed' | 'importing' | 'imported'

export const useImportStore = defineStore('import', () => {
  const athleteId = ref<number | null>(null)
  const files = ref<ImportFileRef[]>([])
  const ignored = ref<IgnoredFile[]>([])
  const mappings = ref<Record<string, CsvMapping>>({})
  const phase = ref<ImportPhase>('choose')
  const job = ref<Omit<ImportJobStatus, 'results'> | null>(null)
  const results = ref<FileResult[]>([])
  const unrated = ref<Run[]>([])
  const dialogs = ref(true)
  /** the coach confirmed the runs dated in the future that the preview found */
  const confirmFuture = ref(false)
  let unfollow: (() => void) | null = null

  const running = computed(() => job.value?.state === 'running')

  function resetJob() {
    stopFollowing()
    job.value = null
    results.value = []
    confirmFuture.value = false
    phase.value = 'choose'
  }

  /** Adds what the dialog or a drop gave (as grants); folders are opened by main. */
  async function addGranted(chosen: GrantedFile[]) {
    const scan = unwrap(await api.import.scan({ grants: chosen.map((f) => f.grant) }))
    const known = new Set(files.value.map((f) => f.path))
    files.value = [...files.value, ...scan.files.filter((f) => !known.has(f.path))]
    ignored.value = [...ignored.value, ...scan.ignored]
    resetJob()
    return scan
  }

  /** The native dialog; false when there is none (a plain browser). */
  async function choose(purpose: Extract<FilePurpose, 'import-files' | 'import-folder'>): Promise<boolean> {
    const chosen = unwrap(await api.files.choose({ purpose }))
    dialogs.value = chosen.available
    if (chosen.files.length > 0) await addGranted(chosen.files)
    return chosen.available
  }

  /** A preview belongs to one athlete: another athlete means previewing again (duplicates differ). */
  function setAthlete(id: number | null) {
    if (id === athleteId.value) return
    athleteId.value = id
    if (!running.value) resetJob()
  }

  function remove(path: string) {
    files.value = files.value.filter((f) => f.path !== path)
    resetJob()
  }

  function clear() {
    files.value = []
    ignored.value = []
    mappings.value = {}
    unrated.value = []
    resetJob()
  }

  function setMapping(path: string, mapping: CsvMapping) {
    mappings.value = { ...mappings.value, [path]: mapping }
    resetJob()
  }

  const request = () => {
    if (athleteId.value === null) throw new Error('Choose the athlete these files belong to.')
    return {
      athleteId: athleteId.value,
      confirmFuture: confirmFuture.value,
      files: files.value.map((f) => {
        const mapping = mappings.value[f.path]
        return mapping ? { name: f.name, grant: f.grant, mapping } : { name: f.name, grant: f.grant }
      }),
    }
  }

  function stopFollowing() {
    unfollow?.()
    unfollow = null
  }

  /** Takes in an event or a status: the job's figures, and the results this page does not hold yet. */
  function apply({ results: more, from, ...rest }: ImportProgressEvent) {
    job.value = rest
    // An event was missed (from beyond what is held): the status call at the end brings the rest.
    if (from <= results.value.length) results.value = [...results.value, ...more.slice(results.value.length - from)]
  }

  /**
   * Starts a job and follows it through the back end's 'import.progress' events until it ends, then asks
   * for its status once, so a missed event never loses a result. Events of any other job (a preview this
   * one replaced) are ignored. Following goes on when the coach leaves the page: the store outlives it.
   */
  async function follow(start: Promise<{ jobId: number }>, during: ImportPhase, after: ImportPhase) {
    stopFollowing()
    results.value = []
    phase.value = during
    let jobId: number | null = null
    // The job's first event can come before import.start answers with its id.
    const early: ImportProgressEvent[] = []
    let ended: () => void = () => undefined
    const end = new Promise<void>((resolve) => (ended = resolve))
    const hear = (event: ImportProgressEvent) => {
      if (jobId === null) early.push(event)
      else if (event.jobId === jobId && job.value?.jobId === jobId) {
        apply(event)
        if (event.state !== 'running') ended()
      }
    }
    unfollow = listen('import.progress', hear)
    try {
      jobId = (await start).jobId
    } catch (error) {
      stopFollowing()
      throw error
    }
    job.value = {
      jobId,
      mode: during === 'importing' ? 'import' : 'preview',
      athleteId: athleteId.value ?? 0,
      state: 'running',
      done: 0,
      total: files.value.length,
      bytesDone: 0,
      bytesTotal: 0,
      current: null,
      totals: { activities: 0, runs: 0, duplicates: 0, skipped: 0, errors: 0, future: 0 },
      message: null,
    }
    for (const event of early.splice(0)) hear(event)
    await end
    stopFollowing()
    const from = results.value.length
    apply({ ...unwrap(await api.import.status({ jobId, from })), from })
    phase.value = after
    return { ...(job.value as Omit<ImportJobStatus, 'results'>), results: results.value }
  }

  async function preview() {
    try {
      return await follow(
        api.import.preview(request()).then((r) => unwrap(r)),
        'previewing',
        'previewed',
      )
    } catch (error) {
      phase.value = 'choose'
      throw error
    }
  }

  async function start() {
    try {
      const status = await follow(
        api.import.start(request()).then((r) => unwrap(r)),
        'importing',
        'imported',
      )
      // The job wrote the runs after import.start answered, so the client could not announce them.
      if (status.totals.runs > 0) await announce('changed', { athleteId: status.athleteId, domains: ['runs'] })
      await loadUnrated()
      return status
    } catch (error) {
      phase.value = results.value.length > 0 ? 'imported' : 'previewed'
      throw error
    }
  }

  async function cancel() {
    if (job.value) unwrap(await api.import.cancel({ jobId: job.value.jobId }))
  }

  async function loadUnrated() {
    if (!job.value || job.value.mode !== 'import') return
    unrated.value = unwrap(await api.import.unrated({ jobId: job.value.jobId }))
  }

  /**
   * Saves a session RPE through the ordinary run update, keeping every other field as it is. The update
   * is announced like any write; this resolves once the load chart and guidance have reloaded.
   */
  async function rate(run: Run, rpe: number) {
    unwrap(await api.runs.update(runUpdateOf(run, { rpe })))
    unrated.value = unrated.value.filter((r) => r.id !== run.id)
    await whenFresh()
  }

  return {
    athleteId,
    files,
    ignored,
    mappings,
    phase,
    job,
    results,
    unrated,
    confirmFuture,
    dialogs,
    running,
    addGranted,
    choose,
    setAthlete,
    remove,
    clear,
    setMapping,
    preview,
    start,
    cancel,
    loadUnrated,
    rate,
    stopFollowing,
  }
})
