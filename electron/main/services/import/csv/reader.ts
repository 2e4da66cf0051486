// Streams a CSV file of any size in bounded memory: the file is read in chunks, decoded as strict UTF-8
// (a file in another encoding is refused, never imported with garbled names), and cut into rows by
// papaparse's parser, which carries a row split across two chunks (quoted commas and line breaks
// included) over to the next one.
import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import { FileProblem } from '../problems'
import { firstInvalidUtf8, firstLoneSurrogate, incompleteTail } from './utf8'

export const CHUNK_BYTES = 256 * 1024
/** No sensible row is this long: an unclosed quote would otherwise swallow the whole file into memory. */
const MAX_ROW_CHARS = 1024 * 1024

export interface RowBatch {
  rows: string[][]
  /** bytes of the file read so far */
  bytesRead: number
}

type Decode = (bytes: Uint8Array, last: boolean) => string

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

function encodingOf(first: Uint8Array): { encoding: Encoding; skip: number } {
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', skip: 2 }
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', skip: 3 }
  return { encoding: 'utf-8', skip: 0 }
}

/** Bytes at the end of a chunk that the decoder holds back until the next one completes them. */
function heldBack(bytes: Uint8Array, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return incompleteTail(bytes)
  let n = bytes.length % 2
  const at = bytes.length - n - 2
  const unit =
    encoding === 'utf-16le'
      ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
      : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
  if (at >= 0 && unit >= 0xd800 && unit <= 0xdbff) n += 2
  return bytes.subarray(bytes.length - n)
}

/**
 * A streaming decoder for the file's encoding (UTF-8, or UTF-16 by its byte-order mark, as Excel's
 * "Unicode text" is written). When the bytes are not valid it names the first bad byte of the file.
 */
function decoderFor(first: Uint8Array): { decode: Decode; skip: number } {
  const { encoding, skip } = encodingOf(first)
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  let offset = skip
  let carry: Uint8Array = new Uint8Array()
  return {
    skip,
    decode: (bytes, last) => {
      try {
        const text = decoder.decode(bytes, { stream: !last })
        carry = heldBack(Buffer.concat([carry, bytes]), encoding)
        offset += bytes.length
        return text
      } catch {
        const seen = Buffer.concat([carry, bytes])
        const found =
          encoding === 'utf-8' ? firstInvalidUtf8(seen, last) : firstLoneSurrogate(seen, encoding === 'utf-16le', last)
        const byte = offset - carry.length + Math.max(0, found) + 1
        const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'
        throw new FileProblem(
          `This CSV is not ${name} text: byte ${byte.toLocaleString('en-GB')} of the file is the first that cannot ` +
            `be read as ${name}, so names and dates would come out garbled. Save it again as “CSV UTF-8” in your ` +
            'spreadsheet and import that file.',
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
