import { type Activity, TestAdapter } from 'botbuilder';
import { HelseplattformenBot } from '../../src/bot/helseplattformen-bot';
import { createFeedbackFeature } from '../../src/feedback/feedback-feature';
import { createTopicNames } from '../../src/feedback/topic-names';
import type { MemberDirectory } from '../../src/access/member-directory';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { createQuestionAnswerer } from '../../src/qa';
import { loadKnowledgeBase } from '../../src/qa/knowledge-base';
import { accessPolicy } from '../support/access';
import { capturingLogger } from '../support/capturing-logger';
import { InMemoryFeedback } from './in-memory-feedback';

const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
const topicName = createTopicNames(loadKnowledgeBase('content/knowledge-base.yaml'));
const pseudonymize = createPseudonymizer('unit-test-pseudonym-secret');

const KARI = { id: '29:kari', name: 'Kari Nordmann', aadObjectId: 'aaaaaaaa-1111-2222-3333-444444444444' };
const OLA = { id: '29:ola', name: 'Ola Hansen', aadObjectId: 'bbbbbbbb-1111-2222-3333-444444444444' };
const LEAD = { id: '29:lead', name: 'Liv Leder', aadObjectId: 'cccccccc-1111-2222-3333-444444444444' };
const STORE_DOWN = 'Beklager, jeg fikk ikke lagret tilbakemeldingen akkurat nå. Prøv igjen om litt.';

type User = typeof KARI;
type Card = { body: unknown[]; actions?: { type: string; title: string; data?: Record<string, unknown> }[] };

const cardOf = (a: Partial<Activity> | undefined): Card => a?.attachments?.[0]?.content as Card;
const json = (a: Partial<Activity> | undefined) => JSON.stringify(a?.attachments?.[0]?.content ?? {});

/** The Ja or Nei button data on an answer card. */
function feedbackButton(
  reply: Partial<Activity>,
  title: 'Ja' | 'Nei' | 'Yes' | 'No',
): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Submit' && o.title === title) found.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(cardOf(reply));
  if (!found[0]) throw new Error(`no ${title} button on ${json(reply)}`);
  return found[0];
}

