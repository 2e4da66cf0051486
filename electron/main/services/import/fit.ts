// FIT files (Garmin, Suunto, Coros, Wahoo…) through Garmin's own SDK. The SDK's decoder checks the file's
// CRC (which covers the header too) as it reads and stops at the end of a cut-off file, so a file cut off
// while copying from the watch is refused rather than imported with made-up totals; only then is the
// separate integrity check run, to word the refusal. Only the summary messages are used, so the decoder
// skips expanding the per-second records' components and sub-fields (most of its work otherwise).
import { Decoder, Stream } from '@garmin/fitsdk'
import { onClock } from '#shared/clock'
import { blankActivity, classify, type Activity } from './activity'
import { FileProblem } from './problems'

/** Seconds between 1970-01-01 and the FIT epoch, 1989-12-31 00:00 UTC. */
const FIT_EPOCH_S = 631_065_600

const NO_OFFSET =
  'The watch did not record its time zone, so the start is shown on this computer’s clock at that moment.'

interface SessionMesg {
  sport?: string | number
  subSport?: string | number
  startTime?: Date
  totalTimerTime?: number
  totalElapsedTime?: number
  totalDistance?: number
  avgCadence?: number
  avgFractionalCadence?: number
  totalAscent?: number
}

interface ActivityMesg {
  timestamp?: Date
  localTimestamp?: number
}

export function parseFit(bytes: Uint8Array): Activity[] {
  if (bytes.length === 0) throw new FileProblem('The file is empty.')
  const stream = Stream.fromByteArray(bytes)
  if (!Decoder.isFIT(stream)) throw new FileProblem('This is not a FIT file: its header does not say “.FIT”.')
  const decoder = new Decoder(stream)
  const { messages, errors } = decoder.read({
    mergeHeartRates: false,
    includeUnknownData: false,
    expandComponents: false,
    expandSubFields: false,
  })
  const firstError = errors[0]
  if (firstError) {
    if (!new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()) {
      throw new FileProblem(
        'This FIT file is damaged or incomplete: its size or checksum does not match its content. ' +
          'It may have been cut off while copying; copy it from the watch again.',
      )
    }
    throw new FileProblem(fitProblem(firstError, bytes.length))
  }
  const sessions = (messages.sessionMesgs ?? []) as SessionMesg[]
  if (sessions.length === 0) {
    throw new FileProblem('This FIT file holds no activity summary (no session), so there is nothing to import.')
  }
  const offset = deviceOffset((messages.activityMesgs ?? []) as ActivityMesg[])
  return sessions.map((session) => fromSession(session, offset))
}

/** The decoder's error ("FIT Runtime Error at byte 23 …") as a coach reads it: how far the file made sense. */
function fitProblem(error: Error, size: number): string {
  const at = /at byte (\d+)/.exec(error.message)?.[1]
  const where =
    at === undefined
      ? 'Backstride could not make sense of its records'
      : `its records stop making sense at byte ${Number(at).toLocaleString('en-GB')} of ${size.toLocaleString('en-GB')}`
  return `This FIT file is damaged: ${where}, so it cannot be read. Copy it from the watch again.`
}

/** The device's UTC offset in seconds, from the activity's local timestamp; null when absent or odd. */
function deviceOffset(activities: ActivityMesg[]): number | null {
  const activity = activities[0]
  if (!activity?.timestamp || typeof activity.localTimestamp !== 'number') return null
  const utc = activity.timestamp.getTime() / 1000 - FIT_EPOCH_S
  // Time zones are whole quarter hours; anything else is a clock that was not set.
  const offset = Math.round((activity.localTimestamp - utc) / 900) * 900
  return Math.abs(offset) <= 14 * 3600 ? offset : null
}

function fromSession(session: SessionMesg, offset: number | null): Activity {
  const sport = [session.sport, session.subSport]
    .filter((part) => part !== undefined && part !== 'generic')
    .map(String)
    .join(' ')
  const startMs = session.startTime instanceof Date ? session.startTime.getTime() : null
  const timer = positive(session.totalTimerTime)
  const elapsed = positive(session.totalElapsedTime)
  const contradicts = timer !== null && elapsed !== null && timer > elapsed + 60
  const strides = (session.avgCadence ?? 0) + (session.avgFractionalCadence ?? 0)
  const activity: Activity = {
    ...blankActivity(),
    sport: sport || String(session.sport ?? ''),
    startMs,
    // The watch's own clock when it recorded its offset; otherwise toRun places the run on this
    // computer's clock, and the preview says so.
    offsetMin: offset === null ? null : offset / 60,
    local: startMs !== null && offset !== null ? onClock(startMs, offset / 60) : null,
    clockNote: startMs !== null && offset === null ? NO_OFFSET : null,
    // The time the watch was running (pauses excluded), as a coach reads "duration" on the watch; when
    // that is impossible (longer than the whole activity) the elapsed time, so the pace check stays sane.
    durationSec: contradicts ? elapsed : (timer ?? elapsed),
    distanceM: positive(session.totalDistance),
    // FIT keeps running cadence in strides per minute: steps = (cadence + fractional cadence) × 2.
    cadenceSpm: strides > 0 ? Math.round(strides * 2 * 10) / 10 : null,
    elevationGainM: session.totalAscent ?? null,
  }
  if (startMs === null) activity.problem = 'The file does not say when this activity started.'
  else if (contradicts) {
    activity.problem =
      'The times in this file contradict each other: the watch ran longer than the activity lasted ' +
      `(${String(Math.round((timer ?? 0) / 60))} min against ${String(Math.round((elapsed ?? 0) / 60))} min).`
  }
  return classify(activity)
}

function positive(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}
