/**
 * Jest reporter: after the run, the five slowest test files and the five slowest tests, with their times, so a
 * test creeping towards its timeout on a loaded machine is seen before it fails.
 */
const path = require('node:path');

class SlowestReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.filtered = Boolean(globalConfig.testNamePattern);
  }

  onRunComplete(_contexts, results) {
    if (this.filtered || results.testResults.length < 2) return;
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const files = results.testResults
      .map((f) => ({
        file: path.relative(this.rootDir, f.testFilePath),
        ms: f.perfStats.end - f.perfStats.start,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    const tests = results.testResults
      .flatMap((f) =>
        f.testResults.map((t) => ({
          name: `${path.relative(this.rootDir, f.testFilePath)} › ${t.fullName}`,
          ms: t.duration ?? 0,
        })),
      )
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    const lines = ['\nSlowest test files:', ...files.map((f) => `  ${seconds(f.ms).padStart(8)}  ${f.file}`)];
    lines.push('Slowest tests:', ...tests.map((t) => `  ${seconds(t.ms).padStart(8)}  ${t.name}`));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

module.exports = SlowestReporter;