function harness(
  options: { announcers?: string[]; announcerTeamId?: string; directory?: MemberDirectory } = {},
) {
  const store = new InMemoryFeedback();
  const { logger, lines: logs } = capturingLogger('debug');
  const feature = createFeedbackFeature({
    feedback: store.feedback,
    unanswered: store.unanswered,
    pseudonymize,
    mayViewStatistics: accessPolicy(
      { ANNOUNCERS: options.announcers ?? [], ANNOUNCER_TEAM_ID: options.announcerTeamId },
      logger,
      options.directory,
    ).check('statistics'),
    logger,
    topicName,
    answers: { answerer, officeEmail },
  });
  const bot = new HelseplattformenBot({
    questions: { answerer, officeEmail, version: 0 },
    logger,
    features: [feature],
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const updates: Partial<Activity>[] = [];
  const update = adapter.updateActivity.bind(adapter);
  jest.spyOn(adapter, 'updateActivity').mockImplementation(async (context, activity) => {
    updates.push(activity);
    return update(context, activity);
  });

  /** One incoming activity; resolves with the bot's replies to it. */
  const send = async (
    activity: Partial<Activity>,
    user: User = KARI,
    conversation: { id: string; conversationType: string } = {
      id: `a:${user.id}`,
      conversationType: 'personal',
    },
  ): Promise<Partial<Activity>[]> => {
    await adapter.processActivity({
      type: 'message',
      from: user,
      conversation: { ...conversation, isGroup: conversation.conversationType !== 'personal', name: '' },
      locale: 'nb-NO',
      ...activity,
    });
    return adapter.activeQueue.splice(0);
  };
  const say = (text: string, user?: User, conversation?: { id: string; conversationType: string }) =>
    send({ text }, user, conversation);
  /** Asks a question and clicks Ja or Nei under the answer. */
  const rate = async (question: string, title: 'Ja' | 'Nei', user: User = KARI) => {
    const [answer] = await say(question, user);
    const replies = await send({ value: feedbackButton(answer!, title), replyToId: answer!.id }, user);
    return { answer: answer!, replies };
  };
  return { store, logs, send, say, rate, updates };
}

describe('feedback on answers (Ja / Nei)', () => {
  it('stores a Ja with the topic, locale, conversation type and a pseudonym, never the name, and offers a comment', async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');

    expect(h.store.entries).toHaveLength(1);
    const entry = h.store.entries[0]!;
    expect(entry).toMatchObject({
      helpful: true,
      topicId: 'teknisk',
      question: 'Hvem leder delprosjektet Teknisk?',
      locale: 'nb-NO',
      conversationType: 'personal',
      userPseudonym: pseudonymize(KARI.aadObjectId),
    });
    const stored = JSON.stringify(h.store.entries);
    for (const identifying of [KARI.name, 'Kari', KARI.aadObjectId, KARI.id])
      expect(stored).not.toContain(identifying);

    expect(replies).toHaveLength(1);
    expect(replies[0]!.summary).toBe('Takk for tilbakemeldingen!');
    const card = json(replies[0]);
    expect(card).toContain('Vil du si mer? (valgfritt)');
    expect(card).toContain(
      'Tilbakemeldingen vil ikke bli besvart. Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    );
    expect(cardOf(replies[0]).actions?.[0]).toMatchObject({
      type: 'Action.Submit',
      title: 'Send',
      data: { action: 'feedback.comment', feedbackId: entry.id },
    });
  });

  it('stores the question redacted when it carries personal data', async () => {
    const h = harness();
    await h.send({
      value: {
        action: 'feedback',
        helpful: false,
        topicId: 'teknisk',
        question: 'Teknisk? Ring meg på 987 65 432',
      },
      replyToId: 'card-1',
    });
    expect(h.store.entries[0]!.question).toBe('Teknisk? Ring meg på [fjernet: telefonnummer]');
    expect(h.store.entries[0]!.helpful).toBe(false);
  });

  it('keeps one record when the same person clicks the same card again, also Nei after Ja', async () => {
    const h = harness();
    const { answer } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');
    const again = await h.send({ value: feedbackButton(answer, 'Ja'), replyToId: answer.id });
    const changed = await h.send({ value: feedbackButton(answer, 'Nei'), replyToId: answer.id });

    expect(h.store.entries).toHaveLength(1);
    expect(h.store.entries[0]!.helpful).toBe(true);
    for (const replies of [again, changed]) {
      expect(replies.map((r) => r.text)).toEqual([
        'Du har allerede gitt tilbakemelding på dette svaret, så jeg beholder den første. Takk!',
      ]);
    }
  });

  it('counts a new answer card as a new rating', async () => {
    const h = harness();
    await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');
    await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei');
    expect(h.store.entries.map((e) => e.helpful)).toEqual([true, false]);
  });

  it('replaces the answer in a personal chat with the same answer and "Takk for tilbakemeldingen", without buttons', async () => {
    const h = harness();
    const { answer } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei');
    expect(h.updates).toHaveLength(1);
    const updated = h.updates[0]!;
    expect(updated.id).toBe(answer.id);
    expect(json(updated)).toContain('Anne Amdal Storsve');
    expect(json(updated)).toContain('Takk for tilbakemeldingen – du svarte «Nei».');
    expect(json(updated)).not.toContain('"action":"feedback"');
  });

  it('lets everyone in a channel rate the same answer once each, and leaves the buttons for the others', async () => {
    const h = harness();
    const channel = { id: '19:kanal@thread.tacv2;messageid=1', conversationType: 'channel' };
    const [answer] = await h.say('Hvem leder delprosjektet Teknisk?', KARI, channel);
    for (const user of [KARI, OLA, KARI]) {
      await h.send({ value: feedbackButton(answer!, 'Ja'), replyToId: answer!.id }, user, channel);
    }
    expect(h.store.entries.map((e) => e.userPseudonym)).toEqual([
      pseudonymize(KARI.aadObjectId),
      pseudonymize(OLA.aadObjectId),
    ]);
    expect(h.store.entries[0]!.conversationType).toBe('channel');
    expect(h.updates).toEqual([]);
  });

  it('answers in English when the Teams locale is English', async () => {
    const h = harness();
    const [answer] = await h.send({ text: 'Who leads the training subproject?', locale: 'en-US' });
    const replies = await h.send({
      value: feedbackButton(answer!, 'Yes'),
      replyToId: answer!.id,
      locale: 'en-US',
    });
    expect(replies[0]!.summary).toBe('Thank you for your feedback!');
    expect(json(replies[0])).toContain('Anything to add? (optional)');
    expect(h.store.entries[0]).toMatchObject({ helpful: true, locale: 'en-US', topicId: 'opplaering' });
  });

  it('answers card data that does not fit with a friendly message and stores nothing', async () => {
    const h = harness();
    for (const value of [
      { action: 'feedback', helpful: 'ja' },
      { action: 'feedback' },
      { action: 'feedback', helpful: true, question: 'x'.repeat(5000) },
      { action: 'feedback.comment', feedbackId: 'abc' },
      { action: 'feedback.comment', comment: 42 },
    ]) {
      const replies = await h.send({ value });
      expect(replies.map((r) => r.text)).toEqual([
        'Beklager, jeg forstod ikke svaret fra kortet. Prøv igjen, eller skriv «tilbakemelding» og teksten din.',
      ]);
    }
    expect(h.store.entries).toEqual([]);
    expect(h.logs.filter((l) => l.msg === 'feedback: card submit with invalid data')).toHaveLength(5);
  });
});

describe('comments on a rating', () => {
  it('stores the comment redacted on the rating and replaces the comment card with a thank-you', async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei');
    const commentCard = replies[0]!;
    const send = cardOf(commentCard).actions![0]!.data!;
    const after = await h.send({
      value: { ...send, comment: 'Mangler telefon. Ring meg på 987 65 432 eller skriv til kari@example.com' },
      replyToId: commentCard.id,
    });

    expect(h.store.entries).toHaveLength(1);
    expect(h.store.entries[0]!.comment).toBe(
      'Mangler telefon. Ring meg på [fjernet: telefonnummer] eller skriv til [fjernet: e-post]',
    );
    expect(after).toEqual([]);
    const thanks = h.updates.find((u) => u.id === commentCard.id);
    expect(thanks?.summary).toBe(
      'Takk! Kommentaren din er lagret. Jeg fjernet telefonnummer og e-post før jeg lagret den.',
    );
    expect(json(thanks)).not.toContain('Input.Text');
  });

  it('thanks without storing anything when Send is clicked with an empty comment', async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');
    const after = await h.send({ value: { ...cardOf(replies[0]).actions![0]!.data!, comment: '  ' } });
    expect(after.map((r) => r.text)).toEqual(['Takk for tilbakemeldingen!']);
    expect(h.store.entries[0]!.comment).toBeUndefined();
  });

  it("refuses a comment on someone else's rating, or with a forged token", async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');
    const data = cardOf(replies[0]).actions![0]!.data!;
    const byOla = await h.send({ value: { ...data, comment: 'Ola overskriver' } }, OLA);
    const forged = await h.send({ value: { ...data, token: 'x'.repeat(32), comment: 'forfalsket' } });
    for (const r of [byOla, forged]) {
      expect(r.map((a) => a.text)).toEqual([
        'Dette skjemaet hører til en annens tilbakemelding. Skriv «tilbakemelding» for å gi din egen.',
      ]);
    }
    expect(h.store.entries[0]!.comment).toBeUndefined();
  });

  it('says a comment over 2000 characters is too long', async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Ja');
    const after = await h.send({
      value: { ...cardOf(replies[0]).actions![0]!.data!, comment: 'a'.repeat(2001) },
    });
    expect(after[0]!.text).toBe(
      'Tilbakemeldingen er for lang (over 2000 tegn). Kort den ned og send den igjen.',
    );
    expect(h.store.entries[0]!.comment).toBeUndefined();
  });
});

