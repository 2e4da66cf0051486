// GPX and TCX are XML. An activity file never needs a DOCTYPE, and a DOCTYPE is how entity-expansion
// ("billion laughs") and external-entity attacks get in, so any file that declares one is refused before
// the parser sees it. Only XML's five built-in entities are decoded.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { FileProblem } from './problems'

/** Text of an XML file: UTF-8 (with or without BOM), UTF-16 by its BOM, or Latin-1 when it says so. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new FileProblem('The file is empty.')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2))
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase()
  if (declared && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(declared)) return decode('windows-1252', bytes)
  return decode('utf-8', bytes)
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new FileProblem(
      `This file is not valid ${encoding.toUpperCase()} text, so it cannot be read. It may be damaged, or not an activity file.`,
    )
  }
}

const parser = (arrays: ReadonlySet<string>) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrays.has(name),
  })

export type XmlFormat = 'GPX' | 'TCX'

/**
 * Why the XML parser gave up, in a coach's words: where the file stops making sense (the validator's
 * line number), never the parser's own message.
 */
export function xmlProblem(text: string, format: XmlFormat, error: unknown): string {
  const detail = error instanceof Error ? error.message : ''
  const checked = XMLValidator.validate(text)
  const line = checked === true ? null : checked.err.line
  const where = line === null ? '' : ` at line ${line.toLocaleString('en-GB')}`
  const why = /nested/i.test(detail)
    ? `its elements are nested far deeper than in any activity file${where}`
    : `its content breaks off or is garbled${where}`
  return (
    `This ${format} file is damaged: ${why}, so it cannot be read. ` +
    'Export it again from the watch’s app or the service it came from.'
  )
}

/** Parses XML whose repeated elements (listed in `arrays`) always come back as arrays. */
export function parseXml(text: string, arrays: ReadonlySet<string>, format: XmlFormat): Record<string, unknown> {
  if (/<!DOCTYPE/i.test(text)) {
    throw new FileProblem(
      'This file declares a DOCTYPE. Activity files never need one, and it can hide harmful content, so the file was refused.',
    )
  }
  if (!text.trimStart().startsWith('<'))
    throw new FileProblem('This is not an XML file, so it is not a GPX or TCX file.')
  try {
    return parser(arrays).parse(text) as Record<string, unknown>
  } catch (error) {
    throw new FileProblem(xmlProblem(text, format, error))
  }
}

/** Small readers for the loosely typed tree fast-xml-parser returns. */
export type Node = Record<string, unknown>

export function child(node: unknown, name: string): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined
  const value = (node as Node)[name]
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined
}

export function children(node: unknown, name: string): Node[] {
  if (node === null || typeof node !== 'object') return []
  const value = (node as Node)[name]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((item): item is Node => item !== null && typeof item === 'object')
}

/** Text content of a child element (or attribute, '@name'); '' when absent. */
export function text(node: unknown, name: string): string {
  if (node === null || typeof node !== 'object') return ''
  const value = (node as Node)[name]
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim()
  if (value !== null && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']).trim()
  return ''
}

export function num(node: unknown, name: string): number | null {
  const raw = text(node, name)
  if (raw === '') return null
  const value = Number(raw)
  return Number.isFinite(value) ? value : null
}

/** A date-time with no zone: "2017-10-08T14:54:00", with or without fractions of a second. */
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/

/**
 * An instant from an xsd:dateTime. GPX 1.1 and TCX define their times as UTC, so a time written without
 * a zone is read as UTC (never as this computer's clock) and `zoned` says it had none.
 */
export function stamp(node: unknown, name: string): { ms: number; zoned: boolean } | null {
  const raw = text(node, name)
  if (raw === '') return null
  const zoned = !NO_ZONE.test(raw)
  const ms = Date.parse(zoned ? raw : `${raw.replace(' ', 'T')}Z`)
  return Number.isFinite(ms) ? { ms, zoned } : null
}

/** The note for a file whose times had no zone. */
export const noZoneNote = (format: 'GPX' | 'TCX') =>
  `Its times carry no time zone: they were read as UTC, as the ${format} format defines them, and are shown on this computer’s clock.`
