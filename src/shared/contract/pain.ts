// Pain reports with their red-flag checklist.
import { byAthlete, byId } from '../schemas/common'
import { painCreate, painUpdate } from '../schemas/pain'
import type { Deleted, PainReport } from '../types'
import { method } from './method'

export const painContract = {
  'pain.list': method(byAthlete).returns<PainReport[]>(),
  'pain.report': method(painCreate).returns<PainReport>().writes('pain'),
  'pain.update': method(painUpdate).returns<PainReport>().writes('pain'),
  'pain.delete': method(byId).returns<Deleted>().writes('pain'),
  'pain.restore': method(byId).returns<PainReport>().writes('pain'),
} as const
