// Every method's bad payloads, composed from the domain tables; keyed by MethodName, so a method without
// cases does not compile.
import type { MethodName } from '#shared/contract'
import type { World } from '../payloads'
import type { BadCase } from './case'
import { GUIDANCE_BAD } from './guidance'
import { PROGRAMS_BAD } from './programs'
import { RECORDS_BAD } from './records'
import { TRANSFER_BAD } from './transfer'

export { bad, type BadCase } from './case'

export const BAD: { [M in MethodName]: (world: World) => BadCase[] } = {
  ...RECORDS_BAD,
  ...GUIDANCE_BAD,
  ...TRANSFER_BAD,
  ...PROGRAMS_BAD,
}