describe('free feedback', () => {
  it('stores "tilbakemelding <tekst>" redacted in one message and thanks, naming what was removed', async () => {
    const h = harness();
    const replies = await h.say('tilbakemelding Boten er nyttig! Personnummeret mitt er 01028037445');
    expect(h.store.entries).toHaveLength(1);
    expect(h.store.entries[0]).toMatchObject({
      comment: 'Boten er nyttig! Personnummeret mitt er [fjernet: personnummer]',
      userPseudonym: pseudonymize(KARI.aadObjectId),
      conversationType: 'personal',
    });
    expect(h.store.entries[0]!.helpful).toBeUndefined();
    expect(replies.map((r) => r.text)).toEqual([
      'Takk for tilbakemeldingen! Den er lagret. Jeg fjernet personnummer før jeg lagret den.',
    ]);
  });

  it('takes "feedback <text>" in English too', async () => {
    const h = harness();
    const replies = await h.send({ text: 'feedback More about training, please', locale: 'en-GB' });
    expect(h.store.entries[0]!.comment).toBe('More about training, please');
    expect(replies[0]!.text).toBe('Thank you for your feedback! It has been saved.');
  });

  it('stores a message Teams delivers twice (same activity id) once', async () => {
    const h = harness();
    await h.send({ id: 'same-activity', text: 'tilbakemelding Flott' });
    await h.send({ id: 'same-activity', text: 'tilbakemelding Flott' });
    expect(h.store.entries).toHaveLength(1);
  });

  it('shows the feedback card for "tilbakemelding" alone, and stores what is sent from it', async () => {
    const h = harness();
    const [card] = await h.say('tilbakemelding');
    expect(json(card)).toContain('Gi tilbakemelding');
    expect(json(card)).toContain('Ikke send personlig informasjon');
    expect(h.store.entries).toEqual([]);

    const data = cardOf(card).actions![0]!.data!;
    expect(data).toEqual({ action: 'feedback.comment', lang: 'nb' });
    const empty = await h.send({ value: { ...data, comment: '' }, replyToId: card!.id });
    expect(empty[0]!.text).toBe(
      'Skriv noe i feltet før du sender, eller skriv «tilbakemelding» og teksten din.',
    );

    await h.send({
      value: { ...data, comment: 'Mer om opplæring, takk. Ring 98765432' },
      replyToId: card!.id,
    });
    await h.send({
      value: { ...data, comment: 'Mer om opplæring, takk. Ring 98765432' },
      replyToId: card!.id,
    });
    expect(h.store.entries.map((e) => e.comment)).toEqual([
      'Mer om opplæring, takk. Ring [fjernet: telefonnummer]',
    ]);
    expect(h.updates.at(-1)?.summary).toBe(
      'Takk for tilbakemeldingen! Den er lagret. Jeg fjernet telefonnummer før jeg lagret den.',
    );
  });

  it('says free feedback over 2000 characters is too long and stores nothing', async () => {
    const h = harness();
    const replies = await h.say(`tilbakemelding ${'ord '.repeat(600)}`);
    expect(replies[0]!.text).toBe(
      'Tilbakemeldingen er for lang (over 2000 tegn). Kort den ned og send den igjen.',
    );
    expect(h.store.entries).toEqual([]);
  });
});

