import type * as z from 'zod'

// Messages a coach can act on, used for every parse in main and in the forms. Schema-level messages
// (for example "Name is required") take precedence over these.
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This field is required'
      if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a number'
      if (issue.expected === 'string') return 'Enter text'
      if (issue.expected === 'boolean') return 'Choose yes or no'
      return `Expected ${issue.expected}`
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'This field is required' : `At least ${String(issue.minimum)} characters`
      if (issue.origin === 'array') return `Pick at least ${String(issue.minimum)}`
      return `Must be at least ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `At most ${String(issue.maximum)} characters`
      if (issue.origin === 'array') return `At most ${String(issue.maximum)} items`
      return `Must be at most ${String(issue.maximum)}`
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys':
      return `Unknown field: ${issue.keys.join(', ')}`
    case 'invalid_format':
      if (issue.format === 'date') return 'Use a date like 2026-03-31'
      if (issue.format === 'time') return 'Use a time like 07:30'
      return 'This value is not in the expected format'
    default:
      return undefined
  }
}

export interface FieldErrors {
  [field: string]: string
}

export type Validated<T> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors; first: { field: string; message: string } }

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return issue.keys[0] ?? ''
  return issue.path.map(String).join('.')
}

// Parses with the friendly messages and keeps the first message per field, so a form can show one
// clear line under each field.
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(value, { error: friendlyError })
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue)
    errors[field] ??= issue.message
  }
  const firstIssue = parsed.error.issues[0]
  const first = firstIssue
    ? { field: fieldOf(firstIssue), message: firstIssue.message }
    : { field: '', message: 'Invalid input' }
  return { ok: false, errors, first }
}
