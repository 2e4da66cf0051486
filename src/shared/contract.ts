// The one list of everything the renderer may ask of main. Each method is declared once with the
// schema of its payload and the type of its answer; main's dispatcher, the preload and the renderer's
// client are all derived from this table, so a typo is a compile error.
import type * as z from 'zod'
import type { Result } from './result'
import type { AthleteLoad, TeamOverview } from './analytics'
import type { Alert, AlertAcknowledgement, EpisodeClosure, EpisodeReview, PainEpisode, TrafficLight } from './guidance'
import {
  acknowledgeInput,
  acknowledgeManyInput,
  alertsInput,
  athleteOnDayInput,
  closeEpisodeInput,
  episodeReviewInput,
  onDayInput,
  snoozeInput,
  unacknowledgeManyInput,
} from './schemas/guidance'
import { athleteLoadInput, teamInput } from './schemas/analytics'
import { assessmentCreate, assessmentUpdate } from './schemas/assessment'
import { athleteCreate, athleteList, athleteUpdate } from './schemas/athlete'
import { byAthlete, byId, empty } from './schemas/common'
import { painCreate, painUpdate } from './schemas/pain'
import { runCreate, runUpdate } from './schemas/run'
import { sessionCreate } from './schemas/session'
import { settingsUpdate } from './schemas/settings'
import { shoeCreate, shoeUpdate } from './schemas/shoe'
// exercise library, programs, printing
import {
  byGroup,
  byProgram,
  exerciseCreate,
  exerciseUpdate,
  groupPdfInput,
  programCreate,
  programPdfInput,
  programPropose,
  programUpdate,
  tickInput,
} from './schemas/program'
import type {
  Exercise,
  GroupSheets,
  PdfResult,
  PrintProgress,
  Program,
  ProgramAdherence,
  ProgramSheet,
  ProgramSummary,
  ProgramTemplate,
} from './programs'
// import, export and backups
import {
  csvColumnsInput,
  exportInput,
  fileChoice,
  importRequest,
  importScan,
  jobRef,
  jobStatusInput,
  restoreInput,
} from './schemas/transfer'
import type {
  BackupInfo,
  BackupList,
  ChosenFiles,
  CsvColumns,
  ExportResult,
  ImportJobRef,
  ImportJobStatus,
  ImportScan,
  RestoreResult,
} from './transfer'
import type {
  Assessment,
  Athlete,
  AthleteSummary,
  Deleted,
  DemoStatus,
  DemoSummary,
  Group,
  PainReport,
  Run,
  Settings,
  Shoe,
  StrengthSession,
} from './types'

interface MethodSpec<I extends z.ZodType, O> {
  input: I
  /** type-only marker for the answer; never read at run time */
  output: O
}

function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): MethodSpec<I, O> => ({ input, output: undefined as O }) }
}

