// One plain closing line for CI from jest's --json results, and the verdict: no test
// may fail, at least one must run, and none may be skipped. In CI every suite must run
// (browsers, Redis, root-only checks are all there), so a skip is a failure, not a pass.
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
let ok = true;
if (results.numTotalTests === 0) {
  console.error('no test ran');
  ok = false;
}
if (skipped > 0) {
  const names = results.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'pending' || test.status === 'todo')
      .map((test) => `  ${file.name.replace(`${process.cwd()}/`, '')}: ${test.fullName}`),
  );
  console.error(`${skipped} test(s) skipped, which CI does not allow:\n${names.join('\n')}`);
  ok = false;
}
if (results.numFailedTests > 0 || results.success === false) ok = false;
process.exit(ok ? 0 : 1);
