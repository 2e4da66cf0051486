// Looks inside a PDF with poppler-utils (pdfinfo, pdftotext, pdftoppm), the way a reviewer would check
// what a runner gets: page size, words on each page, and whether a page has any ink on it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'

export interface PdfInfo {
  pages: number
  /** page size in PostScript points */
  width: number
  height: number
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)?.[1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text)
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** The text of one page (1-based) or of the whole file, with runs of white space made single spaces. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/**
 * Every font size used on each page, in points, as poppler reads the PDF. pdftohtml -xml writes whole
 * numbers scaled by its zoom (rounded down); at zoom 2 they are half points, so 8.5 pt reads as 8.5, not 9.
 */
export function pdfFontSizes(file: string): number[][] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '2', file], { encoding: 'utf8' })
  const sizes = new Map<string, number>()
  for (const m of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)) sizes.set(m[1] ?? '', Number(m[2]) / 2)
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => [...new Set([...page.matchAll(/<text [^>]*font="(\d+)"/g)].map((m) => sizes.get(m[1] ?? '') ?? 0))])
}

/** Share of pixels darker than light grey on one page, rendered at a low resolution in grey. */
export function inkOnPage(file: string, page = 1): number {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-png-'))
  try {
    const prefix = join(dir, 'page')
    execFileSync('pdftoppm', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      '30',
      '-gray',
      '-png',
      '-singlefile',
      file,
      prefix,
    ])
    const { width, height, pixels } = decodeGrayPng(readFileSync(`${prefix}.png`))
    let dark = 0
    for (const value of pixels) if (value < 200) dark++
    return dark / (width * height)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A minimal decoder for the 8-bit PNGs pdftoppm writes (grey or RGB): chunks, inflate, unfilter. */
export function decodeGrayPng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }
  let offset = 8
  let width = 0
  let height = 0
  let channels = 1
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      channels = CHANNELS[body[9] ?? -1] ?? 0
      if (body[8] !== 8 || !channels || body[12] !== 0) throw new Error('Expected an 8-bit, non-interlaced PNG')
    } else if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const bytes = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0
      const left = x >= channels ? (bytes[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (bytes[(y - 1) * stride + x] ?? 0) : 0
      const upLeft = x >= channels && y > 0 ? (bytes[(y - 1) * stride + x - channels] ?? 0) : 0
      bytes[y * stride + x] = (value + predictor(filter, left, up, upLeft)) & 0xff
    }
  }
  // Grey level of each pixel: the mean of its colour channels (alpha left out).
  const colours = channels >= 3 ? 3 : 1
  const pixels = new Uint8Array(width * height)
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0
    for (let c = 0; c < colours; c++) sum += bytes[i * channels + c] ?? 0
    pixels[i] = Math.round(sum / colours)
  }
  return { width, height, pixels }
}

function predictor(filter: number, a: number, b: number, c: number): number {
  if (filter === 1) return a
  if (filter === 2) return b
  if (filter === 3) return Math.floor((a + b) / 2)
  if (filter === 4) {
    const p = a + b - c
    const pa = Math.abs(p - a)
    const pb = Math.abs(p - b)
    const pc = Math.abs(p - c)
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
  }
  return 0
}
