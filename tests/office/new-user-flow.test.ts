import { OFFICE_CHANNEL_KEY } from '../../src/office/office-channel';
import {
  actionsOf,
  askerChat,
  ASKER,
  cardOf,
  invokeCard,
  OFFICE_CHANNEL,
  officeThread,
  OFFICER,
  OUTSIDER,
  startOfficeHarness,
  textOf,
  type OfficeHarness,
} from './office-harness';

/** The last message the bot sent to a conversation, as text (card text or plain text). */
function lastText(h: OfficeHarness, conversationId: string): string {
  const messages = h.connector.messages(conversationId);
  const message = messages[messages.length - 1];
  const attachments = message?.activity?.attachments as unknown[] | undefined;
  return attachments?.length ? textOf(cardOf(message)) : String(message?.activity?.text ?? '');
}

describe('the project office as a new team meets it', () => {
  let h: OfficeHarness;
  beforeEach(async () => {
    h = await startOfficeHarness({ configuredChannel: false });
  });
  afterEach(async () => {
    await h?.close();
  });

  it("goes from no channel, to an office member choosing one, to an answered question in the asker's chat", async () => {
    const chat = askerChat();

    // The asker finds the command on the help card and asks before the office has chosen a channel.
    await h.say(chat, ASKER, 'hjelp');
    expect(lastText(h, chat.id)).toContain('spør prosjektkontoret');
    await h.say(
      chat,
      ASKER,
      'spør prosjektkontoret Når får vi opplæring i mobil dokumentasjon på sykehjemmet?',
    );
    const compose = cardOf(h.connector.messages(chat.id).at(-1));
    const input = (compose.body as Record<string, unknown>[]).find((e) => e.type === 'Input.Text')!;
    expect(input.value).toBe('Når får vi opplæring i mobil dokumentasjon på sykehjemmet?');
    const send = actionsOf(compose).find((a) => a.verb === 'office.send')!;
    const draft = { ...(send.data as Record<string, unknown>), question: input.value };
    const notYet = invokeCard(await h.execute(chat, ASKER, 'office.send', draft));
    expect(textOf(notYet)).toContain('Prosjektkontoret har ikke koblet boten til en kanal ennå');
    expect(await h.data.tickets.listByAsker(h.pseudonymize(ASKER.aadObjectId), 5)).toEqual([]);

    // Choosing the channel: not from a personal chat, not by someone outside the office.
    await h.say(askerChat(OFFICER), OFFICER, 'velg som prosjektkontor-kanal');
    expect(lastText(h, askerChat(OFFICER).id)).toContain('Skriv kommandoen i den kanalen');
    const outsiderPost = officeThread('post-1');
    await h.say(outsiderPost, OUTSIDER, '<at>Helseplattformen</at> velg som prosjektkontor-kanal');
    expect(lastText(h, outsiderPost.id)).toContain('Bare prosjektkontoret kan velge');
    expect((await h.data.botState.read([OFFICE_CHANNEL_KEY]))[OFFICE_CHANNEL_KEY]).toBeUndefined();

    // An office member chooses it by @mentioning the bot in a new post in the channel.
    const officerPost = officeThread('post-2');
    await h.say(officerPost, OFFICER, '<at>Helseplattformen</at> velg som prosjektkontor-kanal');
    expect(lastText(h, officerPost.id)).toContain('Denne kanalen er nå prosjektkontorets kanal');

    // The asker clicks Send again on the same card: now it goes to the channel as a new post (not into the thread).
    const receipt = invokeCard(await h.execute(chat, ASKER, 'office.send', draft));
    expect(textOf(receipt)).toContain('Sendt til prosjektkontoret');
    const [ticketMessage] = h.connector.messages(OFFICE_CHANNEL);
    expect(ticketMessage).toBeDefined();
    expect(textOf(cardOf(ticketMessage))).toContain('opplæring i mobil dokumentasjon');

    // The officer answers straight away, without taking the case first.
    const { ticketId } = actionsOf(cardOf(ticketMessage)).find((a) => a.verb === 'office.answer')!.data as {
      ticketId: string;
    };
    await h.execute(
      officeThread(ticketMessage!.activityId),
      OFFICER,
      'office.answer',
      { ticketId, answer: 'Opplæringen starter i uke 12. Lederen din melder dere på.' },
      ticketMessage!.activityId,
    );
    expect(h.connector.message(ticketMessage!.activityId)!.updates).toBe(1);
    expect(lastText(h, chat.id)).toContain('Opplæringen starter i uke 12');

    // "Fant du det du lette etter?" Ja: stored as feedback on this ticket.
    const yes = actionsOf(cardOf(h.connector.messages(chat.id).at(-1))).find((a) => a.title === 'Ja')!;
    await h.submit(chat, ASKER, yes.data as Record<string, unknown>);
    expect(await h.data.feedback.list()).toEqual([
      expect.objectContaining({
        helpful: true,
        topicId: `ticket:${ticketId}`,
        userPseudonym: h.pseudonymize(ASKER.aadObjectId),
      }),
    ]);

    // "mine spørsmål" shows it as answered, with the answer.
    await h.say(chat, ASKER, 'mine spørsmål');
    expect(lastText(h, chat.id)).toContain('Besvart');
    expect(lastText(h, chat.id)).toContain('Opplæringen starter i uke 12');
  });
});
