// Runs the graphql-http server audits (the GraphQL over HTTP specification's requirements, as
// checked by https://github.com/graphql/graphql-http) against a running server.
//
//   node audit.mjs http://localhost:8080/graphql
//
// Prints one line per audit (id, status, name, reason), then a breakdown, then as the very last
// line `N passed, M failed`: M counts only MUST audits that failed (status "error"); SHOULD audits
// that fail ("warn") and MAY audits that fail ("notice") are listed but are not failures.
// N is every other audit, so N + M is the number of audits run.
// Exits 1 if any MUST audit failed (or the arguments are wrong), else 0.

import { serverAudits } from 'graphql-http';

const REQUEST_TIMEOUT_MS = 15_000;

const url = process.argv[2];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: node audit.mjs http://HOST:PORT/graphql');
  process.exit(1);
}

/** fetch with a bounded time per request, so a hanging server cannot hang the audit. */
function boundedFetch(input, init = {}) {
  return fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

/** The status graphql-http gives a failure at this requirement level. */
function failureStatus(name) {
  if (name.startsWith('MUST')) return 'error';
  if (name.startsWith('SHOULD')) return 'warn';
  return 'notice';
}

/** One line: no line breaks inside, so each audit stays on its own line. */
function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

async function responseSnippet(response) {
  if (!response || typeof response.clone !== 'function') return '';
  try {
    const body = oneLine(await response.clone().text());
    const type = response.headers.get('content-type') ?? 'no content-type';
    return ` [HTTP ${response.status}, ${type}: ${body.length > 200 ? body.slice(0, 200) + '…' : body}]`;
  } catch {
    return ` [HTTP ${response.status}]`;
  }
}

const audits = serverAudits({ url, fetchFn: boundedFetch });
const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
let failed = 0;

// One audit at a time: about sixty small requests to the one server, in order.
for (const { id, name, fn } of audits) {
  let result;
  try {
    result = await fn();
  } catch (err) {
    // graphql-http throws (rather than returning a result) only on fatal problems, e.g. the
    // server is unreachable or a request timed out. Report it at the audit's own level.
    result = { id, name, status: failureStatus(name), reason: `audit threw: ${oneLine(err?.message ?? err)}` };
  }
  const status = result.status;
  counts[status] = (counts[status] ?? 0) + 1;
  if (status === 'error' && name.startsWith('MUST')) failed++;
  let line = `${id}  ${status.padEnd(6)}  ${name}`;
  if (status !== 'ok') {
    line += ` -- ${oneLine(result.reason ?? '')}${await responseSnippet(result.response)}`;
  }
  console.log(line);
}

const total = audits.length;
console.log(
  `graphql-http audits against ${url}: ${total} run; ok ${counts.ok}, warn ${counts.warn} (SHOULD), ` +
    `notice ${counts.notice} (MAY), error ${counts.error} (MUST)`,
);
console.log(`${total - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
