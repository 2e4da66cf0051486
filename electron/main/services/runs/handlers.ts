// runs.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function runHandlers({ services: { runs } }: HandlerContext): DomainHandlers<'runs'> {
  return {
    'runs.list': ({ athleteId }) => runs.list(athleteId),
    'runs.create': (fields) => runs.create(fields),
    'runs.update': ({ id, ...fields }) => runs.update(id, fields),
    'runs.delete': ({ id }) => runs.delete(id),
    'runs.restore': ({ id }) => runs.restore(id),
  }
}
