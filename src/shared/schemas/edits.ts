import * as z from 'zod'
import { RECORD_TYPES } from '../edits'
import { id } from './common'

export const editsInput = z.strictObject({ recordType: z.enum(RECORD_TYPES), recordId: id })
