// `npm run icons`: the app icons electron-builder needs, from resources/icon.svg. Headless Chromium (the
// same one the e2e tests use) draws the SVG at each size as a PNG; the .ico (Windows) and .icns (macOS)
// are written here, both as containers of those PNGs, which every supported version of either system
// reads. The files are committed; run this again after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'

const SVG = resolve('resources/icon.svg')
const OUT = resolve('resources')

/** Windows shows 16–48 in lists and the task bar, 256 in large views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** macOS icon types that hold a PNG, by the pixel size they hold. */
export const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
]

/** An .ico whose images are PNGs (Windows Vista and later). */
export function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
}

/** An .icns of PNG entries: 'icns', total length, then (type, length, data) per image, big-endian. */
export function icns(images: { type: string; png: Buffer }[]): Buffer {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, png])
  })
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'latin1')
  header.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4)
  return Buffer.concat([header, ...chunks])
}

async function render(sizes: number[]): Promise<Map<number, Buffer>> {
  const svg = readFileSync(SVG, 'utf8')
  const browser = await chromium.launch({
    executablePath: process.env.BACKSTRIDE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const out = new Map<number, Buffer>()
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
      const sized = svg.replace('<svg ', `<svg width="${String(size)}" height="${String(size)}" `)
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`)
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }))
      await page.close()
    }
    return out
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size), 1024])].sort((a, b) => a - b)
  const png = await render(sizes)
  const at = (size: number) => png.get(size) ?? Buffer.alloc(0)
  writeFileSync(resolve(OUT, 'icon.png'), at(1024))
  writeFileSync(resolve(OUT, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, png: at(size) }))))
  writeFileSync(resolve(OUT, 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => ({ type, png: at(size) }))))
  console.log(`wrote resources/icon.png (1024 × 1024), icon.ico (${ICO_SIZES.join(', ')}) and icon.icns`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/make-icons.ts')) await main()
