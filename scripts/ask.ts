/**
 * Ask the bot without Teams.
 *   npm run ask -- "Hvem leder Teknisk?"          prints the answer as text
 *   npm run --silent ask -- --json "..."          one JSON object {question, kind, text, card}
 *   npm run --silent ask -- --jsonl < questions   one JSON object per input line (plain text or {"q": ...})
 */
import { createInterface } from 'node:readline';
import { cardText } from '../src/cards/answer-card';
import { replyToQuestion } from '../src/bot/answer-reply';
import { loadConfig } from '../src/config';
import { createQuestionAnswerer } from '../src/qa';

function main(): Promise<void> | void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  const config = loadConfig();
  const { answerer, officeEmail } = createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const ask = (q: string) => {
    const reply = replyToQuestion(answerer, q, { officeEmail });
    return {
      question: q,
      kind: reply.kind,
      text: `${reply.text}\n${cardText(reply.card)}`,
      card: reply.card,
    };
  };
  if (jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    const out: string[] = [];
    rl.on('line', (line) => {
      if (!line.trim()) return;
      let q = line;
      if (line.trim().startsWith('{')) {
        const parsed = JSON.parse(line) as { q?: unknown; question?: unknown };
        q = String(parsed.q ?? parsed.question ?? '');
      }
      out.push(JSON.stringify(ask(q)));
    });
    return new Promise((resolve) =>
      rl.on('close', () => {
        if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
        resolve();
      }),
    );
  }
  if (!question) {
    process.stderr.write(
      'Bruk: npm run ask -- "Hvem leder delprosjektet Teknisk?"  (eller --json / --jsonl)\n',
    );
    process.exitCode = 2;
    return;
  }
  const result = ask(question);
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${result.kind === 'fallback' ? '(vet ikke) ' : ''}${result.text}\n`);
}

void Promise.resolve(main()).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
