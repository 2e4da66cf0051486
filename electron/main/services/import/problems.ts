// Why a whole file was refused. The message is shown to the coach as is, next to the file's name.
export class FileProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileProblem'
  }
}

/** Thrown between chunks when the coach pressed Cancel; the file in hand is rolled back. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled')
    this.name = 'Cancelled'
  }
}