describe('unanswered questions', () => {
  it('logs a question the bot could not answer, redacted, with its locale', async () => {
    const h = harness();
    const replies = await h.say('Hvordan blir været i morgen? Ring meg på 987 65 432');
    expect(replies).toHaveLength(1);
    expect(h.store.questions.map((q) => [q.question, q.locale])).toEqual([
      ['Hvordan blir været i morgen? Ring meg på [fjernet: telefonnummer]', 'nb-NO'],
    ]);
  });

  it('does not log questions that were answered', async () => {
    const h = harness();
    await h.say('Hvem leder delprosjektet Teknisk?');
    expect(h.store.questions).toEqual([]);
  });
});

describe('when the store is down', () => {
  it('still answers questions, tells a rater politely to retry, and stores again once the store is back', async () => {
    const h = harness();
    const [answer] = await h.say('Hvem leder delprosjektet Teknisk?');
    h.store.down = true;

    const [during] = await h.say('Hvem leder delprosjektet Opplæring?');
    expect(json(during)).toContain('May Liz Bjørnevik Tho');
    const fallback = await h.say('Når åpner kantina?');
    expect(fallback).toHaveLength(1);
    expect(json(fallback[0])).toContain('Prosjektkontoret');
    expect(
      (await h.send({ value: feedbackButton(answer!, 'Ja'), replyToId: answer!.id })).map((r) => r.text),
    ).toEqual([STORE_DOWN]);
    expect((await h.say('tilbakemelding Hei')).map((r) => r.text)).toEqual([STORE_DOWN]);
    expect(h.updates).toEqual([]);

    h.store.down = false;
    const retry = await h.send({ value: feedbackButton(answer!, 'Ja'), replyToId: answer!.id });
    expect(retry[0]!.summary).toBe('Takk for tilbakemeldingen!');
    expect(h.store.entries).toHaveLength(1);
    expect(h.logs.some((l) => l.msg === 'feedback: unanswered question not logged')).toBe(true);
  });
});

