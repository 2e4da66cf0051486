// The coach's settings and the demo club.
import { empty } from '../schemas/common'
import { settingsUpdate } from '../schemas/settings'
import type { DemoStatus, DemoSummary, Settings } from '../types'
import { method } from './method'

export const settingsContract = {
  'settings.get': method(empty).returns<Settings>(),
  'settings.update': method(settingsUpdate).returns<Settings>(),

  'demo.status': method(empty).returns<DemoStatus>(),
  'demo.create': method(empty).returns<DemoSummary>(),
} as const
