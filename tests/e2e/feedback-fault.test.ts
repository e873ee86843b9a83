/**
 * The database goes away under the running bot: FerretDB (scripts/mongo-test-server.sh builds or finds it) is
 * stopped and started again while the composed app keeps running. Skipped with a banner when there is no FerretDB,
 * unless REQUIRE_MONGODB=1.
 */
import { randomBytes } from 'node:crypto';
import { ferretdbBinary, FerretDbProcess, freePort } from '../data/ferretdb-process';
import { mongoRequired, warnMongoSkipped } from '../data/backends';
import { describeUnless } from '../support/describe-unless';
import {
  buttonData,
  cardOf,
  type FeedbackApp,
  KARI,
  startFeedbackApp,
} from '../feedback/feedback-app-harness';
import type { ReceivedMessage } from '../support/fake-connector';

const STORE_DOWN = 'Beklager, jeg fikk ikke lagret tilbakemeldingen akkurat nå. Prøv igjen om litt.';
const found = ferretdbBinary(mongoRequired);

const skipReason =
  'reason' in found && !mongoRequired
    ? `no FerretDB binary (${found.reason}); run scripts/mongo-test-server.sh bin`
    : undefined;
if (skipReason) warnMongoSkipped('feedback with the database stopped under the bot', skipReason);
describeUnless(
  skipReason,
  'feedback while the database is down (FerretDB stopped and started under the running bot)',
  () => {
    let server: FerretDbProcess;
    let h: FeedbackApp | undefined;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);

    beforeAll(async () => {
      if ('reason' in found) throw new Error(`FerretDB is required (REQUIRE_MONGODB=1): ${found.reason}`);
      process.on('unhandledRejection', onUnhandled);
      server = new FerretDbProcess(found.bin, await freePort());
      await server.start();
    }, 60_000);

    afterAll(async () => {
      process.off('unhandledRejection', onUnhandled);
      await h?.stop();
      await server?.remove();
    });

    it('answers questions and fails feedback politely while the database is down, and stores again once it is back, without a restart', async () => {
      h = await startFeedbackApp({
        MONGODB_URI: server.uri,
        MONGODB_DB: `hp_fault_${randomBytes(4).toString('hex')}`,
        MONGODB_TIMEOUT_MS: '1000',
      });
      const app = h;
      const ask = async (question: string) => {
        const [answer] = await app.say(question);
        return answer!;
      };
      const rate = (answer: ReceivedMessage) =>
        app.submit(buttonData(cardOf(answer), 'Ja'), { replyToId: answer.activityId });
      const texts = (messages: ReceivedMessage[]) =>
        messages.map((m) => (m.activity?.summary ?? m.activity?.text) as string | undefined);

      const first = await ask('Hvem leder delprosjektet Teknisk?');
      expect(texts(await rate(first))).toEqual(['Takk for tilbakemeldingen!']);

      await server.stop();
      const started = Date.now();
      const during = await ask('Hvem leder delprosjektet Opplæring?');
      expect(Date.now() - started).toBeLessThan(2000);
      expect(JSON.stringify(cardOf(during))).toContain('May Liz Bjørnevik Tho');
      const unanswered = await app.say('Når åpner kantina?');
      expect(unanswered).toHaveLength(1);
      expect(JSON.stringify(cardOf(unanswered[0]))).toContain('Prosjektkontoret');
      expect(texts(await rate(during))).toEqual([STORE_DOWN]);
      expect(texts(await app.say('tilbakemelding Fin bot'))).toEqual([STORE_DOWN]);
      expect(app.connector.message(during.activityId)!.updates).toBe(0);
      const health = (await (await fetch(`${app.url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ storeReachable: false });

      await server.start();
      // The user clicks Ja again after a while, as the reply asked; the driver reconnects by itself.
      const deadline = Date.now() + 30_000;
      let retry: (string | undefined)[] = [];
      while (Date.now() < deadline) {
        retry = texts(await rate(during));
        if (retry[0] !== STORE_DOWN) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(retry).toEqual(['Takk for tilbakemeldingen!']);
      expect(texts(await app.say('tilbakemelding Fin bot'))).toEqual([
        'Takk for tilbakemeldingen! Den er lagret.',
      ]);

      const entries = await app.entries();
      expect(entries.map((e) => [e.topicId, e.helpful, e.comment])).toEqual([
        ['teknisk', true, undefined],
        ['opplaering', true, undefined],
        [undefined, undefined, 'Fin bot'],
      ]);
      expect(entries.every((e) => e.userPseudonym === app.pseudonymize(KARI.aadObjectId))).toBe(true);
      expect(unhandled).toEqual([]);
    }, 120_000);
  },
);
