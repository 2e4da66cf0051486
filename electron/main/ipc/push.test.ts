// Main's half of the pushed events: every window showing our page gets each event on the one event
// channel, in order; a window showing anything else, or one already destroyed, gets nothing.
import { describe, expect, it } from 'vitest'
import { EVENT_CHANNEL } from '#shared/api'
import type { ServerEvent } from '#shared/serverEvents'
import { forwardEvents, type PushTarget } from './push'

const APP = 'backstride://app/index.html'

function contents(url: string, destroyed = false) {
  const sent: unknown[][] = []
  const target: PushTarget = { isDestroyed: () => destroyed, getURL: () => url, send: (...args) => sent.push(args) }
  return { target, sent }
}

const event = (done: number): ServerEvent => ({
  name: 'print.progress',
  payload: { jobId: 3, running: true, done, total: 30, stage: 'preparing' },
})

describe('forwarding the back end’s events to the windows', () => {
  it('sends each event, in order, to every window of the app, and to no other page', () => {
    const main = contents(`${APP}#/import`)
    const printWindow = contents(`${APP}#/print/group/2?paper=a4`)
    const stranger = contents('https://example.com/')
    const gone = contents(APP, true)
    const forward = forwardEvents(
      () => [main.target, printWindow.target, stranger.target, gone.target],
      () => APP,
    )
    forward(event(1))
    forward(event(2))
    expect(main.sent).toEqual([
      [EVENT_CHANNEL, event(1)],
      [EVENT_CHANNEL, event(2)],
    ])
    expect(printWindow.sent).toHaveLength(2)
    expect(stranger.sent).toEqual([])
    expect(gone.sent).toEqual([])
  })
})
