import { createTicketAnswerCard } from '../../src/cards/ticket-answer-card';
import { createTicketCard } from '../../src/cards/ticket-card';
import { createAskOfficeAction, createTicketComposeCard } from '../../src/cards/ticket-compose-card';
import { createTicketListCard } from '../../src/cards/ticket-list-card';
import { createTicketReceiptCard } from '../../src/cards/ticket-receipt-card';
import { ticketNumber } from '../../src/cards/ticket-strings';
import { newId } from '../../src/data/new-id';
import type { Ticket, TicketStatus } from '../../src/data/repositories';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';
import { actionsOf, textOf } from './office-harness';

const ticket = (status: TicketStatus, extra: Partial<Ticket> = {}): Ticket => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  question: 'Hvem godkjenner [tilgang](https://evil.example) til *Helseplattformen*?',
  askerPseudonym: 'p-123',
  askerReference: { conversation: { id: 'a:1', conversationType: 'personal' }, locale: 'nb-NO' },
  status,
  createdAt: new Date('2025-03-03T13:05:00Z'),
  updatedAt: new Date('2025-03-03T13:05:00Z'),
  ...extra,
});

describe('project-office cards', () => {
  it('are valid Adaptive Cards in every state', () => {
    const cards = [
      createTicketComposeCard({ question: 'Hvem godkjenner tilgang?', lang: 'nb', draftId: 'd1' }),
      createTicketComposeCard({ question: '', lang: 'en', draftId: 'd1', error: 'Skriv et spørsmål.' }),
      createTicketReceiptCard({
        kind: 'sent',
        lang: 'nn',
        ticketId: 't',
        question: 'q',
        sentAt: new Date(),
        removed: ['phone', 'email'],
      }),
      createTicketReceiptCard({ kind: 'cancelled', lang: 'nb' }),
      ...(['open', 'assigned', 'answered', 'closed'] as const).map((s) =>
        createTicketCard(
          ticket(s, { assigneeName: 'Kari', answer: s === 'answered' ? 'Svar.' : undefined }),
          {
            notice: { key: 'officeChannel.notDelivered' },
            draftAnswer: 'utkast',
          },
        ),
      ),
      createTicketAnswerCard(
        ticket('answered', { answer: 'Leder for tilgang.', assigneeName: 'Kari' }),
        'nb',
        new Date(),
      ),
      createTicketListCard([ticket('open'), ticket('answered', { answer: 'Svar.' })], 'en'),
      createTicketListCard([], 'nb'),
    ];
    for (const card of cards) expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('shows the question on the office card as written, with no links or emphasis injected', () => {
    const text = textOf(createTicketCard(ticket('open')));
    expect(text).toContain('\\[tilgang\\]\\(https://evil\\.example\\)');
    expect(text).toContain('\\*Helseplattformen\\*');
  });

  it('offers "Ta saken" and "Svar" while open, "Foreslå som fast svar" once answered, and nothing after that', () => {
    const verbs = (t: Ticket) => actionsOf(createTicketCard(t)).map((a) => a.verb);
    expect(verbs(ticket('open'))).toEqual(['office.answer', 'office.assign']);
    expect(
      actionsOf(createTicketCard(ticket('assigned', { assigneeName: 'Kari' }))).map((a) => a.title),
    ).toEqual(['Svar', 'Ta over saken']);
    expect(verbs(ticket('answered', { answer: 'Ja.' }))).toEqual(['office.suggest']);
    expect(verbs(ticket('answered', { answer: 'Ja.', suggestedForKnowledgeBase: true }))).toEqual([]);
    expect(verbs(ticket('closed'))).toEqual([]);
  });

  it('puts "Send spørsmålet til prosjektkontoret" under a fallback in the asker\'s language', () => {
    expect(createAskOfficeAction('Hva koster det?', 'nb')).toEqual({
      type: 'Action.Submit',
      title: 'Send spørsmålet til prosjektkontoret',
      data: { action: 'office.compose', question: 'Hva koster det?' },
    });
    expect(createAskOfficeAction('What?', 'en').title).toBe('Send the question to the project office');
  });

  it('warns against personal data on the compose card, in nynorsk too', () => {
    expect(textOf(createTicketComposeCard({ question: '', lang: 'nb', draftId: 'd' }))).toContain(
      'Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    );
    expect(textOf(createTicketComposeCard({ question: '', lang: 'nn', draftId: 'd' }))).toContain(
      'Ikkje send personleg informasjon',
    );
  });

  it('tells the asker what was removed before sending', () => {
    const receipt = createTicketReceiptCard({
      kind: 'sent',
      lang: 'nb',
      ticketId: 't1',
      question: 'Ring meg på [fjernet: telefonnummer]',
      sentAt: new Date('2025-03-03T13:05:00Z'),
      removed: ['phone', 'email'],
    });
    expect(textOf(receipt)).toContain(
      'Jeg fjernet telefonnummer og e-post fra spørsmålet før det ble sendt.',
    );
    expect(textOf(receipt)).toContain('3. mars 2025');
  });

  it('gives questions sent in the same minute different case numbers', () => {
    const now = Date.now();
    const numbers = new Set(Array.from({ length: 200 }, (_, i) => ticketNumber(newId(now + i))));
    expect(numbers.size).toBe(200);
    expect(textOf(createTicketCard(ticket('open')))).toContain('#7728950E');
  });
});
