/**
 * Prints the plain closing line of a test run ("N passed, N failed", with skipped if any) from
 * Vitest's JSON report, so that whoever reads CI's log gets the count in one line.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.output/test-results.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
