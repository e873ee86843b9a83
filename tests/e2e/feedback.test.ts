/**
 * Feedback end to end: the composed app (src/composition.ts) over HTTP, a fake Bot Connector, and the real store:
 * the embedded store on disk always, and MongoDB when MONGODB_URI is set (or mongodb-memory-server has a mongod).
 * Within a backend the tests run in order: the last one stops the bot and runs `npm run feedback:export`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { FeedbackEntry } from '../../src/data/repositories';
import { mongoRequired, mongoServer, resolveMongoTarget, warnMongoSkipped } from '../data/backends';
import {
  asTheBotReadsIt,
  buttonData,
  cardOf,
  exportFeedback,
  type FeedbackApp,
  KARI,
  startFeedbackApp,
  type TestUser,
} from '../feedback/feedback-app-harness';
import { type PiiCase, problemsWith, readPiiCases } from '../privacy/pii-cases';
import { describeUnless } from '../support/describe-unless';
import { sharedFile } from '../support/shared-files';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const ROOT = path.resolve(__dirname, '../..');
const sharedPiiCases = sharedFile('eval/pii-dev.jsonl');
const PII_CASES: PiiCase[] = [
  ...(sharedPiiCases ? readPiiCases(sharedPiiCases) : []),
  ...readPiiCases(path.join(ROOT, 'tests/privacy/fixtures/pii-cases.jsonl')),
  // Personal data written the awkward ways (invisible characters, line breaks, fullwidth, «navn at domene»).
  ...readPiiCases(path.join(ROOT, 'tests/privacy/fixtures/pii-awkward.jsonl')),
];
const LEAD: TestUser = { userId: '29:lead', aadObjectId: 'cccccccc-1111-2222-3333-444444444444' };

/** A store for one run of the suite: the settings that select it, and how to remove it afterwards. */
interface StoreUnderTest {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** One PII case as it was sent, and the comment that must be stored for it. */
interface SentCase {
  via: 'command' | 'card';
  case: PiiCase;
}

function describeFeedbackEndToEnd(
  label: string,
  prepare: () => Promise<StoreUnderTest>,
  skipReason?: string,
): void {
  describeUnless(skipReason, `feedback end to end over HTTP (${label})`, () => {
    let store: StoreUnderTest;
    let h: FeedbackApp;
    /** PII cases in the order their entries were stored. */
    const sent: SentCase[] = [];

    beforeAll(async () => {
      store = await prepare();
      h = await startFeedbackApp({ ...store.env, ANNOUNCERS: LEAD.aadObjectId });
    }, 120_000);

    afterAll(async () => {
      await h?.stop();
      await store?.cleanup();
    });

    it('stores a Ja and its comment redacted under a pseudonym, and replaces both cards', async () => {
      const conversationId = 'a:flow';
      const [answer] = await h.say('Hvem leder delprosjektet Teknisk?', { conversationId });
      const ja = buttonData(cardOf(answer), 'Ja');

      const [commentCard] = await h.submit(ja, { conversationId, replyToId: answer!.activityId });
      expect(commentCard!.activity!.summary).toBe('Takk for tilbakemeldingen!');
      expect(adaptiveCardProblems(cardOf(commentCard))).toEqual([]);
      const rated = h.connector.message(answer!.activityId)!;
      expect(rated.updates).toBe(1);
      expect(JSON.stringify(cardOf(rated))).toContain('Takk for tilbakemeldingen – du svarte «Ja».');
      expect(JSON.stringify(cardOf(rated))).not.toContain('Fant du det du lette etter?');

      const send = buttonData(cardOf(commentCard), 'Send');
      await h.submit(
        {
          ...send,
          comment: 'Savner telefonnummeret. Ring meg på 987 65 432 eller kari.nordmann@trondheim.kommune.no',
        },
        { conversationId, replyToId: commentCard!.activityId },
      );
      const thanked = h.connector.message(commentCard!.activityId)!;
      expect(thanked.updates).toBe(1);
      expect(thanked.activity!.summary).toBe(
        'Takk! Kommentaren din er lagret. Jeg fjernet telefonnummer og e-post før jeg lagret den.',
      );

      const again = await h.submit(ja, { conversationId, replyToId: answer!.activityId });
      expect(again.map((m) => m.activity?.text)).toEqual([
        'Du har allerede gitt tilbakemelding på dette svaret, så jeg beholder den første. Takk!',
      ]);

      const entries = (await h.entries()).filter((e) => e.topicId === 'teknisk');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        helpful: true,
        question: 'Hvem leder delprosjektet Teknisk?',
        comment: 'Savner telefonnummeret. Ring meg på [fjernet: telefonnummer] eller [fjernet: e-post]',
        locale: 'nb-NO',
        conversationType: 'personal',
        userPseudonym: h.pseudonymize(KARI.aadObjectId),
      });
      const stored = JSON.stringify(entries);
      for (const identifying of [
        'Kari Nordmann',
        KARI.aadObjectId,
        KARI.userId,
        '987 65 432',
        'kari.nordmann',
      ])
        expect(stored).not.toContain(identifying);
    });

    it('stores "tilbakemelding <tekst>" redacted from one message', async () => {
      const [reply] = await h.say('tilbakemelding Fin bot, men den viste personnummeret 01028037445', {
        conversationId: 'a:free',
      });
      expect(reply!.activity!.text).toBe(
        'Takk for tilbakemeldingen! Den er lagret. Jeg fjernet personnummer før jeg lagret den.',
      );
      const free = (await h.entries()).filter((e) => e.helpful === undefined);
      expect(free.map((e) => e.comment)).toEqual([
        'Fin bot, men den viste personnummeret [fjernet: personnummer]',
      ]);
    });

    it('logs an unanswered question redacted, and shows the figures to an announcer', async () => {
      const [fallback] = await h.say('Når åpner kantina? Ring 98765432', { conversationId: 'a:unanswered' });
      expect(JSON.stringify(cardOf(fallback))).toContain('Prosjektkontoret');
      expect(await h.composition.data.unanswered.top(5)).toEqual([
        { question: 'Når åpner kantina? Ring [fjernet: telefonnummer]', count: 1 },
      ]);

      const [refused] = await h.say('statistikk', { conversationId: 'a:stats-kari' });
      expect(refused!.activity!.text).toBe(
        'Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.',
      );
      const [stats] = await h.say('statistikk', { user: LEAD });
      const card = JSON.stringify(cardOf(stats));
      expect(adaptiveCardProblems(cardOf(stats))).toEqual([]);
      expect(card).toContain('"title":"Svar vurdert","value":"1"');
      expect(card).toContain('"title":"Andel «Ja»","value":"100 % (1 av 1)"');
      expect(card).toContain('«Når åpner kantina? Ring \\\\[fjernet: telefonnummer\\\\]»: 1 gang');
    });

    it(`redacts every PII case (${PII_CASES.length}) from what is stored, typed as "tilbakemelding <tekst>" and sent from the feedback card`, async () => {
      const conversationId = 'a:pii';
      const before = (await h.entries()).length;
      let emptied = 0;
      for (const c of PII_CASES) {
        const [reply] = await h.say(`tilbakemelding ${c.text}`, { conversationId });
        if (asTheBotReadsIt(c.text) === '') {
          // Nothing left once Teams markup is removed: the bot offers the feedback card instead, storing nothing.
          expect(JSON.stringify(cardOf(reply))).toContain('Gi tilbakemelding');
          emptied += 1;
        } else {
          // The thanks is in the language the feedback is written in (the cases are Norwegian and English).
          expect(reply!.activity!.text).toMatch(
            /^(Takk for tilbakemeldingen! Den er lagret\.|Thank you for your feedback! It has been saved\.)/,
          );
          sent.push({ via: 'command', case: c });
        }
        const [card] = await h.say('tilbakemelding', { conversationId });
        await h.submit(
          { ...buttonData(cardOf(card), 'Send'), comment: c.text },
          { conversationId, replyToId: card!.activityId },
        );
        expect(h.connector.message(card!.activityId)!.updates).toBe(1);
        sent.push({ via: 'card', case: c });
      }
      const stored = (await h.entries()).slice(before);
      expect(stored).toHaveLength(PII_CASES.length * 2 - emptied);
      expect(failures(stored)).toEqual([]);
    }, 180_000);

    it('shows every stored entry, redacted, in `npm run feedback:export -- --format jsonl` once the bot has stopped', async () => {
      const entries = await h.entries();
      // The embedded store is one process's files: the export must run while the bot is stopped.
      await h.stop();
      const exported = await exportFeedback(store.env);
      expect(exported.map((e) => e.id)).toEqual(entries.map((e) => e.id));
      expect(exported.find((e) => e.topicId === 'teknisk')).toMatchObject({
        helpful: true,
        comment: 'Savner telefonnummeret. Ring meg på [fjernet: telefonnummer] eller [fjernet: e-post]',
      });
      expect(
        exported.some((e) => e.comment === 'Fin bot, men den viste personnummeret [fjernet: personnummer]'),
      ).toBe(true);
      const piiExported = exported.slice(exported.length - sent.length) as unknown as FeedbackEntry[];
      expect(failures(piiExported)).toEqual([]);
      expect(JSON.stringify(exported)).not.toContain('Kari Nordmann');
    }, 180_000);

    /** Checks stored or exported entries against the PII cases sent, in order; returns what went wrong. */
    function failures(entries: Pick<FeedbackEntry, 'comment'>[]): string[] {
      expect(entries).toHaveLength(sent.length);
      return sent.flatMap((s, i) => {
        const comment = entries[i]?.comment ?? '';
        // Through a message, the text is what the bot reads: Teams markup (such as <at>…</at>) is not kept.
        const expected =
          s.via === 'command'
            ? { ...s.case, keep: s.case.keep.map(asTheBotReadsIt).filter((k) => k !== '') }
            : s.case;
        return problemsWith(expected, comment).map(
          (p) => `${s.via} «${s.case.text}»: ${p} (stored «${comment}»)`,
        );
      });
    }
  });
}

describeFeedbackEndToEnd('embedded store on disk', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-e2e-'));
  return {
    env: { DATA_DIR: dir, MONGODB_URI: '' },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const target = resolveMongoTarget();
const skipReason = target.kind === 'none' && !mongoRequired ? target.reason : undefined;
if (skipReason) warnMongoSkipped('feedback end to end', skipReason);
let server: { uri: string; stop(): Promise<void> } | undefined;
describeFeedbackEndToEnd(
  target.kind === 'uri'
    ? 'MongoDB at MONGODB_URI'
    : target.kind === 'none'
      ? 'MongoDB'
      : 'mongodb-memory-server',
  async () => {
    server = await mongoServer(target);
    const uri = server.uri;
    const db = `hp_e2e_${randomBytes(6).toString('hex')}`;
    return {
      env: { MONGODB_URI: uri, MONGODB_DB: db, MONGODB_TIMEOUT_MS: '3000' },
      cleanup: async () => {
        const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
        try {
          await client.db(db).dropDatabase();
        } finally {
          await client.close();
          await server?.stop();
        }
      },
    };
  },
  skipReason,
);
