// How much of the OpenAPI document the e2e suite exercised through the
// validating client (test/support/app.ts): every worker appends the
// operations and statuses it saw validated to a file of this run; this counts
// them once all workers are done (called by global-teardown.mjs).
//
// Why files and a teardown rather than one spec that calls every route: the
// suite's own tests reach each route in the states that matter (201 and 202,
// a claimed item, a closed poll…), and jest runs test files in separate
// workers, so only the parent process sees the whole run.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Operations the suite exercises without going through the validating client,
 * with the reason. Streams (text/event-stream) are added from the document:
 * they are read by test/support/sse-client.ts over raw HTTP.
 */
const NOT_THROUGH_THE_CLIENT = {};

export function coverageDirectory(runId) {
  return path.join(tmpdir(), `tribune-openapi-coverage-${runId}`);
}

export function checkOpenApiCoverage(globalConfig, runId, documentFile) {
  const directory = coverageDirectory(runId);
  const seen = new Map();
  if (existsSync(directory)) {
    for (const file of readdirSync(directory)) {
      for (const line of readFileSync(path.join(directory, file), 'utf8').split('\n')) {
        const [operationId, status] = line.split(' ');
        if (!operationId) continue;
        if (!seen.has(operationId)) seen.set(operationId, new Set());
        seen.get(operationId).add(Number(status));
      }
    }
    rmSync(directory, { recursive: true, force: true });
  }
  if (!existsSync(documentFile)) throw new Error(`${documentFile} is missing: run npm run build first`);
  const document = JSON.parse(readFileSync(documentFile, 'utf8'));

  const excluded = new Map(Object.entries(NOT_THROUGH_THE_CLIENT));
  const documented = [];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation?.operationId) continue;
      documented.push(operation.operationId);
      const success = Object.entries(operation.responses).find(([status]) => /^[23]/.test(status))?.[1];
      if (success?.content?.['text/event-stream']) {
        excluded.set(operation.operationId, 'a stream, read over raw HTTP by test/support/sse-client.ts');
      }
    }
  }
  const succeeded = documented.filter((id) => [...(seen.get(id) ?? [])].some((status) => status >= 200 && status < 400));
  const missing = documented.filter((id) => !succeeded.includes(id) && !excluded.has(id));
  const required = documented.length - [...excluded.keys()].filter((id) => documented.includes(id)).length;
  console.log(
    `\nOpenAPI: ${succeeded.length} of ${documented.length} documented operations answered a validated 2xx or 3xx ` +
      `(required ${required}; excluded: ${[...excluded].map(([id, why]) => `${id} — ${why}`).join('; ') || 'none'})`,
  );
  const subset = globalConfig.testPathPatterns?.isSet?.() || globalConfig.testNamePattern || globalConfig.shard;
  if (missing.length === 0) return;
  const message = `OpenAPI: no validated 2xx or 3xx for ${missing.length} operation(s): ${missing.join(', ')}`;
  if (subset) {
    console.log(`${message} (not enforced: only part of the suite ran)`);
    return;
  }
  throw new Error(`${message}. Exercise each through t.http in an e2e test, or justify it in test/openapi-coverage.mjs.`);
}
