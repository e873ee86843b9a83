/**
 * Jest reporter: after the run, lists every test that did not run (skipped or todo) with its full name, which
 * carries the reason (the house rule: no skipped test without its reason in its name), grouped by file. A plain
 * "4 skipped" in jest's own summary hides which tests those are and why; a skip whose name gives no reason is
 * called out.
 */
const path = require('node:path');

const REASON = /skipped|skip:|needs |requires |missing|absent|unavailable/i;

class SkipSummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    // With -t, jest counts the tests the filter left out as skipped: they are not skips to explain.
    this.filtered = Boolean(globalConfig.testNamePattern);
  }

  onRunComplete(_contexts, results) {
    if (this.filtered) return;
    const byFile = [];
    let count = 0;
    let withoutReason = 0;
    for (const file of results.testResults) {
      const skipped = file.testResults.filter(
        (t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo',
      );
      if (skipped.length === 0) continue;
      byFile.push({ file: path.relative(this.rootDir, file.testFilePath), skipped });
      count += skipped.length;
    }
    if (count === 0) {
      process.stdout.write('\nSkipped tests: none\n');
      return;
    }
    const lines = [`\nSkipped tests: ${count} (the reason is in each name)`];
    for (const { file, skipped } of byFile) {
      lines.push(`  ${file}`);
      // Tests skipped together (a describe.skip) share the suite name, which carries the reason: print it once.
      let suite;
      for (const t of skipped) {
        const name = t.ancestorTitles.join(' › ');
        const flag = REASON.test(`${name} ${t.title}`) ? '' : '   <-- NO REASON IN ITS NAME';
        if (flag) withoutReason += 1;
        if (name !== suite) {
          suite = name;
          if (name) lines.push(`    ${name}`);
        }
        lines.push(`      ○ ${t.status === 'todo' ? 'todo: ' : ''}${t.title}${flag}`);
      }
    }
    if (withoutReason > 0) lines.push(`  ${withoutReason} skipped without a reason in the name: add one.`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

module.exports = SkipSummaryReporter;
