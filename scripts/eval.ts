/**
 * Evaluates the question answering on a question set, through the same code as `npm run ask -- --jsonl`, and
 * prints the score by the rules of score_qa.py. Without a file it uses the programme's dev set
 * (../shared/eval/qa-dev.jsonl) when that folder lies beside the clone (as in CI), else the project's own set
 * (tests/fixtures/questions.jsonl); the first line says which. With --all it scores every set in tests/fixtures (not
 * the sealed sets in tests/fixtures/sealed/, which are scored once, by name) and the programme's dev set, and prints
 * one Markdown table row per set and the totals (docs/evaluering.md, «Regresjonssettene nå»). Both end with how the
 * yes/no answers open: with the verdict the set expects, with none, or with the opposite (which scores as a miss).
 *   npm run eval [-- path/to/set.jsonl] [--verbose] [--strict]
 *   npm run eval -- --all [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cardText } from '../src/cards/answer-card';
import { replyToQuestion } from '../src/bot/answer-reply';
import { loadConfig } from '../src/config';
import { createQuestionAnswerer } from '../src/qa';
import { type EvalCase, type EvalReport, scoreAnswers } from '../src/qa/evaluation';

const root = path.join(__dirname, '..');
const programmeSet = path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl');
const fixtures = path.join(root, 'tests', 'fixtures');
const ownSet = path.join(fixtures, 'questions.jsonl');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.find((a) => !a.startsWith('--'));
const { answerer, officeEmail } = createQuestionAnswerer(loadConfig().KNOWLEDGE_BASE_FILE);

/** The set's questions answered as the bot answers them in Teams, and scored. */
function evaluate(file: string): EvalReport {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
  const answers = cases.map((c) => {
    const reply = replyToQuestion(answerer, c.q, { officeEmail });
    return { kind: reply.kind, text: `${reply.text}\n${cardText(reply.card)}` };
  });
  return scoreAnswers(cases, answers);
}

function printMisses(report: EvalReport, prefix = ''): void {
  if (verbose) for (const m of report.misses) console.log(`MISS ${prefix}${m.cat} | ${m.q} | ${m.got}`);
}

const share = (ok: number, total: number) => `${ok}/${total}`;
const verdictLine = (v: EvalReport['verdicts']) =>
  `yes/no verdicts: ${v.right} right, ${v.none} without a verdict, ${v.opposite} opposite`;

if (args.includes('--all')) {
  const files = readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(fixtures, f));
  if (existsSync(programmeSet)) files.unshift(programmeSet);
  const total = { a: { ok: 0, total: 0 }, o: { ok: 0, total: 0 }, n: { ok: 0, total: 0 } };
  const verdicts = { right: 0, none: 0, opposite: 0 };
  console.log('| Sett | Besvarbare riktig | Utenfor tema avvist | Nesten-treff avvist |');
  console.log('| --- | --- | --- | --- |');
  for (const file of files) {
    const r = evaluate(file);
    const name = path.relative(root, file).replace(/^\.\.\//, '../');
    printMisses(r, `${path.basename(file)} `);
    console.log(
      `| \`${name}\` | ${share(r.answerable.ok, r.answerable.total)} | ${share(r.outOfScope.ok, r.outOfScope.total)} | ${share(r.nearMiss.ok, r.nearMiss.total)} |`,
    );
    for (const [key, v] of [
      ['a', r.answerable],
      ['o', r.outOfScope],
      ['n', r.nearMiss],
    ] as const) {
      total[key].ok += v.ok;
      total[key].total += v.total;
    }
    for (const k of ['right', 'none', 'opposite'] as const) verdicts[k] += r.verdicts[k];
  }
  console.log(
    `| Alle ${files.length} sett | ${share(total.a.ok, total.a.total)} | ${share(total.o.ok, total.o.total)} | ${share(total.n.ok, total.n.total)} |`,
  );
  console.log(`\n${verdictLine(verdicts)}`);
} else {
  const file = given ?? (existsSync(programmeSet) ? programmeSet : ownSet);
  if (!existsSync(file)) {
    console.error(
      `No question set at ${file}: give a .jsonl file, e.g. npm run eval -- ${path.relative(process.cwd(), ownSet)}`,
    );
    process.exit(2);
  }
  console.log(
    `set: ${path.relative(process.cwd(), file) || file}${
      given
        ? ''
        : file === ownSet
          ? " (the project's own set; ../shared/eval/qa-dev.jsonl is not beside this clone)"
          : " (the programme's dev set)"
    }`,
  );
  const report = evaluate(file);
  printMisses(report);
  for (const [cat, v] of Object.entries(report.categories).sort())
    console.log(`${cat.padEnd(14)} ${v.ok}/${v.total}`);
  const { answerable: a, outOfScope: o, nearMiss: n } = report;
  console.log(
    `answerable ${a.ok}/${a.total} = ${a.percent.toFixed(1)}%  out_of_scope ${o.ok}/${o.total}  near_miss ${n.ok}/${n.total}`,
  );
  console.log(verdictLine(report.verdicts));
  if (args.includes('--strict') && (a.percent < 95 || o.ok < o.total)) process.exitCode = 1;
}
