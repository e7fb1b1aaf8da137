#!/usr/bin/env bash
# Runs the date tests again in time zones whose clocks change, north and south of the equator: streaks and the
# review schedule count calendar days, and a 23- or 25-hour day is where fixed 24-hour steps go wrong. TZ has to
# be set before Node starts (setting it inside a running Jest test is unreliable), hence one Jest run per zone.
set -euo pipefail
cd "$(dirname "$0")/.."

DATE_TESTS=(__tests__/lib/days.test.ts __tests__/lib/schedule.test.ts)
for zone in America/New_York Europe/London Australia/Sydney; do
  # Without the zone's data Node falls back to UTC, where the tests would pass without testing anything.
  TZ="$zone" node -e '
    const year = [...Array(12).keys()].map((m) => new Date(2026, m, 1).getTimezoneOffset());
    if (new Set(year).size < 2) throw new Error(`${process.env.TZ}: no daylight-saving change in 2026 (no zone data?)`);
  '
  echo "Date tests in $zone"
  TZ="$zone" npx jest --ci "${DATE_TESTS[@]}"
done
