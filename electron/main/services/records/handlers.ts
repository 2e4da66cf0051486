// assessments.*, shoes.* and sessions.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function recordHandlers({
  services: { assessments, shoes, sessions },
}: HandlerContext): DomainHandlers<'assessments' | 'shoes' | 'sessions'> {
  return {
    'assessments.list': ({ athleteId }) => assessments.list(athleteId),
    'assessments.create': (fields) => assessments.create(fields),
    'assessments.update': ({ id, ...fields }) => assessments.update(id, fields),
    'assessments.delete': ({ id }) => assessments.delete(id),

    'shoes.list': ({ athleteId }) => shoes.list(athleteId),
    'shoes.create': (fields) => shoes.create(fields),
    'shoes.update': ({ id, ...fields }) => shoes.update(id, fields),
    'shoes.delete': ({ id }) => shoes.delete(id),

    'sessions.list': ({ athleteId }) => sessions.list(athleteId),
    'sessions.create': (fields) => sessions.create(fields),
    'sessions.delete': ({ id }) => sessions.delete(id),
  }
}
