// CSV on files written here with the quirks of real exports: Strava's repeated column names and English
// dates, quoted commas, Garmin Connect's "--" and thousands separators, chunk boundaries inside a
// quoted field, and the mapping step for any other CSV.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, tempDir } from '../../../../test/support'
import type { Activity } from './activity'
import { csvActivities, csvColumns, guessDateOrder } from './csv/source'
import { csvRows } from './csv/reader'
import { parseDate, parseDuration, parseNumber, parseStravaDate, stampMs } from './csv/values'
import { stravaCsv } from '../../../../test/import-files'

afterEach(cleanup)

async function readAll(path: string, options: Parameters<typeof csvActivities>[1] = { unit: 'km' }) {
  const all: Activity[] = []
  for await (const batch of csvActivities(path, options)) all.push(...batch.activities)
  return all
}

function file(content: string | Uint8Array, name = 'activities.csv') {
  const path = join(tempDir(), name)
  writeFileSync(path, content)
  return path
}

describe('cell values', () => {
  it('reads numbers, durations and dates as exports write them', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5)
    expect(parseNumber('10,5')).toBe(10.5)
    expect(parseNumber('--')).toBeNull()
    expect(parseNumber('abc')).toBeNaN()
    expect(parseDuration('1:02:03', 'hms')).toBe(3723)
    expect(parseDuration('45:30', 'hms')).toBe(2730)
    expect(parseDuration('45', 'minutes')).toBe(2700)
    expect(parseDuration('3042.0', 'seconds')).toBe(3042)
    expect(stampMs(parseStravaDate('Jul 7, 2018, 5:04:11 PM')!)).toBe(Date.parse('2018-07-07T17:04:11Z'))
    expect(stampMs(parseStravaDate('Jan 1, 2019, 12:05:00 AM')!)).toBe(Date.parse('2019-01-01T00:05:00Z'))
    // Newer ICU puts a narrow no-break space before PM.
    expect(parseStravaDate('Jul 7, 2018, 5:04:11\u202fPM')).not.toBeNull()
    expect(parseStravaDate('7 juil. 2018')).toBeNull()
    expect(parseDate('07/03/2026 18:05', 'dmy')).toMatchObject({ year: 2026, month: 3, day: 7, hour: 18, minute: 5 })
    expect(parseDate('03/07/2026', 'mdy')).toMatchObject({ year: 2026, month: 3, day: 7, hour: null })
    expect(parseDate('2026-02-30', 'ymd')).toBeNull()
    expect(guessDateOrder(['03/07/2026', '13/07/2026'])).toBe('dmy')
    expect(guessDateOrder(['07/13/2026'])).toBe('mdy')
  })
})

describe('the streaming reader', () => {
  it('keeps quoted commas and line breaks whole across any chunk boundary', async () => {
    const text = 'a,b,c\r\n1,"x, y",3\r\n4,"two\r\nlines",6\r\n7,8,9\r\n'
    const path = file(text)
    for (const size of [1, 2, 5, 64]) {
      const rows: string[][] = []
      for await (const batch of csvRows(path, size)) rows.push(...batch.rows)
      expect(rows, `chunks of ${String(size)} bytes`).toEqual([
        ['a', 'b', 'c'],
        ['1', 'x, y', '3'],
        ['4', 'two\r\nlines', '6'],
        ['7', '8', '9'],
      ])
    }
  })

  it('refuses a file in the wrong encoding, an empty file and a binary file', async () => {
    const latin1 = Buffer.from('Date,Name\n2026-03-10,Zo\xeb\n', 'latin1')
    // "Zoë" in Latin-1: the ë is byte 24 of the file.
    await expect(readAll(file(latin1))).rejects.toThrow(
      'This CSV is not UTF-8 text: byte 24 of the file is the first that cannot be read as UTF-8, so names and ' +
        'dates would come out garbled. Save it again as “CSV UTF-8” in your spreadsheet and import that file.',
    )
    await expect(readAll(file(''))).rejects.toThrow('The file is empty.')
    // Chunks of 5 bytes cut "é" (C3 A9) in two again and again; the bad byte is still found where it is.
    const text = Buffer.from('Date,Name\néééééééé,x\n', 'utf8')
    const broken = Buffer.concat([text, Buffer.from([0xc3, 0x28]), Buffer.from(',y\n')])
    const rows = async () => {
      for await (const batch of csvRows(file(broken), 5)) void batch
    }
    await expect(rows()).rejects.toThrow(`byte ${String(text.length + 1)} of the file is the first`)
    // UTF-16 with a byte-order mark: a lone surrogate is named by its first byte, the mark counted.
    const lone = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('a,b\n', 'utf16le'),
      Buffer.from([0x00, 0xd8, 0x41, 0x00]),
    ])
    await expect(readAll(file(lone))).rejects.toThrow('This CSV is not UTF-16 text: byte 11 of the file is the first')
    await expect(readAll(file('\n\n'))).rejects.toThrow('The file is empty.')
    await expect(readAll(file(Buffer.from([0x41, 0x00, 0x42, 0x0a])))).rejects.toThrow(/not a text file/)
  })
})

