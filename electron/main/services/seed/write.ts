// Writes a generated club through the ordinary repositories, one transaction per athlete: a few
// hundred commits instead of one per row keeps 200 athletes x 3 years to a few seconds.
import type { Repositories } from '../../db/repositories'
import type { RunOrigin } from '../../db/repositories/runs'
import type { DemoSummary } from '#shared/types'
import type { SeedAthlete, SeedClub } from './types'

const DEMO_ORIGIN: RunOrigin = { source: 'demo', sourceFile: null, fingerprint: null }

export function writeClub(repos: Repositories, club: SeedClub): DemoSummary {
  const { db, athletes, groups, shoes, runs, pain, assessments, sessions } = repos

  // Nested inside a caller's transaction this becomes a savepoint, so the demo can stay all-or-nothing.
  const writeAthlete = db.transaction((athlete: SeedAthlete) => {
    const athleteId = athletes.insert(athlete.fields)
    groups.setForAthlete(athleteId, athlete.fields.groups)
    const shoeIds = athlete.shoes.map((shoe) => shoes.insert({ ...shoe, athleteId }))
    const runIds = athlete.runs.map((run) =>
      runs.insert(
        { ...run.fields, athleteId, shoeId: run.shoe === null ? null : (shoeIds[run.shoe] ?? null) },
        DEMO_ORIGIN,
      ),
    )
    for (const report of athlete.pain) {
      pain.insert({
        ...report.fields,
        athleteId,
        runId: report.runKey === null ? null : (runIds[report.runKey] ?? null),
      })
    }
    for (const assessment of athlete.assessments) assessments.insert({ ...assessment, athleteId })
    for (const session of athlete.sessions) sessions.insert({ ...session, athleteId })
  })

  const summary: DemoSummary = { athletes: 0, runs: 0, painReports: 0 }
  for (const athlete of club.athletes) {
    writeAthlete(athlete)
    summary.athletes++
    summary.runs += athlete.runs.length
    summary.painReports += athlete.pain.length
  }
  return summary
}
