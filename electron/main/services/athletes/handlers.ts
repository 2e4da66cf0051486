// athletes.* and groups.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function athleteHandlers({
  services: { athletes },
  repos,
}: HandlerContext): DomainHandlers<'athletes' | 'groups'> {
  return {
    'athletes.list': ({ includeArchived }) => athletes.list(includeArchived),
    'athletes.get': ({ id }) => athletes.get(id),
    'athletes.create': (fields) => athletes.create(fields),
    'athletes.update': ({ id, ...fields }) => athletes.update(id, fields),
    'athletes.archive': ({ id }) => athletes.archive(id),
    'athletes.restore': ({ id }) => athletes.restore(id),

    'groups.list': () => repos.groups.list(),
  }
}
