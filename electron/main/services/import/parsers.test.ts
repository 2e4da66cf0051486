// Each parser on files the tests make themselves: FIT through Garmin's encoder, GPX and TCX by hand.
import { describe, expect, it } from 'vitest'
import { parseFit } from './fit'
import { parseGpx } from './gpx'
import { parseTcx } from './tcx'
import { fitFile, gpxFile, tcxFile } from '../../../../test/import-files'
import { repairFit } from '../../../../test/reliability/parser-fuzz-inputs'
import { elevationGain, stepsPerMinute } from './geo'
import { classify, blankActivity } from './activity'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('FIT', () => {
  it('reads start, timer duration, distance, climb, and turns strides into steps per minute', () => {
    const [run] = parseFit(
      fitFile({
        start: '2026-03-10T06:30:00Z',
        durationSec: 1800,
        elapsedSec: 1900,
        distanceM: 5000,
        strides: 84,
        fraction: 0.5,
        ascentM: 45,
        subSport: 'trail',
        offsetSec: 3600,
      }),
    )
    expect(run).toMatchObject({
      isRun: true,
      startMs: Date.parse('2026-03-10T06:30:00Z'),
      durationSec: 1800,
      distanceM: 5000,
      // (84 + 0.5) strides × 2 = 169 steps per minute
      cadenceSpm: 169,
      elevationGainM: 45,
      surface: 'trail',
      // The watch was one hour east of UTC: the runner's own clock.
      local: { date: '2026-03-10', time: '07:30' },
      problem: null,
    })
  })

  it('calls a ride a ride, and a treadmill run a run on the treadmill', () => {
    const [ride] = parseFit(
      fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 3600, distanceM: 30000, sport: 'cycling' }),
    )
    expect(ride?.isRun).toBe(false)
    expect(ride?.note).toMatch(/^Not a run: the file says this is “cycling/)
    const [treadmill] = parseFit(
      fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000, subSport: 'treadmill' }),
    )
    expect(treadmill).toMatchObject({ isRun: true, surface: 'treadmill' })
  })

  it('refuses a truncated file, an empty one and one that is not FIT, each with its reason', () => {
    const whole = fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })
    expect(() => parseFit(whole.slice(0, whole.length - 20))).toThrow(/damaged or incomplete/)
    expect(() => parseFit(new Uint8Array())).toThrow('The file is empty.')
    expect(() => parseFit(bytes('<gpx></gpx> and some more text here'))).toThrow(/not a FIT file/)
  })

  it('says where a damaged file stops making sense, in a coach’s words, not the decoder’s', () => {
    const damaged = fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 }).slice()
    // The first record's header now names a message type that was never defined; the checksums agree.
    damaged[14] = 0x05
    expect(() => parseFit(repairFit(damaged))).toThrow(
      'This FIT file is damaged: its records stop making sense at byte 15 of 152, so it cannot be read. ' +
        'Copy it from the watch again.',
    )
  })

  it('refuses a run whose timer ran longer than the activity lasted', () => {
    const [run] = parseFit(
      fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 20000, elapsedSec: 1800, distanceM: 5000 }),
    )
    expect(run?.problem).toMatch(/^The times in this file contradict each other/)
  })
})

