// Streams a CSV file of any size in bounded memory: the file is read in chunks, decoded as strict UTF-8
// (a file in another encoding is refused, never imported with garbled names), and cut into rows by
// papaparse's parser, which carries a row split across two chunks (quoted commas and line breaks
// included) over to the next one.
import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import { FileProblem } from '../problems'

export const CHUNK_BYTES = 256 * 1024
/** No sensible row is this long: an unclosed quote would otherwise swallow the whole file into memory. */
const MAX_ROW_CHARS = 1024 * 1024

export interface RowBatch {
  rows: string[][]
  /** bytes of the file read so far */
  bytesRead: number
}

type Decode = (bytes: Uint8Array, last: boolean) => string

function decoderFor(first: Uint8Array): { decode: Decode; skip: number } {
  const utf16 = first[0] === 0xff && first[1] === 0xfe
  const utf8Bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf
  const decoder = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true, ignoreBOM: true })
  let offset = 0
  return {
    skip: utf16 ? 2 : utf8Bom ? 3 : 0,
    decode: (bytes, last) => {
      try {
        const text = decoder.decode(bytes, { stream: !last })
        offset += bytes.length
        return text
      } catch {
        throw new FileProblem(
          `This CSV is not UTF-8 text (the first unreadable byte is near byte ${String(offset + 1)}), so names and ` +
            'dates would come out garbled. Save it again as “CSV UTF-8” in your spreadsheet and import that file.',
        )
      }
    },
  }
}

/** Rows of a CSV file, a chunk at a time. The caller awaits between batches, so others get a turn. */
export async function* csvRows(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<RowBatch> {
  let decode: Decode | null = null
  let parser: Papa.Parser | null = null
  let partial = ''
  let baseIndex = 0
  let bytesRead = 0
  let sawText = false

  const parse = (text: string, last: boolean): string[][] => {
    if (text.includes('\u0000')) throw new FileProblem('This is not a text file, so it is not a CSV.')
    if (!parser) {
      const sample = (partial + text).slice(0, 64 * 1024)
      const meta = Papa.parse<string[]>(sample, { preview: 20, delimitersToGuess: [',', ';', '\t', '|'] }).meta
      parser = new Papa.Parser({ delimiter: meta.delimiter, newline: meta.linebreak as '\n' | '\r\n' | '\r' })
    }
    const aggregate = partial + text
    const result = parser.parse(aggregate, baseIndex, !last) as { data: string[][]; meta: { cursor: number } }
    if (!last) {
      partial = aggregate.substring(result.meta.cursor - baseIndex)
      baseIndex = result.meta.cursor
      if (partial.length > MAX_ROW_CHARS) {
        throw new FileProblem(
          'This CSV has a row longer than a million characters: most likely a quote that is never closed.',
        )
      }
    }
    return result.data.filter((row) => !(row.length === 1 && row[0] === ''))
  }

  const stream = createReadStream(path, { highWaterMark: chunkBytes })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = chunk
      if (!decode) {
        const picked = decoderFor(bytes)
        decode = picked.decode
        bytes = bytes.subarray(picked.skip)
      }
      bytesRead += chunk.length
      const text = decode(bytes, false)
      if (text.trim() !== '') sawText = true
      // Hold text back until the parser is set up on a sample large enough to guess the delimiter.
      if (!parser && text.length > 0 && partial.length + text.length < 4096 && !text.includes('\n')) {
        partial += text
        continue
      }
      const rows = parse(text, false)
      if (rows.length > 0) yield { rows, bytesRead }
    }
    const tail = decode ? decode(new Uint8Array(), true) : ''
    if (!sawText && tail.trim() === '' && partial.trim() === '') throw new FileProblem('The file is empty.')
    const rows = parse(tail, true)
    yield { rows, bytesRead }
  } finally {
    stream.destroy()
  }
}
