export interface Option {
  value: string
  label: string
}

/** Select options from an enum list and its coach-facing labels. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }))
}