describe('GPX', () => {
  it('sums the distance and the climb from the points, and doubles the cadence', () => {
    const [run] = parseGpx(
      bytes(gpxFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000, cadence: 85 })),
    )
    expect(run?.isRun).toBe(true)
    expect(run?.startMs).toBe(Date.parse('2026-03-10T06:30:00Z'))
    expect(run?.durationSec).toBe(1800)
    expect(run?.distanceM).toBeGreaterThan(4990)
    expect(run?.distanceM).toBeLessThan(5010)
    expect(run?.cadenceSpm).toBe(170)
    expect(run?.name).toBe('Morning run & hills')
    // Five 10 m bumps on the way.
    expect(run?.elevationGainM).toBe(50)
  })

  it('takes Strava’s numbered types, and judges a GPX with no type by its pace', () => {
    const typed = parseGpx(
      bytes(gpxFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000, type: '9' })),
    )
    expect(typed[0]?.isRun).toBe(true)
    const ride = parseGpx(
      bytes(gpxFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000, type: '1' })),
    )
    expect(ride[0]?.note).toBe('Not a run: the file says this is “ride”.')
    const untypedRun = parseGpx(
      bytes(gpxFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000, type: null })),
    )
    expect(untypedRun[0]?.isRun).toBe(true)
    expect(untypedRun[0]?.note).toMatch(/taken as a run from its pace \(6:00 per km\)/)
    const swim = parseGpx(
      bytes(gpxFile({ start: '2026-03-10T06:30:00Z', durationSec: 3600, distanceM: 2000, type: null })),
    )
    expect(swim[0]?.isRun).toBe(false)
    expect(swim[0]?.note).toMatch(/its pace \(30:00 per km\) is not a running pace/)
  })

  it('refuses a DOCTYPE (the entity-expansion bomb) before parsing anything', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gpx><trk><name>&lol3;</name></trk></gpx>`
    expect(() => parseGpx(bytes(bomb))).toThrow(/declares a DOCTYPE/)
  })

  it('reads times without a zone as UTC, as GPX 1.1 defines them, and says so', () => {
    const [run] = parseGpx(
      bytes(gpxFile({ start: '2017-10-08T14:54:00Z', durationSec: 1800, distanceM: 5000, zone: 'none' })),
    )
    expect(run?.startMs).toBe(Date.parse('2017-10-08T14:54:00Z'))
    expect(run?.clockNote).toMatch(/^Its times carry no time zone: they were read as UTC, as the GPX format/)
    const [zoned] = parseGpx(bytes(gpxFile({ start: '2017-10-08T14:54:00Z', durationSec: 1800, distanceM: 5000 })))
    expect(zoned?.clockNote).toBeNull()
  })

  it('explains a broken or absurdly nested file in a coach’s words, with the line where it breaks', () => {
    const nested = `<?xml version="1.0"?>\n<gpx>${'<a>'.repeat(150)}${'</a>'.repeat(150)}</gpx>`
    expect(() => parseGpx(bytes(nested))).toThrow(
      'This GPX file is damaged: its elements are nested far deeper than in any activity file, so it cannot be ' +
        'read. Export it again from the watch’s app or the service it came from.',
    )
    // Cut off inside a closing tag, as a copy that stopped half-way leaves it.
    const cut = '<?xml version="1.0"?>\n<gpx>\n<trk>\n<name>Hills</name\n'
    expect(() => parseGpx(bytes(cut))).toThrow(
      /^This GPX file is damaged: its content breaks off or is garbled at line 5, so it cannot be read\./,
    )
  })

  it('refuses a file that is not GPX, or has no track, or no times', () => {
    expect(() => parseGpx(bytes('just text'))).toThrow(/not an XML file/)
    expect(() => parseGpx(bytes('<?xml version="1.0"?><kml></kml>'))).toThrow(/not a GPX file/)
    expect(() => parseGpx(bytes('<gpx version="1.1"></gpx>'))).toThrow(/holds no track/)
    const untimed = parseGpx(
      bytes('<gpx><trk><type>running</type><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></gpx>'),
    )
    expect(untimed[0]?.problem).toMatch(/no times/)
    expect(() => parseGpx(new Uint8Array([0x3c, 0x67, 0xff, 0xfe, 0x00]))).toThrow(/not valid UTF-8/)
  })
})

describe('TCX', () => {
  it('takes the laps’ timer and distance, the points’ climb and cadence', () => {
    const [run] = parseTcx(
      bytes(
        tcxFile({ start: '2026-03-10T06:30:00Z', durationSec: 2400, distanceM: 7000, ascentM: 20, runCadence: 88 }),
      ),
    )
    expect(run).toMatchObject({
      isRun: true,
      startMs: Date.parse('2026-03-10T06:30:00Z'),
      durationSec: 2400,
      distanceM: 7000,
      elevationGainM: 20,
      cadenceSpm: 176,
    })
  })

  it('skips a bike ride and refuses a DOCTYPE', () => {
    const [ride] = parseTcx(
      bytes(tcxFile({ start: '2026-03-10T06:30:00Z', durationSec: 2400, distanceM: 20000, sport: 'Biking' })),
    )
    expect(ride?.isRun).toBe(false)
    expect(() =>
      parseTcx(bytes('<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><TrainingCenterDatabase/>')),
    ).toThrow(/DOCTYPE/)
  })
})

describe('figures from points', () => {
  it('counts climbs beyond a 3 m dead band and not the jitter', () => {
    expect(elevationGain([100, 101, 100, 102, 100, 101])).toBe(0)
    expect(elevationGain([100, 110, 105, 120, 90, 95])).toBe(25 + 5)
    expect(elevationGain([])).toBeNull()
  })

  it('doubles stride cadence and keeps a figure that was already in steps', () => {
    expect(stepsPerMinute(85)).toBe(170)
    expect(stepsPerMinute(172)).toBe(172)
    expect(stepsPerMinute(0)).toBeNull()
  })

  it('judges an activity without a stated type by its pace only when it has a distance', () => {
    expect(classify({ ...blankActivity(), durationSec: 1800 }).note).toMatch(/without a distance/)
  })
})
