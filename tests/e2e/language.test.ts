/**
 * One language per exchange, end to end: the composed app (src/composition.ts) over HTTP with a fake Bot Connector,
 * for bokmål, nynorsk and English, each sent from a Teams client set to another language. Every text the user sees
 * (replies, cards, buttons, updated cards, invoke responses and the answer that comes back later) is run through a
 * word-list check for words of another language (tests/support/language-check.ts).
 */
import type { App } from '../../src/app';
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { ANNOUNCEMENT_ACK_VERB } from '../../src/cards/announcement-card';
import { type Lang, t } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { filledForm } from '../announcements/announcement-harness';
import { type InvokeBody, postAcceptedActivity, teamsActivityBase } from '../support/bot-activity';
import { actionsOf } from '../support/card-content';
import { FakeConnector } from '../support/fake-connector';
import { mixedLanguage, visibleTexts } from '../support/language-check';
import { personalChat, type TestConversation, type TestUser } from '../support/teams-people';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OFFICE_CHANNEL = '19:prosjektkontoret@thread.tacv2';
const OFFICER: TestUser = {
  id: '29:officer',
  name: 'Kari Kontor',
  aadObjectId: 'bbbbbbbb-0000-0000-0000-00000000000f',
};
const LEADS: Record<Lang, TestUser> = {
  nb: { id: '29:lead-nb', name: 'Liv Leder', aadObjectId: 'cccccccc-0000-0000-0000-0000000000b1' },
  nn: { id: '29:lead-nn', name: 'Lars Leiar', aadObjectId: 'cccccccc-0000-0000-0000-0000000000b2' },
  en: { id: '29:lead-en', name: 'Lee Lead', aadObjectId: 'cccccccc-0000-0000-0000-0000000000b3' },
};
let userCount = 0;
/** A new person for each exchange, so no remembered language carries over between tests. */
const newUser = (): TestUser => {
  userCount += 1;
  const n = String(userCount).padStart(12, '0');
  return { id: `29:user-${userCount}`, name: 'Kari Nordmann', aadObjectId: `aaaaaaaa-0000-0000-0000-${n}` };
};

/** What each language's user writes, and the Teams locale they write it from (never their own language). */
const SCRIPT: Record<
  Lang,
  {
    locale: string;
    help: string;
    question: string;
    offTopic: string;
    yes: string;
    no: string;
    feedback: string;
    myQuestions: string;
    announce: string;
    askOffice: string;
  }
> = {
  nb: {
    locale: 'en-US',
    help: 'hjelp',
    question: 'Hvem leder prosjektkontoret?',
    offTopic: 'Hva blir været i morgen?',
    yes: 'Ja',
    no: 'Nei',
    feedback: 'tilbakemelding',
    myQuestions: 'mine spørsmål',
    announce: 'kunngjøring',
    askOffice: 'Send spørsmålet til prosjektkontoret',
  },
  nn: {
    locale: 'en-US',
    help: 'hjelp',
    question: 'Kven leiar prosjektkontoret?',
    offTopic: 'Kva blir vêret i morgon?',
    yes: 'Ja',
    no: 'Nei',
    feedback: 'tilbakemelding',
    myQuestions: 'spørsmåla mine',
    announce: 'kunngjering',
    askOffice: 'Send spørsmålet til prosjektkontoret',
  },
  en: {
    locale: 'nb-NO',
    help: 'help',
    question: 'Who leads the project office?',
    offTopic: 'What will the weather be like tomorrow?',
    yes: 'Yes',
    no: 'No',
    feedback: 'feedback',
    myQuestions: 'my questions',
    announce: 'announce',
    askOffice: 'Send the question to the project office',
  },
};

const pseudonymize = createPseudonymizer('language-e2e-pseudonym-secret');

