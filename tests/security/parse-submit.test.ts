import { z } from 'zod';
import type { BotFeature } from '../../src/bot/bot-feature';
import { AppError, isAppError } from '../../src/errors';
import { parseSubmit } from '../../src/security/parse-submit';
import { startBot, teamsActivity } from './running-bot';

const ticketSchema = z.object({
  action: z.literal('ticket'),
  title: z.string().trim().min(1).max(80),
  priority: z.enum(['lav', 'middels', 'høy']),
  email: z.string().email().optional(),
  dueDate: z
    .string()
    .refine((d) => !Number.isNaN(Date.parse(d)), 'Fristen må være en dato, for eksempel 2025-05-01.'),
});
const labels = { title: 'Tittel', priority: 'Prioritet', email: 'E-post', dueDate: 'Frist' };

function badInput(value: unknown): AppError {
  try {
    parseSubmit(ticketSchema, value, { labels });
  } catch (err) {
    if (isAppError(err, 'BAD_INPUT')) return err;
    throw err;
  }
  throw new Error('expected BAD_INPUT');
}

describe('parseSubmit: card submits validated with a friendly Norwegian error', () => {
  it('returns the typed, trimmed data and drops fields the schema does not know', () => {
    const data = parseSubmit(
      ticketSchema,
      {
        action: 'ticket',
        title: '  Skriver virker ikke ',
        priority: 'høy',
        dueDate: '2025-05-01',
        injected: '<x>',
      },
      { labels },
    );
    expect(data).toEqual({
      action: 'ticket',
      title: 'Skriver virker ikke',
      priority: 'høy',
      dueDate: '2025-05-01',
    });
  });

  it('names each bad field by its label, in Norwegian', () => {
    const err = badInput({
      action: 'ticket',
      title: '   ',
      priority: 'kritisk',
      email: 'ikke-epost',
      dueDate: '2025-05-01',
    });
    expect(err.message).toBe(
      'Beklager, jeg kunne ikke bruke det du sendte inn: «Tittel» må fylles ut; «Prioritet» har et valg jeg ikke ' +
        'kjenner igjen; «E-post» må være en e-postadresse. Rett det og prøv igjen.',
    );
  });

  it('says what is missing, how long is too long, and keeps a schema’s own sentence', () => {
    expect(badInput({ action: 'ticket', priority: 'lav', dueDate: '2025-05-01' }).message).toContain(
      '«Tittel» mangler',
    );
    expect(
      badInput({ action: 'ticket', title: 'x'.repeat(81), priority: 'lav', dueDate: '2025-05-01' }).message,
    ).toContain('«Tittel» kan ha høyst 80 tegn');
    expect(
      badInput({ action: 'ticket', title: 'x', priority: 'lav', dueDate: 'i morgen' }).message,
    ).toContain(': Fristen må være en dato, for eksempel 2025-05-01. Rett det og prøv igjen.');
  });

  it('copes with a submit that is not an object at all', () => {
    expect(badInput('DROP TABLE').message).toContain('Skjemaet må være et skjema');
    expect(badInput(undefined).message).toContain('Skjemaet mangler');
  });

  it('keeps the submitted values out of the error (it is logged): only paths and codes', () => {
    const err = badInput({
      action: 'ticket',
      title: 'x',
      priority: 'fnr 01028037445',
      dueDate: '2025-05-01',
    });
    expect(JSON.stringify(err.cause)).not.toContain('01028037445');
    expect(err.message).not.toContain('01028037445');
    expect(err.cause).toEqual({ issues: [{ path: 'priority', code: 'invalid_enum_value' }] });
  });

  it('shows the message to the user who sent the bad card, through the turn-error handler', async () => {
    const feature: BotFeature = {
      name: 'ticket',
      submits: {
        ticket: async (context, value) => {
          const ticket = parseSubmit(ticketSchema, value, { labels });
          await context.sendActivity(`Registrert: ${ticket.title}`);
        },
      },
    };
    const bot = await startBot({}, { features: [feature] });
    try {
      await bot.post(
        teamsActivity(bot.connector.serviceUrl, {
          text: undefined,
          value: { action: 'ticket', title: '', priority: 'lav' },
        }),
      );
      const [reply] = bot.connector.messages('a:conv-1');
      expect(reply?.activity?.text).toMatch(
        /^Beklager, jeg kunne ikke bruke det du sendte inn: «Tittel» må fylles ut; «Frist» mangler/,
      );
    } finally {
      await bot.close();
    }
  });
});
