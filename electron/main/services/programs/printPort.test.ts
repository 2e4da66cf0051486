import { describe, expect, it } from 'vitest'
import type { PrintProgressEvent, ServerEvent } from '#shared/serverEvents'
import { AppError } from '../errors'
import { createPrintPort, pdfFileName, withTimeout, type PdfJob } from './printPort'

const JOB: PdfJob = { route: '/print/program/1?paper=a4', paper: 'a4', suggestedName: 'x.pdf', total: 3 }

describe('the print port', () => {
  it('says plainly that PDFs need the desktop app when no adapter is registered', async () => {
    await expect(createPrintPort().savePdf(JOB)).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('passes the job to the adapter, shows its progress while it runs, and is idle after', async () => {
    const port = createPrintPort()
    const seen: unknown[] = []
    port.register({
      savePdf: (job, report) => {
        report({ done: 2, stage: 'preparing' })
        seen.push(port.progress())
        return Promise.resolve({ saved: true, path: `/tmp/${job.suggestedName}`, pages: 6 })
      },
    })
    await expect(port.savePdf(JOB)).resolves.toEqual({ saved: true, path: '/tmp/x.pdf', pages: 6 })
    expect(seen).toEqual([{ running: true, done: 2, total: 3, stage: 'preparing' }])
    expect(port.progress()).toMatchObject({ running: false, stage: 'idle' })
  })

  it('pushes each change of a job’s progress once, numbered by job, the last one before the answer', async () => {
    const heard: ServerEvent[] = []
    const port = createPrintPort((name, payload) => heard.push({ name, payload } as ServerEvent))
    let answered = -1
    port.register({
      savePdf: (_job, report) => {
        // The shell reports the same figures again and again while the page lays sheets out.
        for (const done of [0, 0, 1, 1, 3]) report({ done, stage: 'preparing' })
        report({ done: 3, stage: 'writing' })
        return Promise.resolve({ saved: true, path: '/tmp/x.pdf', pages: 9 })
      },
    })
    await port.savePdf(JOB).then(() => (answered = heard.length))
    await port.savePdf({ ...JOB, total: 1 })
    const ofJob = (jobId: number) => heard.map((e) => e.payload as PrintProgressEvent).filter((e) => e.jobId === jobId)
    expect(heard.every((e) => e.name === 'print.progress')).toBe(true)
    expect(ofJob(1)).toEqual([
      { jobId: 1, running: true, done: 0, total: 3, stage: 'preparing' },
      { jobId: 1, running: true, done: 1, total: 3, stage: 'preparing' },
      { jobId: 1, running: true, done: 3, total: 3, stage: 'preparing' },
      { jobId: 1, running: true, done: 3, total: 3, stage: 'writing' },
      { jobId: 1, running: false, done: 0, total: 0, stage: 'idle' },
    ])
    expect(answered).toBe(5)
    expect(ofJob(2).map((e) => [e.running, e.total])).toEqual([
      [true, 1],
      [true, 1],
      [true, 1],
      [true, 1],
      [false, 0],
    ])
  })

  it('runs one job at a time and recovers after a failure', async () => {
    const port = createPrintPort()
    let finish: () => void = () => undefined
    port.register({
      savePdf: () =>
        new Promise((_, reject) => {
          finish = () => reject(new Error('printer on fire'))
        }),
    })
    const first = port.savePdf(JOB)
    await expect(port.savePdf(JOB)).rejects.toMatchObject({ code: 'conflict' })
    finish()
    await expect(first).rejects.toThrow('printer on fire')
    expect(port.progress().running).toBe(false)
  })

  it('can be unregistered', async () => {
    const port = createPrintPort()
    const unregister = port.register({ savePdf: () => Promise.resolve({ saved: false, path: null, pages: null }) })
    unregister()
    await expect(port.savePdf(JOB)).rejects.toMatchObject({ code: 'unavailable' })
  })
})

describe('withTimeout', () => {
  it('gives up with the message when the work takes too long', async () => {
    const never = new Promise<never>(() => undefined)
    const error = await withTimeout(never, 10, 'The sheet took too long.').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ message: 'The sheet took too long.' })
  })

  it('passes the answer through when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'late')).resolves.toBe(7)
  })
})

describe('pdfFileName', () => {
  it('joins the parts and leaves out characters file systems refuse', () => {
    expect(pdfFileName('Zoë / "Ñ"', 'Core: week 1?')).toBe('Zoë Ñ – Core week 1.pdf')
    expect(pdfFileName('', '  ')).toBe('Program.pdf')
  })
})
