// Import as the renderer sees it: scan chosen paths, look at a CSV's columns, preview (parse and judge,
// write nothing), import, follow a job, cancel it, list the imported runs still waiting for an RPE.
import { stat } from 'node:fs/promises'
import type { Unit } from '#shared/enums'
import type { Emit } from '#shared/serverEvents'
import type { CsvColumns, FileResult, ImportJobRef, ImportJobStatus } from '#shared/transfer'
import type { Run } from '#shared/types'
import type { Repositories } from '../../db/repositories'
import type { AthleteService } from '../athletes/service'
import { countOf } from '#shared/text'
import { AppError } from '../errors'
import { csvColumns } from './csv/source'
import { kindOf, scanPaths } from './files'
import { progressEvent, type ImportJobRequest, type Job, type JobRegistry } from './jobs'
import { FileProblem } from './problems'
import { commitStaged, isStaged, nextTurn, processFile, type RunnerDeps } from './runner'

/** How many imported runs the "Rate your imports" list shows at most. */
export const UNRATED_LIMIT = 200

export interface ImportDeps {
  repos: () => Repositories
  athletes: AthleteService
  jobs: JobRegistry
  unit: () => Unit
  log: (message: string, error: unknown) => void
  /** where the job's 'import.progress' events go */
  emit: Emit
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch {
    return 0
  }
}

/**
 * Watch files are small: their runs are committed together, at most this long after the first of them
 * was read (or sooner, at a CSV, at the end, on cancel). One sync to disk per group instead of one per
 * file; each file still goes in whole or not at all, and is reported only once it is saved.
 */
const GROUP_MS = 100
const GROUP_FILES = 50
/** Bytes read within a big CSV are told at most this often; a finished file or the end, at once. */
const EVENT_MS = 100

/** Tells the window how the job stands: at once when a file finished, else at most every EVENT_MS. */
function reporter(job: Job, emit: Emit) {
  let last = Number.NEGATIVE_INFINITY
  return (force = false) => {
    const now = performance.now()
    if (!force && job.results.length === job.sent && now - last < EVENT_MS) return
    last = now
    emit('import.progress', progressEvent(job))
  }
}

async function run(job: Job, deps: RunnerDeps & Pick<ImportDeps, 'emit'>): Promise<void> {
  const staged: FileResult[] = []
  let groupStarted = 0
  const report = reporter(job, deps.emit)
  const flush = () => {
    commitStaged(job, staged, deps)
    for (const result of staged.splice(0)) finish(job, result)
  }
  const fileDeps: RunnerDeps = { ...deps, read: () => report() }
  report(true)
  try {
    for (let index = 0; index < job.files.length; index++) {
      if (job.cancelRequested) break
      job.current = job.files[index]?.name ?? null
      const before = job.bytesDone
      const result = await processFile(job, index, fileDeps, true)
      job.bytesDone = before + (await sizeOf(result.path))
      if (isStaged(job, result)) {
        if (staged.length === 0) groupStarted = performance.now()
        staged.push(result)
      } else {
        flush()
        finish(job, result)
      }
      if (staged.length >= GROUP_FILES || performance.now() - groupStarted >= GROUP_MS) flush()
      report()
      if (result.state === 'cancelled') break
      await nextTurn()
    }
    flush()
    job.state = job.cancelRequested ? 'cancelled' : 'done'
    if (job.cancelRequested) job.message = cancelledMessage(job)
    else if (job.results.length > 0 && job.results.every((r) => r.state === 'failed')) job.message = allFailed(job)
  } catch (error) {
    // Files read in full before the failure are kept, as the message says.
    if (deps.repos().db.open) flush()
    job.state = job.cancelRequested ? 'cancelled' : 'failed'
    if (job.state === 'failed') {
      deps.log('import job failed', error)
      job.message = 'The import stopped because of an unexpected error. Files finished before it are kept.'
    }
  } finally {
    job.current = null
    // A preview's staged runs only served to spot duplicates within the batch; after the back end
    // closed there is nothing left to clear (temp tables go with the connection).
    if (deps.repos().db.open) deps.repos().imports.discardJob(job.id)
    // The last event: the final state, and every result not sent yet.
    report(true)
  }
}

function finish(job: Job, result: FileResult): void {
  job.results.push(result)
  job.done++
}

/** The summary of a job in which no file could be read at all: said first, not left to the counts. */
function allFailed(job: Job): string {
  const n = job.results.length
  const which = n === 1 ? 'The file could not be read' : `None of the ${countOf(n, 'file')} could be read`
  return job.mode === 'import'
    ? `${which}, so nothing was imported. The reason is given next to each file.`
    : `${which}: there is nothing to import. The reason is given next to each file.`
}

function cancelledMessage(job: Job): string {
  const finished = job.results.filter((r) => r.state === 'done').length
  const notStarted = job.files.length - job.results.length
  if (job.mode === 'preview') return 'Preview cancelled.'
  return (
    `Cancelled. ${countOf(finished, 'file was', 'files were')} imported before that and kept; ` +
    `${String(notStarted + job.results.filter((r) => r.state === 'cancelled').length)} not imported.`
  )
}

export function importService(deps: ImportDeps) {
  const { jobs } = deps

  const begin = async (mode: Job['mode'], request: ImportJobRequest): Promise<ImportJobRef> => {
    deps.athletes.require(request.athleteId)
    for (const busy of jobs.running()) {
      if (busy.mode === 'import') {
        throw new AppError('conflict', 'An import is already running. Wait for it to finish or cancel it first.')
      }
      // A new preview replaces one still running (the coach changed the files or the athlete).
      busy.cancelRequested = true
      await busy.finished
    }
    const sizes = await Promise.all(request.files.map((file) => sizeOf(file.path)))
    const job = jobs.create(
      mode,
      request,
      sizes.reduce((sum, size) => sum + size, 0),
    )
    job.finished = run(job, deps)
    return { jobId: job.id }
  }

  return {
    scan: (paths: string[]) => scanPaths(paths),
    columns: async (path: string): Promise<CsvColumns> => {
      if (kindOf(path) !== 'csv') throw new AppError('invalid', 'Choose a .csv, .tsv or .txt table.', 'grant')
      try {
        return await csvColumns(path, deps.unit())
      } catch (error) {
        if (error instanceof FileProblem) throw new AppError('invalid', error.message, 'grant')
        if ((error as { code?: string }).code === 'ENOENT') {
          throw new AppError('not_found', 'That file is no longer there: it may have been moved or renamed.', 'grant')
        }
        throw error
      }
    },
    preview: (request: ImportJobRequest) => begin('preview', request),
    start: (request: ImportJobRequest) => begin('import', request),
    status: (jobId: number, from: number): ImportJobStatus => jobs.snapshot(jobId, from),
    cancel: (jobId: number): ImportJobStatus => {
      const job = jobs.get(jobId)
      if (job.state === 'running') job.cancelRequested = true
      return jobs.snapshot(jobId)
    },
    /** Imported runs of this job with no session RPE yet: the "Rate your imports" list. */
    unrated: (jobId: number): Run[] => {
      const job = jobs.get(jobId)
      return deps.repos().imports.unrated(job.athleteId, job.ranges, UNRATED_LIMIT)
    },
    /** True while an import writes; a restore must wait for it. */
    busy: (): boolean => jobs.running().length > 0,
  }
}

export type ImportService = ReturnType<typeof importService>
