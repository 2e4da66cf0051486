// The demo club a coach can load into an empty Backstride to look around before entering real runners.
import type { Repositories } from '../../db/repositories'
import type { DemoStatus, DemoSummary } from '#shared/types'
import { AppError } from '../errors'
import { localIsoDate } from './dates'
import { generateClub } from './generate'
import { writeClub } from './write'

export const DEMO_ATHLETES = 12
/** about six months, enough for load trends and a few pain episodes */
export const DEMO_DAYS = 182
export const DEMO_SEED = 20_240_611

export function demoService(repos: Repositories) {
  const { db, athletes } = repos

  // One transaction around the check and the writes: the demo is loaded completely or not at all.
  const create = db.transaction((): DemoSummary => {
    if (athletes.count() > 0) {
      throw new AppError(
        'conflict',
        'The demo club can only be loaded into an empty database, and this one already has athletes. Nothing was changed.',
      )
    }
    // The only place "today" enters the seeder: the demo history ends on the coach's current local date.
    const club = generateClub({
      athletes: DEMO_ATHLETES,
      days: DEMO_DAYS,
      endDate: localIsoDate(new Date()),
      seed: DEMO_SEED,
    })
    return writeClub(repos, club)
  })

  return {
    status: (): DemoStatus => ({ empty: athletes.count() === 0 }),
    create: (): DemoSummary => create(),
  }
}
