// One file of a job: read it, judge each activity (run or not, valid, duplicate), stage the new runs, and
// in an import commit the file's runs in one transaction. Whatever goes wrong inside a file (damaged,
// wrong encoding, cancelled half-way) discards that file's staged runs and nothing else.
import type { Unit } from '#shared/enums'
import type { FileKind, FileResult } from '#shared/transfer'
import type { Repositories } from '../../db/repositories'
import type { Activity } from './activity'
import { csvActivities, FORMAT_NOTE, NeedsMapping } from './csv/source'
import { kindOf, readWatchFile } from './files'
import { parseFit } from './fit'
import { parseGpx } from './gpx'
import { addCounts, emptyCounts, type Job } from './jobs'
import { Cancelled, FileProblem } from './problems'
import { parseTcx } from './tcx'
import { judgeWith } from './judge'

/** CSV rows judged between two turns of the event loop. */
const SLICE = 500

export interface RunnerDeps {
  repos: () => Repositories
  unit: () => Unit
  log: (message: string, error: unknown) => void
  /** called as a big file is read, for the progress events */
  read?: () => void
}

const WATCH_PARSERS: Record<Exclude<FileKind, 'csv'>, (bytes: Uint8Array) => Activity[]> = {
  fit: parseFit,
  gpx: parseGpx,
  tcx: parseTcx,
}

/** Lets the renderer's requests (and a Cancel) in between chunks of work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Reads and judges one file of `job`. In an import, a CSV is committed here; a watch file's runs stay
 * staged when `deferCommit` is set, for the caller to commit with others (`commitStaged`).
 */
export async function processFile(job: Job, index: number, deps: RunnerDeps, deferCommit = false): Promise<FileResult> {
  const file = job.files[index]
  if (!file) throw new Error('no such file in the job')
  const kind = kindOf(file.name) ?? kindOf(file.path)
  const result: FileResult = {
    index,
    name: file.name,
    path: file.path,
    kind,
    state: 'done',
    message: null,
    needsMapping: false,
    activities: [],
    counts: emptyCounts(),
  }
  // How the file's clock was read (no zone, no offset): said once per file, above its activities.
  const clockNotes = new Set<string>()
  const judge = judgeWith({ job, index, sourceFile: file.name, result, clockNotes }, deps.repos().imports)
  try {
    if (!kind) throw new FileProblem('Not a FIT, GPX, TCX or CSV file.')
    if (kind === 'csv') {
      const batches = csvActivities(file.path, {
        mapping: file.mapping,
        unit: deps.unit(),
        onFormat: (format) => (result.message = FORMAT_NOTE[format]),
      })
      let read = 0
      const { imports } = deps.repos()
      for await (const batch of batches) {
        // Slices short enough that a coach's request or a Cancel never waits long for its turn.
        for (let from = 0; from < batch.activities.length; from += SLICE) {
          const slice = batch.activities.slice(from, from + SLICE)
          imports.together(() => slice.forEach(judge))
          await nextTurn()
          if (job.cancelRequested) throw new Cancelled()
        }
        job.bytesDone += batch.bytesRead - read
        read = batch.bytesRead
        deps.read?.()
      }
    } else {
      const bytes = await readWatchFile(file.path)
      for (const activity of WATCH_PARSERS[kind](bytes)) judge(activity)
    }
    if (clockNotes.size > 0) result.message = [result.message, ...clockNotes].filter(Boolean).join(' ')
    if (result.counts.activities > 0 && result.counts.runs + result.counts.duplicates === 0) {
      result.message = [result.message, noRunNote(result)].filter(Boolean).join(' ')
    }
    if (job.mode === 'import' && !(deferCommit && kind !== 'csv'))
      committed(job, result, deps.repos().imports.commitFile(job.id, index))
  } catch (error) {
    if (!deps.repos().db.open) throw error
    deps.repos().imports.discardFile(job.id, index)
    const reverted = job.mode === 'import' && result.counts.runs > 0 ? ' Nothing from this file was saved.' : ''
    // The file counts as a whole or not at all: what was read of it before the failure is not reported.
    result.counts = emptyCounts()
    result.activities = []
    if (error instanceof Cancelled) {
      result.state = 'cancelled'
      result.message = `Cancelled while reading this file.${reverted}`
    } else {
      result.state = 'failed'
      result.needsMapping = error instanceof NeedsMapping
      result.message = error instanceof FileProblem ? `${error.message}${reverted}` : unexpected(error, deps, file.name)
    }
  }
  // A staged file counts once its runs are saved (commitStaged).
  if (!(deferCommit && isStaged(job, result))) addCounts(job.totals, result.counts)
  return result
}

/** Whether processFile left this result's runs staged for `commitStaged`. */
export const isStaged = (job: Job, result: FileResult) =>
  job.mode === 'import' && result.kind !== 'csv' && result.state === 'done'

function committed(job: Job, result: FileResult, range: { first: number; last: number } | null) {
  if (range) job.ranges.push(range)
  for (const listed of result.activities) if (listed.status === 'new') listed.status = 'imported'
}

/**
 * Commits the staged runs of several finished watch files in one transaction, then counts them. If that
 * fails, none of them is saved and each says so.
 */
export function commitStaged(job: Job, results: readonly FileResult[], deps: RunnerDeps): void {
  if (results.length === 0) return
  const { imports } = deps.repos()
  try {
    const ranges = imports.commitFiles(
      job.id,
      results.map((r) => r.index),
    )
    results.forEach((result, i) => {
      committed(job, result, ranges[i] ?? null)
      addCounts(job.totals, result.counts)
    })
  } catch (error) {
    if (!deps.repos().db.open) throw error
    for (const result of results) {
      imports.discardFile(job.id, result.index)
      result.counts = emptyCounts()
      result.activities = []
      result.state = 'failed'
      result.message = unexpected(error, deps, result.name)
    }
  }
}

function noRunNote(result: FileResult): string {
  if (result.counts.errors > 0) return 'No run in this file could be read; see the reasons below.'
  return 'There is no run in this file.'
}

function unexpected(error: unknown, deps: RunnerDeps, name: string): string {
  deps.log(`import of ${name} failed`, error)
  return 'This file could not be read. Nothing from it was saved.'
}
