// One clock for runs: each run keeps the instant it started (UTC) beside its own local day and time,
// and the offset between them when a file said what it was. Without an offset, the local day and time
// are this computer's clock at that instant (the rule the README states for GPX, TCX and FIT files that
// carry no offset, and for runs typed by hand).

const pad = (n: number) => String(n).padStart(2, '0')

/** 'YYYY-MM-DDTHH:MM:SSZ' for an instant in ms since 1970 (whole seconds). */
export function utcText(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/**
 * The instant a run started, from its local day, its local time and the offset of its clock; without an
 * offset, as this computer's clock reads that day and time. Null when the time of day is not known.
 */
export function instantOf(date: string, time: string | null, offsetMin: number | null): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = time === null ? null : /^(\d{2}):(\d{2})/.exec(time)
  if (!d || !t) return null
  const [y, mo, day, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number]
  const ms =
    offsetMin === null
      ? new Date(y, mo - 1, day, h, mi).getTime()
      : Date.UTC(y, mo - 1, day, h, mi) - offsetMin * 60_000
  return utcText(ms)
}

/** The local day and HH:MM of an instant on a clock `offsetMin` minutes east of UTC. */
export function onClock(ms: number, offsetMin: number): { date: string; time: string } {
  const iso = new Date(ms + offsetMin * 60_000).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/** This computer's offset from UTC at an instant, in minutes east (Paris in summer: 120). */
export function computerOffset(ms: number): number {
  return -new Date(ms).getTimezoneOffset()
}

/** The local day and HH:MM of an instant on this computer's clock. */
export function onComputerClock(ms: number): { date: string; time: string } {
  const at = new Date(ms)
  return {
    date: `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  }
}
