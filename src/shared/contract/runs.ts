// Runs, typed in or imported.
import { byAthlete, byId } from '../schemas/common'
import { runCreate, runUpdate } from '../schemas/run'
import type { Deleted, Run } from '../types'
import { method } from './method'

export const runsContract = {
  'runs.list': method(byAthlete).returns<Run[]>(),
  'runs.create': method(runCreate).returns<Run>(),
  'runs.update': method(runUpdate).returns<Run>(),
  'runs.delete': method(byId).returns<Deleted>(),
  'runs.restore': method(byId).returns<Run>(),
} as const
