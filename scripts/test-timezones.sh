#!/usr/bin/env bash
# Runs the date tests again in time zones whose clocks change, north and south of the equator: streaks and the
# review schedule count calendar days, and a 23- or 25-hour day is where fixed 24-hour steps go wrong. TZ has to
# be set before Node starts (setting it inside a running Jest test is unreliable), hence one Jest run per zone.
# The zones do not depend on each other: they run at once, and each one's report is shown whole, in order.
set -euo pipefail
cd "$(dirname "$0")/.."

DATE_TESTS=(__tests__/lib/days.test.ts __tests__/lib/schedule.test.ts)
ZONES=(America/New_York Europe/London Australia/Sydney)
logs="$(mktemp -d -t sourcecheck-timezones.XXXXXX)"
trap 'rm -rf "$logs"' EXIT

pids=()
for i in "${!ZONES[@]}"; do
  zone="${ZONES[$i]}"
  (
    # Without the zone's data Node falls back to UTC, where the tests would pass without testing anything.
    TZ="$zone" node -e '
      const year = [...Array(12).keys()].map((m) => new Date(2026, m, 1).getTimezoneOffset());
      if (new Set(year).size < 2) throw new Error(`${process.env.TZ}: no daylight-saving change in 2026 (no zone data?)`);
    '
    echo "Date tests in $zone"
    TZ="$zone" node node_modules/jest/bin/jest.js --ci --maxWorkers=1 "${DATE_TESTS[@]}"
  ) >"$logs/$i.log" 2>&1 &
  pids+=($!)
done

status=0
for i in "${!ZONES[@]}"; do
  wait "${pids[$i]}" || status=1
  cat "$logs/$i.log"
done
exit "$status"
