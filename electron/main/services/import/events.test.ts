// The import job tells the window how it stands by pushed events, not by being asked: through the back
// end's protocol (its in-process twin, the same messages as the worker), each event carries the job's
// figures and the file results finished since the one before, in order, ending with one final event.
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportProgressEvent, ServerEvent } from '#shared/serverEvents'
import type { ImportJobStatus } from '#shared/transfer'
import { cleanup, migrationsDir, tempDir } from '../../../../test/support'
import { fitFile, gpxFile, stravaCsv, write } from '../../../../test/import-files'
import { startBackendInProcess, type InProcessBackend } from '../../worker/in-process'

let connection: InProcessBackend | null = null

afterEach(async () => {
  await connection?.close()
  connection = null
  cleanup()
})

async function value<T>(answer: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>) {
  const result = await answer
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

/** Starts `mode` on the files and collects the job's events until its last one. */
async function follow(mode: 'import.preview' | 'import.start', files: { name: string; path: string }[]) {
  const backend = connection as InProcessBackend
  const athlete = await value<{ id: number }>(backend.call('athletes.create', { name: 'Ines R.' }))
  const heard: ServerEvent[] = []
  let ended: () => void = () => undefined
  const end = new Promise<void>((resolve) => (ended = resolve))
  const stop = backend.onEvent((event) => {
    heard.push(event)
    if (event.name === 'import.progress' && event.payload.state !== 'running') ended()
  })
  const grants = await Promise.all(
    files.map(async ({ name, path }) => ({ name, grant: (await backend.internal('grant', path))?.grant ?? '' })),
  )
  const { jobId } = await value<{ jobId: number }>(backend.call(mode, { athleteId: athlete.id, files: grants }))
  await end
  stop()
  const status = await value<ImportJobStatus>(backend.call('import.status', { jobId }))
  return { jobId, heard, status }
}

describe('an import job’s progress events', () => {
  it('come in order, from nothing done to one final “done” that matches the status, each result once', async () => {
    connection = await startBackendInProcess({ dataDir: tempDir(), migrationsDir, shell: false })
    const dir = tempDir()
    const rides = Array.from({ length: 4000 }, (_, i) => ({
      id: i,
      date: `Jan ${String((i % 28) + 1)}, ${String(1990 + Math.floor(i / 336))}, 7:00:00 AM`,
      name: 'Commute',
      type: 'Ride',
      elapsed: 1800,
      moving: 1700,
      metres: 9000,
    }))
    const files = [
      write(dir, 'tuesday.fit', fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })),
      write(dir, 'activities.csv', stravaCsv(rides)),
      write(dir, 'saturday.gpx', gpxFile({ start: '2026-03-14T08:00:00Z', durationSec: 5400, distanceM: 16000 })),
      write(dir, 'broken.fit', new Uint8Array([1, 2, 3])),
    ]
    const { jobId, heard, status } = await follow('import.start', files)
    expect(heard.every((e) => e.name === 'import.progress')).toBe(true)
    const events = heard.map((e) => e.payload as ImportProgressEvent)
    expect(events.every((e) => e.jobId === jobId && e.mode === 'import' && e.total === 4)).toBe(true)

    // The first says nothing is done yet; only the last is not running, and it says done.
    expect(events[0]).toMatchObject({ state: 'running', done: 0, from: 0, results: [] })
    expect(events.map((e) => e.state)).toEqual([...Array<string>(events.length - 1).fill('running'), 'done'])
    const last = events[events.length - 1] as ImportProgressEvent
    expect(last).toMatchObject({ done: 4, current: null, totals: status.totals, message: status.message })
    expect(last.bytesDone).toBe(last.bytesTotal)

    // Each event's results start where the previous ones ended: together, the status's results, once each.
    let held = 0
    for (const event of events) {
      expect(event.from).toBe(held)
      held += event.results.length
    }
    expect(events.flatMap((e) => e.results)).toEqual(status.results)
    expect(status.results.map((r) => [r.name, r.state])).toEqual([
      ['tuesday.fit', 'done'],
      ['activities.csv', 'done'],
      ['saturday.gpx', 'done'],
      ['broken.fit', 'failed'],
    ])

    // Files done and bytes read only go up.
    const rising = (pick: (e: ImportProgressEvent) => number) =>
      events.every((e, i) => i === 0 || pick(e) >= pick(events[i - 1] as ImportProgressEvent))
    expect(rising((e) => e.done)).toBe(true)
    expect(rising((e) => e.bytesDone)).toBe(true)
    expect(status.totals).toMatchObject({ runs: 2, skipped: 4000 })
  })
})