describe('statistikk', () => {
  async function withFeedback(h: ReturnType<typeof harness>) {
    await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei');
    await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei', OLA);
    await h.rate('Hvem leder delprosjektet Opplæring?', 'Ja');
    await h.rate('Hvem leder delprosjektet Opplæring?', 'Nei', OLA);
    await h.say('tilbakemelding Fin bot');
    await h.say('Når åpner kantina?');
    await h.say('Når åpner kantina?', OLA);
  }

  it('shows an announcer (by object id) the ratings, share helpful, topics with most Nei and unanswered questions', async () => {
    const h = harness({ announcers: [LEAD.aadObjectId.toUpperCase()] });
    await withFeedback(h);
    const [reply] = await h.say('statistikk', LEAD);
    const card = json(reply);
    expect(card).toContain('"title":"Svar vurdert","value":"4"');
    expect(card).toContain('"title":"Andel «Ja»","value":"25 % (1 av 4)"');
    expect(card).toContain('"title":"Fritekst-tilbakemeldinger","value":"1"');
    expect(card).toContain('Teknisk: 2');
    expect(card).toContain('Opplæring: 1');
    expect(card.indexOf('Teknisk: 2')).toBeLessThan(card.indexOf('Opplæring: 1'));
    expect(card).toContain('«Når åpner kantina?»: 2 ganger');
  });

  it('lets an announcer listed by UPN in through the Teams members API', async () => {
    const directory: MemberDirectory = {
      member: async (_context, userId) =>
        userId === LEAD.id ? { userPrincipalName: 'Liv.Leder@Trondheim.kommune.no' } : undefined,
      teamMember: async () => undefined,
    };
    const h = harness({ announcers: ['liv.leder@trondheim.kommune.no'], directory });
    const [reply] = await h.say('statistikk', LEAD);
    expect(json(reply)).toContain('Svar vurdert');
    const [refused] = await h.say('statistikk', OLA);
    expect(refused!.text).toBe('Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.');
  });

  it('lets a member of ANNOUNCER_TEAM_ID see the statistics, as they may announce', async () => {
    const team = '19:kommunikasjon@thread.tacv2';
    const directory: MemberDirectory = {
      member: async () => undefined,
      teamMember: async (_context, teamId, userId) =>
        teamId === team && userId === KARI.id ? { userPrincipalName: 'kari@x.no' } : undefined,
    };
    const h = harness({ announcers: [], announcerTeamId: team, directory });
    const [reply] = await h.say('statistikk', KARI);
    expect(json(reply)).toContain('Svar vurdert');
    const [refused] = await h.say('statistikk', OLA);
    expect(refused!.text).toBe('Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.');
  });

  it('refuses others politely and logs the attempt with a pseudonym only', async () => {
    const h = harness({ announcers: [LEAD.aadObjectId] });
    const replies = await h.say('statistikk', KARI);
    expect(replies.map((r) => r.text)).toEqual([
      'Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.',
    ]);
    const attempt = h.logs.find(
      (l) => l.msg === 'feedback: statistics refused, the sender does not hold the statistics role',
    );
    expect(attempt).toMatchObject({ level: 40, userPseudonym: pseudonymize(KARI.aadObjectId) });
  });

  it('says no when Teams cannot be asked about a UPN', async () => {
    const directory: MemberDirectory = {
      member: async () => {
        throw new Error('Bot Connector down');
      },
      teamMember: async () => undefined,
    };
    const h = harness({ announcers: ['liv.leder@trondheim.kommune.no'], directory });
    const [reply] = await h.say('statistikk', LEAD);
    expect(reply!.text).toBe('Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.');
  });

  it('shows the statistics only in a personal chat, not to a whole channel', async () => {
    const h = harness({ announcers: [LEAD.aadObjectId] });
    const [reply] = await h.say('statistikk', LEAD, {
      id: '19:kanal@thread.tacv2',
      conversationType: 'channel',
    });
    expect(reply!.text).toBe(
      'Statistikken vises bare i en personlig chat med meg. Skriv «statistikk» til meg der.',
    );
  });

  it('says politely that the statistics cannot be fetched while the store is down', async () => {
    const h = harness({ announcers: [LEAD.aadObjectId] });
    h.store.down = true;
    const [reply] = await h.say('statistikk', LEAD);
    expect(reply!.text).toBe('Beklager, jeg får ikke hentet statistikken akkurat nå. Prøv igjen om litt.');
  });
});

describe('privacy of the logs', () => {
  it('never logs the user name, the object id or the personal data in feedback', async () => {
    const h = harness();
    const { replies } = await h.rate('Hvem leder delprosjektet Teknisk?', 'Nei');
    await h.send({ value: { ...cardOf(replies[0]).actions![0]!.data!, comment: 'Ring 98765432' } });
    await h.say('tilbakemelding per@example.com 01028037445');
    await h.say('statistikk');
    const logged = JSON.stringify(h.logs);
    for (const secret of [KARI.name, KARI.aadObjectId, '98765432', 'per@example.com', '01028037445'])
      expect(logged).not.toContain(secret);
  });
});