describe('one language from the first word to the last button, over HTTP', () => {
  let app: App;
  let url: string;
  let data: DataLayer;
  let connector: FakeConnector;

  const base = (user: TestUser, conversation: TestConversation, locale: string) => ({
    ...teamsActivityBase({
      serviceUrl: connector.serviceUrl,
      tenantId: TENANT,
      user,
      conversation,
      team: { id: '19:team@thread.tacv2' },
    }),
    locale,
  });
  const post = (activity: Record<string, unknown>) => postAcceptedActivity(url, activity);

  /** A person in their personal chat, from a Teams client in `locale`; remembers everything they were shown. */
  const person = (user: TestUser, locale: string) => {
    const chat = personalChat(user);
    const invokes: unknown[] = [];
    const messages = () => connector.messages(chat.id);
    const lastCard = () => {
      const last = messages()[messages().length - 1];
      const card = (last?.activity?.attachments as { content?: Record<string, unknown> }[] | undefined)?.[0]
        ?.content;
      if (!card) throw new Error(`no card in ${JSON.stringify(last?.activity ?? null).slice(0, 300)}`);
      expect(adaptiveCardProblems(card)).toEqual([]);
      return card;
    };
    return {
      chat,
      say: (text: string) => post({ ...base(user, chat, locale), type: 'message', text }),
      submit: (value: Record<string, unknown>, replyToId?: string) =>
        post({ ...base(user, chat, locale), type: 'message', value, ...(replyToId ? { replyToId } : {}) }),
      execute: async (verb: string, dataValue: Record<string, unknown>): Promise<InvokeBody> => {
        const response = await post({
          ...base(user, chat, locale),
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
        });
        const body = (await response.json()) as InvokeBody;
        invokes.push(body);
        return body;
      },
      lastMessageId: () => messages()[messages().length - 1]!.activityId,
      lastCard,
      /** The button with this title on the last card. */
      button: (title: string) => {
        const found = actionsOf(lastCard()).find((a) => a.title === title);
        if (!found) throw new Error(`no "${title}" button on ${JSON.stringify(lastCard()).slice(0, 2000)}`);
        return found;
      },
      /** Every text this person was shown: messages (as last updated) and invoke responses. */
      seen: (from = 0) => [
        ...messages()
          .slice(from)
          .map((m) => m.activity),
        ...invokes,
      ],
    };
  };

  /**
   * An announcement delivered to this person's chat (the card whose only button is "Bekreft lest"). The announcement
   * tests send to every personal chat, so one may arrive in any later exchange; its labels follow the recipient's
   * Teams locale (README, «Språk»), so it is not part of the exchange checked.
   */
  const isADeliveredAnnouncement = (activity: unknown) => {
    const verbs = actionsOf(activity).map((a) => a.verb);
    return verbs.length > 0 && verbs.every((verb) => verb === ANNOUNCEMENT_ACK_VERB);
  };

  /** Fails with each text that has words of another language, and the words. */
  const expectOneLanguage = (seen: unknown[], lang: Lang) => {
    const shown = seen.filter((activity) => !isADeliveredAnnouncement(activity));
    expect(visibleTexts(shown).length).toBeGreaterThan(0);
    expect(mixedLanguage(shown, lang)).toEqual([]);
  };

  beforeAll(async () => {
    connector = await FakeConnector.start({ conversationLimits: [] });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: IN_MEMORY_DATA_DIR,
      PSEUDONYM_SECRET: 'language-e2e-pseudonym-secret',
      ANNOUNCERS: Object.values(LEADS)
        .map((u) => u.aadObjectId)
        .join(','),
      PROJECT_OFFICE_MEMBERS: OFFICER.aadObjectId,
      PROJECT_OFFICE_CHANNEL: OFFICE_CHANNEL,
      PROJECT_OFFICE_SERVICE_URL: connector.serviceUrl,
      RATE_LIMIT_PER_MINUTE: '1000',
    });
    ({ app, data } = await composeApplication(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent')));
    ({ url } = await app.start());
  }, 30_000);

  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });

  describe('the exchanges the issue names', () => {
    it('"hjelp" under nn-NO: a nynorsk help card with nynorsk command words', async () => {
      const p = person(newUser(), 'nn-NO');
      await p.say('hjelp');
      await connector.waitForMessages(p.chat.id, 1);
      const text = visibleTexts(p.seen()).join('\n');
      expect(text).toContain('Dette kan eg hjelpe med');
      expect(text).toContain('spørsmåla mine');
      expect(text).toContain('kunngjering');
      expectOneLanguage(p.seen(), 'nn');
    });

    it('"Kven leiar prosjektkontoret?" under en-US, then "Ja": the answer, the thanks and the prompt in nynorsk', async () => {
      const p = person(newUser(), 'en-US');
      await p.say('Kven leiar prosjektkontoret?');
      await connector.waitForMessages(p.chat.id, 1);
      const answerId = p.lastMessageId();
      await p.submit(p.button('Ja').data as Record<string, unknown>, answerId);
      await connector.waitForMessages(p.chat.id, 2);
      expect(visibleTexts(p.seen()).join('\n')).toContain('Takk for tilbakemeldinga – du svarte «Ja».');
      expectOneLanguage(p.seen(), 'nn');
    });

    it('an off-topic nynorsk question under en-US: a nynorsk fallback with a nynorsk office button', async () => {
      const p = person(newUser(), 'en-US');
      await p.say('Kva blir vêret i morgon?');
      await connector.waitForMessages(p.chat.id, 1);
      expect(p.button('Send spørsmålet til prosjektkontoret')).toBeDefined();
      expectOneLanguage(p.seen(), 'nn');
    });

    it('an English fragment with no marker word under nb-NO: an English answer, by its English words', async () => {
      const p = person(newUser(), 'nb-NO');
      await p.say('canteen opening hours');
      await connector.waitForMessages(p.chat.id, 1);
      expectOneLanguage(p.seen(), 'en');
    });

    it('an English question under nb-NO: an English answer and English buttons', async () => {
      const p = person(newUser(), 'nb-NO');
      await p.say('Who leads the project office?');
      await connector.waitForMessages(p.chat.id, 1);
      await p.submit(p.button('Yes').data as Record<string, unknown>, p.lastMessageId());
      await connector.waitForMessages(p.chat.id, 2);
      expect(visibleTexts(p.seen()).join('\n')).toContain('you answered "Yes"');
      expectOneLanguage(p.seen(), 'en');
    });
  });

  it('an English question, then «Er Oppdal med?» under en-US: the second answer is Norwegian, not English', async () => {
    const p = person(newUser(), 'en-US');
    await p.say('Who leads the project office?');
    await connector.waitForMessages(p.chat.id, 1);
    const from = p.seen().length;
    await p.say('Er Oppdal med?');
    await connector.waitForMessages(p.chat.id, 2);
    expectOneLanguage(p.seen(from), 'nb');
  });

  describe.each(['nb', 'nn', 'en'] as const)('%s, from a client in another language', (lang) => {
    const s = SCRIPT[lang];

    it('feedback: a question, "Nei", a comment, then free feedback from the command', async () => {
      const p = person(newUser(), s.locale);
      await p.say(s.question);
      await connector.waitForMessages(p.chat.id, 1);
      await p.submit(p.button(s.no).data as Record<string, unknown>, p.lastMessageId());
      await connector.waitForMessages(p.chat.id, 2);
      const commentCard = p.lastCard();
      const send = actionsOf(commentCard).find((a) => a.type === 'Action.Submit')!;
      await p.submit({ ...(send.data as Record<string, unknown>), comment: 'Mangler telefon 98765432' });
      await connector.waitForMessages(p.chat.id, 3);
      await p.say(s.feedback);
      await connector.waitForMessages(p.chat.id, 4);
      const free = actionsOf(p.lastCard()).find((a) => a.type === 'Action.Submit')!;
      await p.submit({ ...(free.data as Record<string, unknown>), comment: 'Fin bot' });
      await connector.waitForMessages(p.chat.id, 5);
      const shown = visibleTexts(p.seen()).join('\n');
      for (const key of [
        'feedback.ratedNo',
        'feedback.commentLabel',
        'feedback.freeTitle',
        'feedback.freeSaved',
      ] as const)
        expect(shown).toContain(t(lang, key));
      if (process.env.SHOW_TEXTS) console.log(shown);
      expect((await data.feedback.list()).some((e) => e.comment === 'Fin bot')).toBe(true);
      expectOneLanguage(p.seen(), lang);
    });

    it('fallback and the project office: the question, the form, the receipt, the list and the answer', async () => {
      const user = newUser();
      const p = person(user, s.locale);
      await p.say(s.offTopic);
      await connector.waitForMessages(p.chat.id, 1);
      await p.submit(p.button(s.askOffice).data as Record<string, unknown>);
      await connector.waitForMessages(p.chat.id, 2);
      const compose = p.lastCard();
      const send = actionsOf(compose).find((a) => a.verb === 'office.send')!;
      const receipt = await p.execute('office.send', {
        ...(send.data as Record<string, unknown>),
        question: s.offTopic,
      });
      expect(receipt.type).toBe('application/vnd.microsoft.card.adaptive');
      await p.say(s.myQuestions);
      await connector.waitForMessages(p.chat.id, 3);

      // The office answers in its channel (in its own language); the answer reaches the asker in theirs.
      const [ticket] = await data.tickets.listByAsker(pseudonymize(user.aadObjectId), 5);
      const ticketId = ticket!.id;
      const thread: TestConversation = { id: `${OFFICE_CHANNEL};messageid=1`, conversationType: 'channel' };
      const officeCall = (verb: string, dataValue: Record<string, unknown>) =>
        post({
          ...base(OFFICER, thread, 'nb-NO'),
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
        });
      await officeCall('office.assign', { ticketId });
      await officeCall('office.answer', { ticketId, answer: 'Sjå yr.no.' });
      await connector.waitForMessages(p.chat.id, 4);
      const shown = visibleTexts(p.seen()).join('\n');
      for (const key of [
        'office.composeTitle',
        'office.sentTitle',
        'office.myQuestionsTitle',
        'office.answerTitle',
      ] as const)
        expect(shown).toContain(t(lang, key));
      expect(shown).toContain('Sjå yr');
      if (process.env.SHOW_TEXTS) console.log(shown);
      expectOneLanguage(p.seen(), lang);
    });

    it('announcements: the form, the preview, the send receipt and the status card', async () => {
      const p = person(LEADS[lang], s.locale);
      await post({ ...base(LEADS[lang], p.chat, s.locale), type: 'installationUpdate', action: 'add' });
      // Installed before a word is written, the welcome follows the Teams locale; the exchange starts after it.
      await connector.waitForMessages(p.chat.id, 1);
      await p.say(s.announce);
      await connector.waitForMessages(p.chat.id, 2);
      const form = p.lastCard();
      const preview = actionsOf(form).find((a) => a.verb === 'announcement.preview')!;
      const previewed = await p.execute('announcement.preview', {
        ...(preview.data as Record<string, unknown>),
        ...filledForm({ title: 'Helseplattformen', text: '–', link1Title: '', link1Url: '' }),
      });
      expect(previewed.type).toBe('application/vnd.microsoft.card.adaptive');
      const sendNow = actionsOf(previewed.value).find((a) => a.verb === 'announcement.send')!;
      await p.execute('announcement.send', sendNow.data as Record<string, unknown>);
      // Let the sending finish here, so its deliveries to other personal chats do not land in later exchanges.
      for (const until = Date.now() + 15_000; Date.now() < until;) {
        const [latest] = await data.announcements.listRecent(1);
        if (latest?.status === 'sent') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The status card is posted in the author's chat and kept up to date as the sending goes.
      await connector.waitForMessages(p.chat.id, 3);
      // The status card (the announcement itself, delivered to this chat too, may have come after it).
      const refresh = p
        .seen(1)
        .flatMap((activity) => actionsOf(activity))
        .filter((a) => a.verb === 'announcement.status')
        .pop()!;
      await p.execute('announcement.status', refresh.data as Record<string, unknown>);
      // The announcement's title and text are the author's own words; everything around them is checked.
      const around = p.seen(1);
      const shown = visibleTexts(around).join('\n');
      for (const key of [
        'announcement.formTitleNew',
        'announcement.previewHeading',
        'status.heading',
        'status.refresh',
      ] as const)
        expect(shown).toContain(t(lang, key));
      if (process.env.SHOW_TEXTS) console.log(shown);
      expectOneLanguage(around, lang);
    });
  });
});
