/**
 * Benchmark of the question answering alone (no HTTP, no cards): the dev set repeated, time per question.
 *   npm run bench:qa [-- --rounds 200] [--json]
 * Target on a 2-core machine: median under 1 ms, p99 under 5 ms.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createQuestionAnswerer } from '../src/qa';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 200;
const file = path.join(__dirname, '..', '..', 'shared', 'eval', 'qa-dev.jsonl');
const fallbackFile = path.join(__dirname, '..', 'tests', 'fixtures', 'questions.jsonl');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  text = readFileSync(fallbackFile, 'utf8');
}
const questions = text
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);
const { answerer } = createQuestionAnswerer(loadConfig().KNOWLEDGE_BASE_FILE);

// Answers are kept for reuse in the bot; the benchmark works each one out again (reuse: false).
for (let i = 0; i < 20; i++) for (const q of questions) answerer.answer(q, { reuse: false });
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const start = process.hrtime.bigint();
    answerer.answer(q, { reuse: false });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const result = {
  questions: questions.length,
  answers: times.length,
  median_ms: Number(at(0.5).toFixed(3)),
  p99_ms: Number(at(0.99).toFixed(3)),
  max_ms: Number(times[times.length - 1]!.toFixed(3)),
  cores: os.cpus().length,
  targets: { median_ms: 1, p99_ms: 5 },
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else
  console.log(
    `${result.answers} answers (${result.questions} questions x ${rounds}): median ${result.median_ms} ms, p99 ${result.p99_ms} ms, max ${result.max_ms} ms on ${result.cores} cores (targets: median < 1 ms, p99 < 5 ms)`,
  );
