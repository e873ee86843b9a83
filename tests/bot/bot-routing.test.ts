import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import type { BotFeature } from '../../src/bot/bot-feature';
import { HelseplattformenBot } from '../../src/bot/helseplattformen-bot';
import { SUGGESTED_QUESTIONS } from '../../src/cards/strings';
import { createQuestionAnswerer } from '../../src/qa';

const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
const logger = pino({ level: 'silent' });
const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});

function harness(features: BotFeature[] = []) {
  const bot = new HelseplattformenBot({ questions: { answerer, officeEmail, version: 0 }, logger, features });
  return new TestAdapter(async (context) => bot.run(context));
}

describe('bot routing', () => {
  it('answers a question with an Adaptive Card and a short text', async () => {
    await harness()
      .send('Hvem leder delprosjektet Opplæring?')
      .assertReply((a) => {
        expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(cardOf(a)).toContain('May Liz Bjørnevik Tho');
        expect(a.summary).toContain('May Liz Bjørnevik Tho');
      })
      .startTest();
  });

  it('strips the @mention in a channel before answering', async () => {
    const adapter = harness();
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: '<at>Helseplattformen</at> hvem leder teknisk?',
      entities: [
        {
          type: 'mention',
          mentioned: { id: 'bot', name: 'Helseplattformen' },
          text: '<at>Helseplattformen</at>',
        },
      ],
      recipient: { id: 'bot', name: 'Helseplattformen' },
      conversation: { id: 'channel-1', conversationType: 'channel', isGroup: true, name: '' },
    };
    await adapter
      .send(activity)
      .assertReply((a) => expect(cardOf(a)).toContain('Anne Amdal Storsve'))
      .startTest();
  });

  it('lists the commands for "hjelp" and "help"', async () => {
    await harness()
      .send('hjelp')
      .assertReply((a) => {
        expect(cardOf(a)).toContain('kontakter');
        expect(cardOf(a)).toContain('delprosjekter');
      })
      .send('help')
      .assertReply((a) => {
        expect(cardOf(a)).toContain('decisions');
        expect(cardOf(a)).toContain('"title":"help"');
        expect(cardOf(a)).not.toContain('beslutninger');
      })
      .startTest();
  });

  it('greets with what it can do when it is installed', async () => {
    const adapter = harness();
    await adapter
      .send({
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [{ id: 'bot', name: 'Helseplattformen' }],
        recipient: { id: 'bot', name: 'b' },
      })
      .assertReply((a) =>
        expect(cardOf(a)).toContain('Jeg svarer på spørsmål om innføringen av Helseplattformen'),
      )
      .startTest();
  });

  it('greets exactly once, in the user’s language, when Teams announces the install twice', async () => {
    const adapter = harness();
    const sent: Partial<Activity>[] = [];
    const conversation = { id: 'a:kari', conversationType: 'personal', isGroup: false, name: '' };
    const teams = { channelId: 'msteams', recipient: { id: 'bot', name: 'b' }, conversation };
    // As Teams sends them: installationUpdate with the user's locale, then conversationUpdate without one.
    await adapter
      .send({ ...teams, type: ActivityTypes.InstallationUpdate, action: 'add', locale: 'en-US' })
      .send({ ...teams, type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot', name: 'b' }] })
      .send({ ...teams, type: ActivityTypes.InstallationUpdate, action: 'add-upgrade', locale: 'en-US' })
      .startTest();
    while (adapter.activeQueue.length > 0) sent.push(adapter.activeQueue.shift()!);
    expect(sent).toHaveLength(1);
    expect(cardOf(sent[0]!)).toContain('I answer questions about the introduction of Helseplattformen');
  });

  it('has example questions on the welcome card that Teams and the Playground both send back, and answers them', async () => {
    const adapter = harness();
    let welcome: Partial<Activity> = {};
    await adapter
      .send('hei')
      .assertReply((a) => {
        welcome = a;
      })
      .startTest();
    const buttons = JSON.parse(cardOf(welcome)).body.flatMap(
      (b: { type: string; actions?: Record<string, unknown>[] }) => (b.type === 'ActionSet' ? b.actions : []),
    ) as { type: string; title: string; data: Record<string, unknown> }[];
    expect(buttons.map((b) => b.title)).toEqual(SUGGESTED_QUESTIONS.nb);
    for (const button of buttons) {
      // A plain Action.Submit: the Playground ignores buttons with msteams imBack/messageBack data.
      expect(button.type).toBe('Action.Submit');
      expect(button.data).not.toHaveProperty('msteams');
    }
    await adapter
      .send({ type: ActivityTypes.Message, value: buttons[0]!.data })
      .assertReply((a) => expect(cardOf(a)).toContain('May Liz Bjørnevik Tho'))
      .startTest();
  });

  it('shows the subproject list for the "delprosjekter" command', async () => {
    await harness()
      .send('delprosjekter')
      .assertReply((a) => {
        for (const name of ['Funksjonalitet', 'Teknisk', 'Opplæring', 'Gevinstrealisering'])
          expect(cardOf(a)).toContain(name);
      })
      .startTest();
  });

  it('routes commands, card submits and fallbacks to the feature that owns them', async () => {
    const seen: string[] = [];
    const feature: BotFeature = {
      name: 'test',
      commands: [
        {
          word: 'command.feedback',
          handle: async (ctx, args) => {
            seen.push(`command:${args}`);
            await ctx.sendActivity('takk');
          },
        },
      ],
      submits: {
        feedback: async (ctx, value) => {
          seen.push(`submit:${String(value.helpful)}`);
          await ctx.sendActivity('ok');
        },
      },
      onUnanswered: async (_ctx, q) => {
        seen.push(`unanswered:${q}`);
      },
    };
    await harness([feature])
      .send('Tilbakemelding boten er fin')
      .assertReply('takk')
      .send({ type: ActivityTypes.Message, value: { action: 'feedback', helpful: true } })
      .assertReply('ok')
      .send('Hva blir været i morgen?')
      .assertReply((a) => expect(cardOf(a)).toContain('Det vet jeg dessverre ikke'))
      .startTest();
    expect(seen).toEqual(['command:boten er fin', 'submit:true', 'unanswered:Hva blir været i morgen?']);
  });

  it('greets back on a bare greeting and answers thanks, but answers a question that starts with a greeting', async () => {
    await harness()
      .send('Hei!')
      .assertReply((a) =>
        expect(cardOf(a)).toContain('Jeg svarer på spørsmål om innføringen av Helseplattformen'),
      )
      .send('tusen takk')
      .assertReply('Bare hyggelig! Spør gjerne om mer.')
      .send('hei, hvem leder teknisk?')
      .assertReply((a) => expect(cardOf(a)).toContain('Anne Amdal Storsve'))
      .startTest();
  });

  it('points a typed «ja» or «nei» to the buttons under the answer instead of saying it does not know', async () => {
    await harness()
      .send('Hvem leder delprosjektet Teknisk?')
      .assertReply((a) => expect(cardOf(a)).toContain('Anne Amdal Storsve'))
      .send('Ja!')
      .assertReply(
        'Vil du si om svaret hjalp deg, trykker du «Ja» eller «Nei» under det. Har du et nytt spørsmål, er det bare å skrive det.',
      )
      .send('Who leads the technical subproject?')
      .assertReply((a) => expect(cardOf(a)).toContain('Anne Amdal Storsve'))
      .send('no')
      .assertReply(
        'To tell me whether the answer helped you, press "Yes" or "No" under it. If you have another question, just type it.',
      )
      // A question that opens with «ja» or «nei» is still a question.
      .send('nei, hvem leder opplæring?')
      .assertReply((a) => expect(cardOf(a)).toContain('May Liz Bjørnevik Tho'))
      .startTest();
  });

  it('answers a question that points back to the one before it in the conversation', async () => {
    await harness()
      .send('Hvem leder prosjektkontoret?')
      .assertReply((a) => expect(cardOf(a)).toContain('Elise B. Vesterhus'))
      .send('Hva er telefonnummeret hennes?')
      .assertReply((a) => expect(cardOf(a)).toContain('952 63 567'))
      // A chain of follow-ups points back to the question they follow.
      .send('Og e-posten hennes?')
      .assertReply((a) => expect(cardOf(a)).toContain('elise-b.vesterhus@trondheim.kommune.no'))
      .send('Hvem kan jeg spørre om opplæringen?')
      .assertReply((a) => expect(cardOf(a)).toContain('May Liz Bjørnevik Tho'))
      // The page gives her no e-mail address: that is said, not «vet ikke» about nothing.
      .send('Og hva er e-posten hennes?')
      .assertReply((a) =>
        expect(cardOf(a)).toContain('Jeg har ikke noen e-postadresse til May Liz Bjørnevik Tho'),
      )
      .send('Hva blir været i morgen, tror du det?')
      .assertReply((a) => expect(cardOf(a)).not.toContain('May Liz Bjørnevik Tho'))
      .startTest();
  });

  it('lists the contacts for "kontakt", and answers "kontakter teknisk" as a question', async () => {
    await harness()
      .send('kontakt')
      .assertReply((a) => {
        expect(cardOf(a)).toContain('Ola Skorstad');
        expect(cardOf(a)).toContain('Tone Fagerholt');
      })
      .send('kontakter teknisk')
      .assertReply((a) => {
        expect(cardOf(a)).toContain('Anne Amdal Storsve');
        expect(cardOf(a)).not.toContain('Tone Fagerholt');
      })
      .startTest();
  });

  it('suggests only questions it can answer', () => {
    for (const q of Object.values(SUGGESTED_QUESTIONS).flat()) expect(answerer.answer(q).kind).toBe('answer');
  });
});
