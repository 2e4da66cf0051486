// Long work as jobs: `start` answers at once with a job id, the work goes on between other requests, and
// the back end pushes an 'import.progress' event as it moves on (service.ts), which draws the progress bar.
// Jobs live in memory only; the last few are kept so a `status` call after the end (the renderer makes
// one, so a missed event never loses a result) still gets the final figures.
import type { ImportProgressEvent } from '#shared/serverEvents'
import type { FileResult, ImportCounts, ImportJobStatus, JobState } from '#shared/transfer'
import type { CsvMapping } from '#shared/schemas/transfer'
import { AppError } from '../errors'

/** An import request once its grants are turned into real paths (services/transfer.ts does that). */
export interface ImportJobRequest {
  athleteId: number
  files: { name: string; path: string; mapping?: CsvMapping }[]
  /** the coach confirmed that runs dated in the future are to be imported too */
  confirmFuture: boolean
}

export interface Job {
  id: number
  mode: 'preview' | 'import'
  athleteId: number
  files: ImportJobRequest['files']
  confirmFuture: boolean
  /** when the job started: a run that starts after it is dated in the future */
  startedMs: number
  state: JobState
  done: number
  bytesDone: number
  bytesTotal: number
  current: string | null
  results: FileResult[]
  /** results already sent in an 'import.progress' event */
  sent: number
  totals: ImportCounts
  message: string | null
  cancelRequested: boolean
  /** ids given to the runs this job wrote, one range per file */
  ranges: { first: number; last: number }[]
  finished: Promise<void>
}

const KEEP = 20

export const emptyCounts = (): ImportCounts => ({
  activities: 0,
  runs: 0,
  duplicates: 0,
  skipped: 0,
  errors: 0,
  future: 0,
})

export function addCounts(into: ImportCounts, more: ImportCounts): void {
  into.activities += more.activities
  into.runs += more.runs
  into.duplicates += more.duplicates
  into.skipped += more.skipped
  into.errors += more.errors
  into.future += more.future
}

export function jobRegistry() {
  const jobs = new Map<number, Job>()
  let nextId = 1

  const get = (id: number): Job => {
    const job = jobs.get(id)
    if (!job) throw new AppError('not_found', 'That import is no longer known; start it again.', 'jobId')
    return job
  }

  return {
    create(mode: Job['mode'], request: ImportJobRequest, bytesTotal: number): Job {
      const job: Job = {
        id: nextId++,
        mode,
        athleteId: request.athleteId,
        files: request.files,
        confirmFuture: request.confirmFuture,
        startedMs: Date.now(),
        state: 'running',
        done: 0,
        bytesDone: 0,
        bytesTotal,
        current: null,
        results: [],
        sent: 0,
        totals: emptyCounts(),
        message: null,
        cancelRequested: false,
        ranges: [],
        finished: Promise.resolve(),
      }
      jobs.set(job.id, job)
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) {
        if (jobs.get(old)?.state !== 'running') jobs.delete(old)
      }
      return job
    },
    get,
    running: (): Job[] => [...jobs.values()].filter((job) => job.state === 'running'),
    snapshot: (id: number, from = 0): ImportJobStatus => statusOf(get(id), from),
  }
}

function statusOf(job: Job, from: number): ImportJobStatus {
  return {
    jobId: job.id,
    mode: job.mode,
    athleteId: job.athleteId,
    state: job.state,
    done: job.done,
    total: job.files.length,
    bytesDone: Math.min(job.bytesDone, job.bytesTotal),
    bytesTotal: job.bytesTotal,
    current: job.current,
    results: job.results.slice(from),
    totals: { ...job.totals },
    message: job.message,
  }
}

/** The job as it stands, with the results not sent before; they count as sent from here on. */
export function progressEvent(job: Job): ImportProgressEvent {
  const from = job.sent
  job.sent = job.results.length
  return { ...statusOf(job, from), from }
}

export type JobRegistry = ReturnType<typeof jobRegistry>
