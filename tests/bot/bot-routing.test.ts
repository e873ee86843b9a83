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
      .assertReply((a) => expect(cardOf(a)).toContain('beslutninger'))
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
          names: ['tilbakemelding', 'feedback'],
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
