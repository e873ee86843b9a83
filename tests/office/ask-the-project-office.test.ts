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

const QUESTION = 'Kan jeg få dekket parkering når jeg er på superbrukerkurs?';

/** The last message the bot sent to a conversation. */
function last(h: OfficeHarness, conversationId: string) {
  const messages = h.connector.messages(conversationId);
  return messages[messages.length - 1];
}

/** A question the bot cannot answer, the button under the fallback, and Send on the compose card. */
async function askViaFallback(h: OfficeHarness, question: string, edited?: string) {
  const chat = askerChat();
  await h.say(chat, ASKER, question);
  const fallback = cardOf(last(h, chat.id));
  const button = actionsOf(fallback).find((a) => a.title === 'Send spørsmålet til prosjektkontoret');
  expect(button).toBeDefined();
  await h.submit(chat, ASKER, button!.data as Record<string, unknown>);
  const compose = cardOf(last(h, chat.id));
  const send = actionsOf(compose).find((a) => a.verb === 'office.send')!;
  const input = (compose.body as Record<string, unknown>[]).find((e) => e.type === 'Input.Text')!;
  const receipt = await h.execute(chat, ASKER, 'office.send', {
    ...(send.data as Record<string, unknown>),
    question: edited ?? (input.value as string),
  });
  return { chat, fallback, compose, input, receipt };
}

