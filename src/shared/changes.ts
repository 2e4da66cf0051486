// What each method of the contract changes, by domain: [] for a read. The renderer's api client announces
// `{ athleteId, domains }` after every successful write (src/api/events.ts), and each store reloads what
// it shows when a domain it depends on changed. Keyed by every method name, so a new method cannot be
// added to the contract without saying what it writes (a compile error otherwise).
import type { MethodName } from './contract'

export const DOMAINS = [
  'athletes',
  'runs',
  'pain',
  'assessments',
  'shoes',
  'sessions',
  'settings',
  'guidance',
  'programs',
  'exercises',
  'backups',
] as const
export type Domain = (typeof DOMAINS)[number]

/** Everything: a restore or the demo club replaces the whole database. */
const ALL: readonly Domain[] = DOMAINS

export const CHANGES = {
  'athletes.list': [],
  'athletes.get': [],
  'athletes.create': ['athletes'],
  'athletes.update': ['athletes'],
  'athletes.archive': ['athletes'],
  'athletes.restore': ['athletes'],
  'groups.list': [],
  'runs.list': [],
  'runs.create': ['runs'],
  'runs.update': ['runs'],
  'runs.delete': ['runs'],
  'runs.restore': ['runs'],
  'pain.list': [],
  'pain.report': ['pain'],
  'pain.update': ['pain'],
  'pain.delete': ['pain'],
  'pain.restore': ['pain'],
  'assessments.list': [],
  'assessments.create': ['assessments'],
  'assessments.update': ['assessments'],
  'assessments.delete': ['assessments'],
  'shoes.list': [],
  'shoes.create': ['shoes'],
  'shoes.update': ['shoes'],
  'shoes.delete': ['shoes'],
  'sessions.list': [],
  'sessions.create': ['sessions'],
  'sessions.delete': ['sessions'],
  'settings.get': [],
  'settings.update': ['settings'],
  'analytics.athlete': [],
  'analytics.team': [],
  'guidance.alerts': [],
  'guidance.inbox': [],
  'guidance.badges': [],
  'guidance.trafficLight': [],
  'guidance.acknowledge': ['guidance'],
  'guidance.snooze': ['guidance'],
  'guidance.acknowledgements': [],
  'guidance.unacknowledge': ['guidance'],
  'episodes.list': [],
  'episodes.close': ['guidance'],
  'episodes.closures': [],
  'episodes.reopen': ['guidance'],
  'episodes.review': [],
  'demo.status': [],
  'demo.create': ALL,
  'exercises.list': [],
  'exercises.create': ['exercises'],
  'exercises.update': ['exercises'],
  'exercises.restoreDefaults': ['exercises'],
  'exercises.delete': ['exercises'],
  'programs.templates': [],
  'programs.list': [],
  'programs.get': [],
  'programs.create': ['programs'],
  'programs.propose': ['programs'],
  'programs.update': ['programs'],
  'programs.delete': ['programs'],
  'programs.sheet': [],
  'programs.groupSheets': [],
  // a ticked strength session counts as a session done (the strength rule reads it)
  'programs.tick': ['programs', 'sessions'],
  'programs.adherence': [],
  'print.programPdf': [],
  'print.groupPdf': [],
  'print.progress': [],
  'files.choose': [],
  'import.scan': [],
  'import.columns': [],
  'import.preview': [],
  // The runs are written by the job after this answers: the import store announces them when it ends.
  'import.start': [],
  'import.status': [],
  'import.cancel': [],
  'import.unrated': [],
  'export.csv': [],
  'export.json': [],
  'backups.list': [],
  'backups.create': ['backups'],
  'backups.restore': ALL,
} as const satisfies Record<MethodName, readonly Domain[]>

/** The domains a method changes ([] for a read). */
export function changesOf(method: MethodName): readonly Domain[] | undefined {
  return CHANGES[method]
}
