-- Backstride schema, version 5: one clock for runs. Each run keeps the instant it started (UTC, to the
-- second) beside its local day and time, and the local offset when a file said what it was.
--   start_utc        'YYYY-MM-DDTHH:MM:SSZ'; NULL when only the day is known
--   utc_offset_min   minutes east of UTC of the run's own clock (a FIT watch's); NULL when no file said,
--                    in which case the local day and time are this computer's clock at that instant
-- Duplicates of imported runs are matched on the instant (the fingerprint starts with its UTC minute).

ALTER TABLE runs ADD COLUMN start_utc TEXT
  CHECK (start_utc IS NULL OR (length(start_utc) = 20 AND strftime('%Y-%m-%dT%H:%M:%SZ', start_utc) IS start_utc));
ALTER TABLE runs ADD COLUMN utc_offset_min INTEGER
  CHECK (utc_offset_min IS NULL OR (utc_offset_min BETWEEN -840 AND 840 AND utc_offset_min % 15 = 0));

-- Imported runs: the fingerprint begins with the UTC minute the file gave ("2017-10-08T14:54Z|…").
UPDATE runs SET start_utc = substr(fingerprint, 1, 16) || ':00Z'
 WHERE fingerprint GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]Z|*'
   AND start_time IS NOT NULL;

-- FIT runs were placed on the watch's clock: the gap between that local time and the instant is the
-- watch's offset (whole quarter hours, at most 14 hours either way). Other files gave none.
UPDATE runs SET utc_offset_min =
  CAST(round((julianday(date || ' ' || substr(start_time, 1, 5)) - julianday(substr(start_utc, 1, 16))) * 96) AS INTEGER) * 15
 WHERE start_utc IS NOT NULL
   AND (lower(source_file) GLOB '*.fit' OR lower(source_file) GLOB '*.fit.gz')
   AND abs(round((julianday(date || ' ' || substr(start_time, 1, 5)) - julianday(substr(start_utc, 1, 16))) * 96)) <= 56;

-- Runs typed by hand (and the demo club's) were entered on this computer's clock.
UPDATE runs SET start_utc = strftime('%Y-%m-%dT%H:%M:%SZ', date || ' ' || substr(start_time, 1, 5), 'utc')
 WHERE start_utc IS NULL AND start_time IS NOT NULL;
