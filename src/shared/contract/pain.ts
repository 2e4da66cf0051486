// Pain reports with their red-flag checklist.
import { byAthlete, byId } from '../schemas/common'
import { painCreate, painUpdate } from '../schemas/pain'
import type { Deleted, PainReport } from '../types'
import { method } from './method'

export const painContract = {
  'pain.list': method(byAthlete).returns<PainReport[]>(),
  'pain.report': method(painCreate).returns<PainReport>(),
  'pain.update': method(painUpdate).returns<PainReport>(),
  'pain.delete': method(byId).returns<Deleted>(),
  'pain.restore': method(byId).returns<PainReport>(),
} as const