describe('Strava bulk export', () => {
  const rows = [
    {
      id: 1712387,
      date: 'Jul 7, 2018, 5:04:11 PM',
      name: 'Hills, then home',
      type: 'Run',
      elapsed: 3100,
      moving: 3000,
      metres: 10020.5,
      climb: 120,
      cadence: 84.5,
      effort: 6,
    },
    {
      id: 1712388,
      date: 'Jul 8, 2018, 7:00:00 AM',
      name: 'Commute',
      type: 'Ride',
      elapsed: 1800,
      moving: 1700,
      metres: 9000,
    },
  ]

  it('takes the later columns (metres, seconds), reads the dates as UTC and keeps quoted commas in names', async () => {
    const [run, ride] = await readAll(file(stravaCsv(rows)))
    expect(run).toMatchObject({
      row: 1,
      isRun: true,
      name: 'Hills, then home',
      startMs: Date.parse('2018-07-07T17:04:11Z'),
      durationSec: 3000,
      distanceM: 10020.5,
      elevationGainM: 120,
      cadenceSpm: 169,
      rpe: 6,
    })
    expect(ride).toMatchObject({ isRun: false, note: 'Not a run: the file says this is “Ride”.' })
  })

  it('refuses an export that lacks a column it needs, naming it', async () => {
    await expect(
      readAll(file('Activity ID,Activity Date,Activity Name\n1,"Jul 7, 2018, 5:04:11 PM",x\n')),
    ).rejects.toThrow(
      'This looks like a Strava export, but it has no “Activity Type”, “Elapsed Time” column, so it cannot be read.',
    )
  })

  it('names the row and the reason when a date cannot be read', async () => {
    const [bad] = await readAll(file(stravaCsv([{ ...rows[0]!, date: 'sometime' }])))
    expect(bad?.problem).toBe('Row 1: its date is not one Backstride can read.')
  })
})

describe('Garmin Connect export', () => {
  it('reads its local dates, clock durations, placeholders and steps', async () => {
    const csv = [
      'Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Avg Run Cadence,Total Ascent',
      'Running,2026-03-10 07:31:12,false,"Easy, by the river",10.02,612,00:52:10,141,172,"1,204"',
      'Treadmill Running,2026-03-11 18:00:00,false,Treadmill,5.00,300,00:30:00,130,168,--',
      'Cycling,2026-03-12 18:00:00,false,Bike,20.00,500,00:45:00,120,--,100',
    ].join('\n')
    const [road, treadmill, bike] = await readAll(file(csv), { unit: 'km' })
    expect(road).toMatchObject({
      isRun: true,
      name: 'Easy, by the river',
      local: { date: '2026-03-10', time: '07:31' },
      durationSec: 3130,
      distanceM: 10020,
      cadenceSpm: 172,
      elevationGainM: 1204,
    })
    expect(treadmill).toMatchObject({ isRun: true, surface: 'treadmill', elevationGainM: null })
    expect(bike?.isRun).toBe(false)
    const [inMiles] = await readAll(file(csv), { unit: 'mi' })
    expect(inMiles?.distanceM).toBeCloseTo(10.02 * 1609.344, 3)
  })
})

describe('any other CSV', () => {
  const csv = 'When;Minutes;Km;What\n07/03/2026 18:05;45,5;10,2;run\n08/03/2026;30;5;yoga\n'

  it('asks for the mapping first, then reads it as the coach confirmed', async () => {
    const path = file(csv)
    await expect(readAll(path)).rejects.toThrow(/not a Strava or Garmin Connect export/)
    const columns = await csvColumns(path, 'km')
    expect(columns).toMatchObject({ format: 'other', header: ['When', 'Minutes', 'Km', 'What'] })
    expect(columns.suggested).toMatchObject({
      date: 0,
      duration: 1,
      durationUnit: 'minutes',
      distance: 2,
      dateOrder: 'dmy',
    })
    const mapping = { ...columns.suggested!, type: 3 }
    const [run, yoga] = await readAll(path, { unit: 'km', mapping })
    expect(run).toMatchObject({
      isRun: true,
      durationSec: 2730,
      distanceM: 10200,
      local: { date: '2026-03-07', time: '18:05' },
    })
    expect(yoga?.isRun).toBe(false)
  })

  it('refuses a mapping that names a column the file does not have, and a header with no rows', async () => {
    const mapping = {
      date: 0,
      time: null,
      dateOrder: 'ymd',
      duration: 9,
      durationUnit: 'hms',
      distance: null,
      distanceUnit: 'km',
      cadence: null,
      elevationGain: null,
      elevationUnit: 'm',
      type: null,
      rpe: null,
      name: null,
    } as const
    await expect(readAll(file(csv), { unit: 'km', mapping })).rejects.toThrow(
      'The column mapping names column 10, but this file has 4.',
    )
    await expect(readAll(file('When,Minutes\n'), { unit: 'km', mapping: { ...mapping, duration: 1 } })).rejects.toThrow(
      'This CSV has a header row but no data rows.',
    )
  })
})
