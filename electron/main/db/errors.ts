// Errors the data layer raises on purpose, each with a message written for the coach.

export class DatabaseInUseError extends Error {
  constructor(file: string) {
    super(
      `The Backstride data in ${file} is already open in another Backstride window or program. ` +
        'Close it there, then start Backstride again.',
    )
    this.name = 'DatabaseInUseError'
  }
}

export class DatabaseTooNewError extends Error {
  constructor(found: number, supported: number) {
    super(
      `This data was saved by a newer version of Backstride (schema ${String(found)}; this version knows ` +
        `up to ${String(supported)}). Install the newer version to open it; nothing was changed.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

export class MigrationError extends Error {
  constructor(version: number, cause: unknown) {
    super(
      `Updating the data to schema ${String(version)} failed, so it was left exactly as it was. ` +
        `(${cause instanceof Error ? cause.message : String(cause)})`,
    )
    this.name = 'MigrationError'
  }
}
