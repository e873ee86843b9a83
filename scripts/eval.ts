/**
 * Evaluates the question answering on a question set, through the same code as `npm run ask -- --jsonl`, and
 * prints the score by the rules of score_qa.py. Without a file it uses the programme's dev set
 * (../shared/eval/qa-dev.jsonl) when that folder lies beside the clone (as in CI), else the project's own set
 * (tests/fixtures/questions.jsonl); the first line says which.
 *   npm run eval [-- path/to/set.jsonl] [--verbose] [--strict]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cardText } from '../src/cards/answer-card';
import { replyToQuestion } from '../src/bot/answer-reply';
import { loadConfig } from '../src/config';
import { createQuestionAnswerer } from '../src/qa';
import { type EvalCase, scoreAnswers } from '../src/qa/evaluation';

const root = path.join(__dirname, '..');
const programmeSet = path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl');
const ownSet = path.join(root, 'tests', 'fixtures', 'questions.jsonl');

const args = process.argv.slice(2);
const given = args.find((a) => !a.startsWith('--'));
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
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as EvalCase);
const { answerer, officeEmail } = createQuestionAnswerer(loadConfig().KNOWLEDGE_BASE_FILE);
const answers = cases.map((c) => {
  const reply = replyToQuestion(answerer, c.q, { officeEmail });
  return { kind: reply.kind, text: `${reply.text}\n${cardText(reply.card)}` };
});
const report = scoreAnswers(cases, answers);
if (args.includes('--verbose'))
  for (const m of report.misses) console.log(`MISS ${m.cat} | ${m.q} | ${m.got}`);
for (const [cat, v] of Object.entries(report.categories).sort())
  console.log(`${cat.padEnd(14)} ${v.ok}/${v.total}`);
const { answerable: a, outOfScope: o, nearMiss: n } = report;
console.log(
  `answerable ${a.ok}/${a.total} = ${a.percent.toFixed(1)}%  out_of_scope ${o.ok}/${o.total}  near_miss ${n.ok}/${n.total}`,
);
if (args.includes('--strict') && (a.percent < 95 || o.ok < o.total)) process.exitCode = 1;