export const contract = {
  'athletes.list': method(athleteList).returns<AthleteSummary[]>(),
  'athletes.get': method(byId).returns<Athlete>(),
  'athletes.create': method(athleteCreate).returns<Athlete>(),
  'athletes.update': method(athleteUpdate).returns<Athlete>(),
  'athletes.archive': method(byId).returns<Athlete>(),
  'athletes.restore': method(byId).returns<Athlete>(),

  'groups.list': method(empty).returns<Group[]>(),

  'runs.list': method(byAthlete).returns<Run[]>(),
  'runs.create': method(runCreate).returns<Run>(),
  'runs.update': method(runUpdate).returns<Run>(),
  'runs.delete': method(byId).returns<Deleted>(),
  'runs.restore': method(byId).returns<Run>(),

  'pain.list': method(byAthlete).returns<PainReport[]>(),
  'pain.report': method(painCreate).returns<PainReport>(),
  'pain.update': method(painUpdate).returns<PainReport>(),
  'pain.delete': method(byId).returns<Deleted>(),
  'pain.restore': method(byId).returns<PainReport>(),

  'assessments.list': method(byAthlete).returns<Assessment[]>(),
  'assessments.create': method(assessmentCreate).returns<Assessment>(),
  'assessments.update': method(assessmentUpdate).returns<Assessment>(),
  'assessments.delete': method(byId).returns<Deleted>(),

  'shoes.list': method(byAthlete).returns<Shoe[]>(),
  'shoes.create': method(shoeCreate).returns<Shoe>(),
  'shoes.update': method(shoeUpdate).returns<Shoe>(),
  'shoes.delete': method(byId).returns<Deleted>(),

  'sessions.list': method(byAthlete).returns<StrengthSession[]>(),
  'sessions.create': method(sessionCreate).returns<StrengthSession>(),
  'sessions.delete': method(byId).returns<Deleted>(),

  'settings.get': method(empty).returns<Settings>(),
  'settings.update': method(settingsUpdate).returns<Settings>(),

  'analytics.athlete': method(athleteLoadInput).returns<AthleteLoad>(),
  'analytics.team': method(teamInput).returns<TeamOverview>(),

  // Guidance: rules read the athlete's data; nothing here diagnoses (see electron/main/services/guidance).
  'guidance.alerts': method(alertsInput).returns<Alert[]>(),
  'guidance.inbox': method(onDayInput).returns<Alert[]>(),
  /** each active athlete's most urgent alert (their status badge), null when none; keyed by athlete id */
  'guidance.badges': method(onDayInput).returns<Record<number, Alert | null>>(),
  'guidance.trafficLight': method(athleteOnDayInput).returns<TrafficLight>(),
  'guidance.acknowledge': method(acknowledgeInput).returns<AlertAcknowledgement>(),
  'guidance.snooze': method(snoozeInput).returns<AlertAcknowledgement>(),
  'guidance.acknowledgements': method(byAthlete).returns<AlertAcknowledgement[]>(),
  'guidance.unacknowledge': method(byId).returns<Deleted>(),
  'guidance.acknowledgeMany': method(acknowledgeManyInput).returns<AlertAcknowledgement[]>(),
  'guidance.unacknowledgeMany': method(unacknowledgeManyInput).returns<Deleted[]>(),
  'episodes.list': method(athleteOnDayInput).returns<PainEpisode[]>(),
  'episodes.close': method(closeEpisodeInput).returns<EpisodeClosure>(),
  'episodes.closures': method(byAthlete).returns<EpisodeClosure[]>(),
  'episodes.reopen': method(byId).returns<Deleted>(),
  'episodes.review': method(episodeReviewInput).returns<EpisodeReview>(),

  'demo.status': method(empty).returns<DemoStatus>(),
  'demo.create': method(empty).returns<DemoSummary>(),

  // --- Exercise library, programs, printed sheets and adherence (services/exercises, services/programs) ---
  'exercises.list': method(empty).returns<Exercise[]>(),
  'exercises.create': method(exerciseCreate).returns<Exercise>(),
  'exercises.update': method(exerciseUpdate).returns<Exercise>(),
  'exercises.restoreDefaults': method(byId).returns<Exercise>(),
  'exercises.delete': method(byId).returns<Deleted>(),
  'programs.templates': method(empty).returns<ProgramTemplate[]>(),
  'programs.list': method(byAthlete).returns<ProgramSummary[]>(),
  'programs.get': method(byId).returns<Program>(),
  'programs.create': method(programCreate).returns<Program>(),
  'programs.propose': method(programPropose).returns<Program>(),
  'programs.update': method(programUpdate).returns<Program>(),
  'programs.delete': method(byId).returns<Deleted>(),
  'programs.sheet': method(byProgram).returns<ProgramSheet>(),
  'programs.groupSheets': method(byGroup).returns<GroupSheets>(),
  'programs.tick': method(tickInput).returns<ProgramAdherence>(),
  'programs.adherence': method(byAthlete).returns<ProgramAdherence[]>(),
  'print.programPdf': method(programPdfInput).returns<PdfResult>(),
  'print.groupPdf': method(groupPdfInput).returns<PdfResult>(),
  'print.progress': method(empty).returns<PrintProgress>(),
  // --- end of exercise library, programs and printing ---

  // --- Import of watch files and CSV, export, backups (services/import, services/export, services/backup) ---
  'files.choose': method(fileChoice).returns<ChosenFiles>(),
  'import.scan': method(importScan).returns<ImportScan>(),
  'import.columns': method(csvColumnsInput).returns<CsvColumns>(),
  'import.preview': method(importRequest).returns<ImportJobRef>(),
  'import.start': method(importRequest).returns<ImportJobRef>(),
  'import.status': method(jobStatusInput).returns<ImportJobStatus>(),
  'import.cancel': method(jobRef).returns<ImportJobStatus>(),
  'import.unrated': method(jobRef).returns<Run[]>(),
  'export.csv': method(exportInput).returns<ExportResult>(),
  'export.json': method(exportInput).returns<ExportResult>(),
  'backups.list': method(empty).returns<BackupList>(),
  'backups.create': method(empty).returns<BackupInfo>(),
  'backups.restore': method(restoreInput).returns<RestoreResult>(),
  // --- end of import, export and backups ---
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type MethodParsed<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = Contract[M]['output']

export const METHOD_NAMES = Object.keys(contract) as MethodName[]

/** The single IPC channel every call goes through; the method name travels as the first argument. */
export const IPC_CHANNEL = 'backstride:call'

type DomainOf<M> = M extends `${infer D}.${string}` ? D : never
type VerbOf<M, D extends string> = M extends `${D}.${infer V}` ? V : never

/** window.api: one object per domain, one function per method. */
export type BackstrideApi = {
  [D in DomainOf<MethodName>]: {
    [M in MethodName as VerbOf<M, D>]: (
      ...args: Record<string, never> extends MethodInput<M> ? [payload?: MethodInput<M>] : [payload: MethodInput<M>]
    ) => Promise<Result<MethodOutput<M>>>
  }
}

export type Call = (method: string, payload: unknown) => Promise<Result<unknown>>

/**
 * Builds the api object from a transport; used by the preload and by the e2e browser bridge. It
 * refers to nothing outside its own body, so the e2e harness can ship its source into a page as is.
 */
export function buildApi(names: readonly string[], call: Call): BackstrideApi {
  const api: Record<string, Record<string, (payload?: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of names) {
    const [domain = '', verb = ''] = name.split('.')
    const group = (api[domain] ??= {})
    group[verb] = (payload?: unknown) => call(name, payload ?? {})
  }
  return api as unknown as BackstrideApi
}