describe('asking the project office', () => {
  let h: OfficeHarness;
  beforeEach(async () => {
    h = await startOfficeHarness();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('shows the office no bidi or control characters from the question (U+202E would turn the text around)', async () => {
    const hostile = 'Kan jeg f\u202eå dekket\u2066 parkering\u0007 på kurs\u200f?';
    await askViaFallback(h, hostile);
    const posted = JSON.stringify(h.connector.messages(OFFICE_CHANNEL));
    expect(posted).toContain('parkering');
    for (const hidden of ['\u202e', '\u2066', '\u0007', '\u200f', '\\u202e', '\\u2066', '\\u0007', '\\u200f'])
      expect(posted.toLowerCase()).not.toContain(hidden);
  });

  it('takes a question the bot could not answer to the office channel, and brings the answer back to the asker', async () => {
    const { chat, input, receipt } = await askViaFallback(h, QUESTION);
    expect(input.value).toBe(QUESTION);
    expect(textOf(cardOf(last(h, chat.id)))).toContain(
      'Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    );
    expect(textOf(invokeCard(receipt))).toContain('Sendt til prosjektkontoret');

    // The ticket card lands in the office channel, with the question and no name of the asker.
    const posted = h.connector.messages(OFFICE_CHANNEL);
    expect(posted).toHaveLength(1);
    const ticketMessage = posted[0]!;
    const ticketCard = cardOf(ticketMessage);
    expect(textOf(ticketCard)).toContain('Kan jeg få dekket parkering');
    expect(textOf(ticketCard)).not.toContain(ASKER.name);
    const { ticketId } = actionsOf(ticketCard).find((a) => a.verb === 'office.assign')!.data as {
      ticketId: string;
    };
    const stored = await h.data.tickets.get(ticketId);
    expect(stored).toMatchObject({
      status: 'open',
      question: QUESTION,
      askerPseudonym: h.pseudonymize(ASKER.aadObjectId),
      channelActivityId: ticketMessage.activityId,
    });
    expect(JSON.stringify(stored!.askerReference)).not.toContain(ASKER.name);
    expect(JSON.stringify(stored!.askerReference)).not.toContain(ASKER.aadObjectId);

    // An office member takes it: the clicker gets the new card, and the channel message is rewritten.
    const thread = officeThread(ticketMessage.activityId);
    const assigned = invokeCard(
      await h.execute(thread, OFFICER, 'office.assign', { ticketId }, ticketMessage.activityId),
    );
    expect(textOf(assigned)).toContain(`Tatt av ${OFFICER.name}`);
    expect(h.connector.message(ticketMessage.activityId)!.updates).toBe(1);
    expect(textOf(cardOf(h.connector.message(ticketMessage.activityId)))).toContain(
      `Tatt av ${OFFICER.name}`,
    );
    expect((await h.data.tickets.get(ticketId))!.status).toBe('assigned');

    // ... and answers it.
    const answer =
      'Ja, parkering dekkes når kurset er utenfor eget arbeidssted. Legg kvitteringen ved reiseregningen.';
    const answered = invokeCard(
      await h.execute(thread, OFFICER, 'office.answer', { ticketId, answer }, ticketMessage.activityId),
    );
    expect(textOf(answered)).toContain(`Besvart av ${OFFICER.name}`);
    expect(h.connector.message(ticketMessage.activityId)!.updates).toBe(2);
    expect(textOf(cardOf(h.connector.message(ticketMessage.activityId)))).toContain(
      'Legg kvitteringen ved reiseregningen',
    );

    // The asker gets the answer in the bot chat, with Ja / Nei feedback tied to the ticket.
    const delivered = cardOf(last(h, chat.id));
    expect(textOf(delivered)).toContain('Svar fra prosjektkontoret');
    expect(textOf(delivered)).toContain('Legg kvitteringen ved reiseregningen');
    expect(textOf(delivered)).toContain('Fant du det du lette etter?');
    const feedback = actionsOf(delivered).map((a) => a.data);
    expect(feedback).toEqual([
      { action: 'feedback', helpful: true, topicId: `ticket:${ticketId}`, question: QUESTION },
      { action: 'feedback', helpful: false, topicId: `ticket:${ticketId}`, question: QUESTION },
    ]);
    expect((await h.data.tickets.get(ticketId))!).toMatchObject({
      status: 'answered',
      answer,
      assigneeName: OFFICER.name,
    });

    // One click proposes it for the knowledge base; the card no longer offers it.
    const suggested = invokeCard(
      await h.execute(thread, OFFICER, 'office.suggest', { ticketId }, ticketMessage.activityId),
    );
    expect(textOf(suggested)).toContain('Foreslått som fast svar');
    expect(actionsOf(suggested).some((a) => a.verb === 'office.suggest')).toBe(false);
    expect(h.connector.message(ticketMessage.activityId)!.updates).toBe(3);
    expect(await h.data.suggestions.list(10)).toEqual([
      expect.objectContaining({ ticketId, question: QUESTION, answer }),
    ]);
  });

  it('lets the asker edit the question before sending, and shows it under "mine spørsmål" with its status', async () => {
    await askViaFallback(h, QUESTION, 'Dekkes parkering på superbrukerkurs i Trondheim?');
    const chat = askerChat();
    await h.say(chat, ASKER, 'mine spørsmål');
    const list = textOf(cardOf(last(h, chat.id)));
    expect(list).toContain('Dekkes parkering på superbrukerkurs i Trondheim?');
    expect(list).not.toContain(QUESTION);
    expect(list).toContain('Venter på prosjektkontoret');

    // The English command word is English: the list answers in English.
    await h.say(chat, ASKER, 'my questions');
    expect(textOf(cardOf(last(h, chat.id)))).toContain('Waiting for the project office');
  });

  it('forwards and stores a question with a phone number only with the number removed', async () => {
    const question = 'Kan noen ringe meg om tilgang til Helseplattformen? Nummeret er 912 34 567';
    // The compose card is prefilled without the number; the asker types it back in before sending.
    const { input, receipt } = await askViaFallback(h, question, question);
    expect(input.value).toBe(
      'Kan noen ringe meg om tilgang til Helseplattformen? Nummeret er [fjernet: telefonnummer]',
    );
    const posted = cardOf(h.connector.messages(OFFICE_CHANNEL)[0]);
    expect(JSON.stringify(posted)).not.toMatch(/912\s?34\s?567/);
    expect(textOf(posted)).toContain('fjernet: telefonnummer');
    const [ticket] = await h.data.tickets.listByAsker(h.pseudonymize(ASKER.aadObjectId), 5);
    expect(JSON.stringify(ticket)).not.toMatch(/912\s?34\s?567/);
    expect(ticket!.question).toBe(
      'Kan noen ringe meg om tilgang til Helseplattformen? Nummeret er [fjernet: telefonnummer]',
    );
    expect(textOf(invokeCard(receipt))).toContain(
      'Jeg fjernet telefonnummer fra spørsmålet før det ble sendt.',
    );
  });

  it('refuses someone outside the project office who tries to take or answer a question, and changes nothing', async () => {
    await askViaFallback(h, QUESTION);
    const ticketMessage = h.connector.messages(OFFICE_CHANNEL)[0]!;
    const { ticketId } = actionsOf(cardOf(ticketMessage)).find((a) => a.verb === 'office.assign')!.data as {
      ticketId: string;
    };
    const thread = officeThread(ticketMessage.activityId);
    for (const [verb, data] of [
      ['office.assign', { ticketId }],
      ['office.answer', { ticketId, answer: 'Nei.' }],
      ['office.suggest', { ticketId }],
    ] as const) {
      const refusal = await h.execute(thread, OUTSIDER, verb, data, ticketMessage.activityId);
      expect(refusal).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Bare prosjektkontoret kan ta og besvare spørsmål. Ingenting er endret.',
      });
    }
    expect(await h.data.tickets.get(ticketId)).toMatchObject({ status: 'open' });
    expect((await h.data.tickets.get(ticketId))!.answer).toBeUndefined();
    expect(h.connector.message(ticketMessage.activityId)!.updates).toBe(0);
    expect(
      h.connector
        .messages(askerChat().id)
        .some((m) => textOf(cardOf(m)).includes('Svar fra prosjektkontoret')),
    ).toBe(false);
  });

  it('sends one question when Send is clicked twice on the same card', async () => {
    const chat = askerChat();
    await h.say(chat, ASKER, `spør prosjektkontoret ${QUESTION}`);
    const compose = cardOf(last(h, chat.id));
    const send = actionsOf(compose).find((a) => a.verb === 'office.send')!;
    const data = { ...(send.data as Record<string, unknown>), question: QUESTION };
    const [first, second] = await Promise.all([
      h.execute(chat, ASKER, 'office.send', data),
      h.execute(chat, ASKER, 'office.send', data),
    ]);
    expect(first).toEqual(second);
    expect(h.connector.messages(OFFICE_CHANNEL)).toHaveLength(1);
  });

  it('keeps the second answer out when two office members answer the same question', async () => {
    await askViaFallback(h, QUESTION);
    const ticketMessage = h.connector.messages(OFFICE_CHANNEL)[0]!;
    const { ticketId } = actionsOf(cardOf(ticketMessage)).find((a) => a.verb === 'office.assign')!.data as {
      ticketId: string;
    };
    const thread = officeThread(ticketMessage.activityId);
    await h.execute(thread, OFFICER, 'office.answer', { ticketId, answer: 'Første svar.' });
    const late = invokeCard(
      await h.execute(thread, OFFICER, 'office.answer', { ticketId, answer: 'Andre svar.' }),
    );
    expect(textOf(late)).toContain('Saken er allerede besvart');
    expect((await h.data.tickets.get(ticketId))!.answer).toBe('Første svar.');
    const answersDelivered = h.connector
      .messages(askerChat().id)
      .filter((m) => textOf(cardOf(m)).includes('Svar fra prosjektkontoret'));
    expect(answersDelivered).toHaveLength(1);
  });

  it('gives the answer field back with a note when the asker can no longer be reached', async () => {
    await askViaFallback(h, QUESTION);
    const ticketMessage = h.connector.messages(OFFICE_CHANNEL)[0]!;
    const { ticketId } = actionsOf(cardOf(ticketMessage)).find((a) => a.verb === 'office.assign')!.data as {
      ticketId: string;
    };
    h.connector.setFaults([
      { status: 403, conversationIds: [askerChat().id], operations: ['send', 'reply'] },
    ]);
    const card = invokeCard(
      await h.execute(officeThread(ticketMessage.activityId), OFFICER, 'office.answer', {
        ticketId,
        answer: 'Ja.',
      }),
    );
    expect(textOf(card)).toContain('Svaret kunne ikke leveres');
    const input = (card.body as Record<string, unknown>[]).find((e) => e.type === 'Input.Text');
    expect(input?.value).toBe('Ja.');
    expect(await h.data.tickets.get(ticketId)).toMatchObject({ status: 'assigned' });
  });
});
