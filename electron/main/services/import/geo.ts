// Figures computed from track points when a file gives no summary (GPX always, TCX sometimes).

const EARTH_RADIUS_M = 6_371_008.8
const RAD = Math.PI / 180

/** Great-circle distance in metres between two points in degrees (haversine). */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD
  const dLon = (lon2 - lon1) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Total climb with a dead band: GPS and barometric altitudes jitter by a metre or two, and summing every
 * small rise would count that noise as climbing. A climb counts once the altitude has risen this much
 * above the lowest point since the last counted climb.
 */
export const CLIMB_DEAD_BAND_M = 3

export function elevationGain(altitudes: Iterable<number>): number | null {
  let gain = 0
  let low: number | null = null
  let high: number | null = null
  let seen = false
  for (const altitude of altitudes) {
    if (!Number.isFinite(altitude)) continue
    seen = true
    if (low === null || high === null) {
      low = high = altitude
      continue
    }
    if (altitude > high) high = altitude
    if (altitude < high - CLIMB_DEAD_BAND_M) {
      // The climb from `low` to `high` is over: count it when it was more than noise.
      if (high - low >= CLIMB_DEAD_BAND_M) gain += high - low
      low = high = altitude
    } else if (altitude < low) {
      low = high = altitude
    }
  }
  if (low !== null && high !== null && high - low >= CLIMB_DEAD_BAND_M) gain += high - low
  return seen ? gain : null
}

/**
 * Steps per minute from a file's cadence figure. Watches store running cadence per leg (strides per
 * minute: FIT always, and GPX/TCX exports as written by Garmin and Strava), so the figure is doubled;
 * a figure that would come out above any human cadence was already in steps and is kept.
 */
export function stepsPerMinute(cadence: number | null): number | null {
  if (cadence === null || !Number.isFinite(cadence) || cadence <= 0) return null
  const steps = cadence <= 130 ? cadence * 2 : cadence
  return Math.round(steps * 10) / 10
}

/** Mean of the cadence samples taken while moving (0 means standing still). */
export function meanCadence(samples: number[]): number | null {
  const moving = samples.filter((v) => Number.isFinite(v) && v > 0)
  if (moving.length === 0) return null
  return moving.reduce((sum, v) => sum + v, 0) / moving.length
}
