// settings.* and demo.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function settingsHandlers({
  services: { settings, demo },
}: HandlerContext): DomainHandlers<'settings' | 'demo'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'settings.coach': (profile) => settings.coach(profile),

    'demo.status': () => demo.status(),
    'demo.create': () => demo.create(),
  }
}
