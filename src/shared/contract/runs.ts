// Runs, typed in or imported.
import { byAthlete, byId } from '../schemas/common'
import { runCreate, runUpdate } from '../schemas/run'
import type { Deleted, Run } from '../types'
import { method } from './method'

export const runsContract = {
  'runs.list': method(byAthlete).returns<Run[]>(),
  'runs.create': method(runCreate).returns<Run>().writes('runs'),
  'runs.update': method(runUpdate).returns<Run>().writes('runs'),
  'runs.delete': method(byId).returns<Deleted>().writes('runs'),
  'runs.restore': method(byId).returns<Run>().writes('runs'),
} as const
