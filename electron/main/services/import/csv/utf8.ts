// Where a file stops being UTF-8. TextDecoder only says *that* bytes are invalid; a coach fixing a
// spreadsheet wants to know where, so the bytes are checked again by the rules of RFC 3629 (no overlong
// forms, no surrogates, nothing above U+10FFFF).

/** Bytes a sequence starting with `lead` has, and the range its second byte must lie in; null: no lead. */
function sequence(lead: number): { length: number; low: number; high: number } | null {
  if (lead <= 0x7f) return { length: 1, low: 0, high: 0 }
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf }
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf }
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf }
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf }
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f }
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf }
  return null
}

/**
 * Index of the first byte that starts an invalid sequence; -1 when all is valid. A sequence cut off by
 * the end of `bytes` counts as invalid only at the end of the file (`atEnd`).
 */
export function firstInvalidUtf8(bytes: Uint8Array, atEnd: boolean): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    const seq = sequence(lead)
    if (!seq) return i
    for (let k = 1; k < seq.length; k++) {
      const next = bytes[i + k]
      if (next === undefined) return atEnd ? i : -1
      const [low, high] = k === 1 ? [seq.low, seq.high] : [0x80, 0xbf]
      if (next < low || next > high) return i
    }
    i += seq.length
  }
  return -1
}

/** The last bytes of a valid chunk that begin a character the next chunk completes (0 to 3 bytes). */
export function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const at = bytes.length - back
    const seq = sequence(bytes[at] ?? 0)
    if (seq) return seq.length > back ? bytes.subarray(at) : new Uint8Array()
  }
  return new Uint8Array()
}

/** Index of the first byte of a lone UTF-16 surrogate in little- or big-endian text; -1 when none. */
export function firstLoneSurrogate(bytes: Uint8Array, littleEndian: boolean, atEnd: boolean): number {
  const unit = (i: number) =>
    littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = unit(i)
    if (u >= 0xdc00 && u <= 0xdfff) return i
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return atEnd ? i : -1
      const next = unit(i + 2)
      if (next < 0xdc00 || next > 0xdfff) return i
      i += 2
    }
  }
  return atEnd && bytes.length % 2 === 1 ? bytes.length - 1 : -1
}
