// The coach's settings and the demo club.
import { empty } from '../schemas/common'
import { coachProfileUpdate, settingsUpdate } from '../schemas/settings'
import type { DemoStatus, DemoSummary, Settings } from '../types'
import { method } from './method'

export const settingsContract = {
  'settings.get': method(empty).returns<Settings>(),
  'settings.update': method(settingsUpdate).returns<Settings>(),
  /** the coach profile printed in every sheet's safety box */
  'settings.coach': method(coachProfileUpdate).returns<Settings>(),

  'demo.status': method(empty).returns<DemoStatus>(),
  'demo.create': method(empty).returns<DemoSummary>(),
} as const
