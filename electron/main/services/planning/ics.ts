// The plan as an iCalendar file for the runner's phone: one event per planned session, plus the active
// program's strength days that the coach did not plan as sessions themselves. Written with the `ics`
// library; a session with a time is a timed event (its duration, or an hour), one without is all-day.
import { createEvents, type EventAttributes } from 'ics'
import { addDays } from '#shared/dates'
import type { Unit } from '#shared/enums'
import type { PlannedSession } from '#shared/planning'
import type { Program } from '#shared/programs'
import { sessionDetails, sessionTitle } from '#shared/planText'
import { planOf, sessionDate } from '../programs/adherence'
import { AppError } from '../errors'

type DateParts = [number, number, number]
const parts = (date: string): DateParts => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return [y, m, d]
}

function sessionEvent(s: PlannedSession, athlete: string, unit: Unit): EventAttributes {
  const common = {
    uid: `${s.uuid}@backstride`,
    title: `${sessionTitle(s, unit)} — ${athlete}`,
    description: sessionDetails(s, unit).join('\n'),
  }
  if (s.time === null) {
    return { ...common, start: parts(s.date), end: parts(addDays(s.date, 1)) }
  }
  const [h = 0, m = 0] = s.time.split(':').map(Number)
  return {
    ...common,
    start: [...parts(s.date), h, m],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: Math.max(1, Math.round(s.durationMin ?? 60)) },
  }
}

/** The program's strength days in [from, to], skipping days that already hold a planned strength session. */
function programStrengthEvents(
  program: Program,
  from: string,
  to: string,
  planned: readonly PlannedSession[],
  athlete: string,
): EventAttributes[] {
  const plan = planOf(program)
  const taken = new Set(planned.filter((s) => s.kind === 'strength').map((s) => s.date))
  const events: EventAttributes[] = []
  for (let week = 1; week <= program.weeks; week++) {
    for (const day of plan.strengthDays) {
      const date = sessionDate(program.startDate, week, day)
      if (date < from || date > to || taken.has(date)) continue
      events.push({
        uid: `program-${String(program.id)}-${date}@backstride`,
        title: `Strength (${program.title}) — ${athlete}`,
        description: 'Strength session of the program: 4–6 hours after the run on a run day.',
        start: parts(date),
        end: parts(addDays(date, 1)),
      })
    }
  }
  return events
}

export interface IcsInput {
  athlete: string
  unit: Unit
  from: string
  to: string
  sessions: readonly PlannedSession[]
  program: Program | undefined
}

export function planIcs(input: IcsInput): { text: string; events: number } {
  const events = [
    ...input.sessions.map((s) => sessionEvent(s, input.athlete, input.unit)),
    ...(input.program?.status === 'active'
      ? programStrengthEvents(input.program, input.from, input.to, input.sessions, input.athlete)
      : []),
  ]
  if (events.length === 0)
    throw new AppError('invalid', 'Nothing is planned in those dates, so there is no calendar to export.', 'from')
  const { error, value } = createEvents(events, {
    productId: 'backstride/plan',
    calName: `Backstride plan — ${input.athlete}`,
  })
  if (error !== null || value === null)
    throw new AppError('internal', `The calendar file could not be written: ${String(error)}`)
  return { text: value, events: events.length }
}
