/**
 * `describe`, or `describe.skip` when there is a reason to skip: the reason goes into the suite's name, so every
 * test in it is counted as skipped and listed with the reason by the skip summary (skip-summary-reporter.js),
 * instead of one placeholder hiding how many tests did not run.
 */
export function describeUnless(skipReason: string | undefined, name: string, body: () => void): void {
  if (skipReason) describe.skip(`${name} (skipped: ${skipReason})`, body);
  else describe(name, body);
}
