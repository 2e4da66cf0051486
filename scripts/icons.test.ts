// The app icons electron-builder packs: the files it is told to use exist, hold images of the sizes each
// system asks for, and are the SVG's drawing (not a blank canvas). Read here with no help from the
// script that wrote them.
import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG signature').toBe(true)
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** The RGBA pixel at (x, y) of an 8-bit RGBA, non-interlaced PNG (what Chromium writes). */
function pixel(png: Buffer, x: number, y: number): number[] {
  const { width } = pngSize(png)
  expect([png[24], png[25], png[28]]).toEqual([8, 6, 0])
  const data: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * 4 + 1
  // Undo the row filters up to row y (each row may depend on the one above).
  let previous = Buffer.alloc(width * 4)
  let row = previous
  for (let r = 0; r <= y; r++) {
    const filter = raw[r * stride] ?? 0
    row = Buffer.from(raw.subarray(r * stride + 1, (r + 1) * stride))
    for (let i = 0; i < row.length; i++) {
      const left = i >= 4 ? (row[i - 4] ?? 0) : 0
      const up = previous[i] ?? 0
      const upLeft = i >= 4 ? (previous[i - 4] ?? 0) : 0
      const p = left + up - upLeft
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      const add = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0
      row[i] = ((row[i] ?? 0) + add) & 0xff
    }
    previous = row
  }
  return [...row.subarray(x * 4, x * 4 + 4)]
}

const config = readFileSync('electron-builder.yml', 'utf8')

describe('the app icons', () => {
  it('are the files electron-builder is configured with, one per platform', () => {
    expect(config).toMatch(/^linux:\n {2}icon: resources\/icon\.png$/m)
    expect(config).toMatch(/^win:\n {2}icon: resources\/icon\.ico$/m)
    expect(config).toMatch(/^mac:\n {2}icon: resources\/icon\.icns$/m)
  })

  it('include a 1024 × 1024 PNG of the SVG: its blue tile, a white vertebra, transparent corners', () => {
    const png = readFileSync('resources/icon.png')
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 })
    expect(pixel(png, 512, 960)).toEqual([0x1f, 0x4e, 0x8c, 255])
    expect(pixel(png, 512, 220)).toEqual([255, 255, 255, 255])
    expect(pixel(png, 0, 0)[3]).toBe(0)
  })

  it('include a Windows .ico with PNG images from 16 to 256 pixels', () => {
    const ico = readFileSync('resources/icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => {
      const entry = 6 + 16 * i
      const declared = ico.readUInt8(entry) || 256
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)]
      const image = pngSize(ico.subarray(offset, offset + length))
      expect(image).toEqual({ width: declared, height: declared })
      return declared
    })
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('include a macOS .icns with PNG images from 16 to 1024 pixels, its length as declared', () => {
    const icns = readFileSync('resources/icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found: [string, number][] = []
    for (let at = 8; at < icns.length;) {
      const [type, length] = [icns.toString('latin1', at, at + 4), icns.readUInt32BE(at + 4)]
      found.push([type, pngSize(icns.subarray(at + 8, at + length)).width])
      at += length
    }
    expect(found).toEqual([
      ['icp4', 16],
      ['icp5', 32],
      ['icp6', 64],
      ['ic07', 128],
      ['ic08', 256],
      ['ic09', 512],
      ['ic10', 1024],
    ])
  })
})
