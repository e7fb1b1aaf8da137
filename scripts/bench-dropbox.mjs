// `npm run bench:dropbox`: the results drop box under a class-sized rush, on the embedded database and on PostgreSQL.
//   bash scripts/with-postgres.sh node scripts/bench-dropbox.mjs
// For each backend it starts `next start` (the build in .next, made first if missing) with an empty database,
// creates 30 boxes, has 1,000 students post a result at once (random ciphertext of a result's size, 2–3 KB of
// base64url, each with its own post id; 100 of them send theirs twice at the same moment and 100 retry once it has
// arrived), then has every teacher fetch and acknowledge. It prints requests per second, p50 and p99 latency and
// errors for each step, and fails unless every result was fetched exactly once, as it was sent, and acknowledged.
// One address creates all 30 boxes, past the limit of 20 an hour: DROP_BOX_BOXES_PER_HOUR lifts it for the run.
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, repo, startNext } from './bench/servers.mjs';

const BOXES = 30;
const STUDENTS = 1000;
const SENT_TWICE_AT_ONCE = 100;
const RETRIED_LATER = 100;
const log = (message) => console.error(`· ${message}`);

/** One request, timed from sending to its whole body read. */
async function timed(url, init) {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const body = await response.json();
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: { error: String(error) }, ms: performance.now() - started };
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Runs the requests at once; a reply whose status is not one of `expected` counts as an error. */
async function step(name, requests, expected) {
  const started = performance.now();
  const replies = await Promise.all(requests.map((request) => request()));
  const seconds = (performance.now() - started) / 1000;
  const latencies = replies.map((reply) => reply.ms).sort((a, b) => a - b);
  const errors = replies.filter((reply) => !expected.includes(reply.status));
  for (const error of errors.slice(0, 3)) log(`${name}: ${error.status} ${JSON.stringify(error.body)}`);
  return {
    row: {
      step: name,
      requests: replies.length,
      'req/s': Math.round(replies.length / seconds),
      'p50 ms': Math.round(percentile(latencies, 50)),
      'p99 ms': Math.round(percentile(latencies, 99)),
      errors: errors.length,
    },
    replies,
  };
}

async function run(backend, serverEnv) {
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'sourcecheck-drop-box-'));
  const server = await startNext(repo, {
    DROP_BOX_DATA: dataDirectory,
    DROP_BOX_BOXES_PER_HOUR: String(BOXES),
    DATABASE_URL: '',
    ...serverEnv,
  });
  const api = `${server.url}/api/boxes`;
  const json = { 'Content-Type': 'application/json' };
  const rows = [];
  const failures = [];
  try {
    // The first request opens the database (PGlite starts, or the pool connects, and the schema is made).
    const opening = await step(
      'first request (opens the database)',
      [() => timed(`${api}/AAAAAAAAAAAAAAAAAAAAAA/results`)],
      [401],
    );
    rows.push(opening.row);

    const created = await step(
      `create ${BOXES} boxes`,
      Array.from({ length: BOXES }, () => () => timed(api, { method: 'POST', headers: json, body: '{}' })),
      [201],
    );
    rows.push(created.row);
    const boxes = created.replies.map((reply) => reply.body);
    if (boxes.some((box) => !box.id)) throw new Error('a box could not be created');

    const students = Array.from({ length: STUDENTS }, (_, n) => ({
      box: /** @type {{ id: string, readToken: string }} */ (boxes[n % BOXES]),
      id: randomBytes(16).toString('base64url'),
      ciphertext: `AQ${randomBytes(randomInt(1536, 2304)).toString('base64url')}`,
    }));
    const send = (student) => () =>
      timed(`${api}/${student.box.id}/results`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ id: student.id, ciphertext: student.ciphertext }),
      });
    const rush = await step(
      `${STUDENTS} students post at once, ${SENT_TWICE_AT_ONCE} of them twice`,
      [...students, ...students.slice(0, SENT_TWICE_AT_ONCE)].map(send),
      [200, 201],
    );
    rows.push(rush.row);
    const stored = rush.replies.filter((reply) => reply.status === 201).length;
    if (stored !== STUDENTS) failures.push(`${stored} posts were stored as new, not ${STUDENTS}`);

    const retries = await step(
      `${RETRIED_LATER} retry after arriving`,
      students.slice(-RETRIED_LATER).map(send),
      [200],
    );
    rows.push(retries.row);

    const authorized = (box) => ({ ...json, Authorization: `Bearer ${box.readToken}` });
    const fetched = await step(
      `${BOXES} teachers fetch`,
      boxes.map((box) => () => timed(`${api}/${box.id}/results`, { headers: authorized(box) })),
      [200],
    );
    rows.push(fetched.row);
    const received = new Map();
    for (const reply of fetched.replies) {
      for (const result of reply.body.results ?? []) {
        if (received.has(result.id)) failures.push(`result ${result.id} was fetched twice`);
        received.set(result.id, result.ciphertext);
      }
    }
    const intact = students.filter((student) => received.get(student.id) === student.ciphertext).length;
    if (received.size !== STUDENTS || intact !== STUDENTS) {
      failures.push(`${received.size} results fetched and ${intact} intact, of ${STUDENTS} sent`);
    }

    const acknowledged = await step(
      `${BOXES} teachers acknowledge`,
      boxes.map((box, n) => () => {
        const ids = students.filter((_, s) => s % BOXES === n).map((student) => student.id);
        return timed(`${api}/${box.id}/acknowledge`, {
          method: 'POST',
          headers: authorized(box),
          body: JSON.stringify({ ids }),
        });
      }),
      [200],
    );
    rows.push(acknowledged.row);
    const deleted = acknowledged.replies.reduce((sum, reply) => sum + (reply.body.deleted ?? 0), 0);
    if (deleted !== STUDENTS) failures.push(`${deleted} results deleted on acknowledgement, not ${STUDENTS}`);

    const after = await Promise.all(
      boxes.map((box) => timed(`${api}/${box.id}/results`, { headers: authorized(box) })),
    );
    const left = after.reduce((sum, reply) => sum + (reply.body.results?.length ?? 0), 0);
    if (left !== 0) failures.push(`${left} results were still there after acknowledgement`);

    for (const row of rows) if (row.errors > 0) failures.push(`${row.errors} errors in "${row.step}"`);
    console.log(
      `\n${backend}: ${received.size} of ${STUDENTS} results fetched, each once and intact; ${deleted} acknowledged`,
    );
    console.table(rows);
  } finally {
    await server.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
  return failures;
}

if (!existsSync(path.join(repo, '.next/server/app/api/boxes/route.js'))) {
  log('no server build with the drop box in .next: running the build');
  buildApp();
}
const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'TEST_DATABASE_URL is not set: run this as `npm run bench:dropbox` (through scripts/with-postgres.sh).',
  );
  process.exit(1);
}
const failures = [
  ...(await run('embedded (PGlite)', {})).map((failure) => `embedded: ${failure}`),
  ...(await run('PostgreSQL', { DATABASE_URL: databaseUrl })).map((failure) => `PostgreSQL: ${failure}`),
];
for (const failure of failures) console.error(`✗ ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
