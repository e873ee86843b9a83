import { decideTransition, TRANSITIONS } from '../../src/broadcast/announcement-transitions';
import type { AnnouncementStatus } from '../../src/model/announcement';
import { isAppError } from '../../src/errors';

const STATUSES: AnnouncementStatus[] = ['draft', 'scheduled', 'sending', 'sent', 'cancelled', 'recalled'];

describe('the announcement status table', () => {
  it('says which status may go to which', () => {
    const moves = Object.fromEntries(
      STATUSES.map((from) => [
        from,
        Object.keys(TRANSITIONS)
          .map((action) => ({ action, decision: decideTransition(action as keyof typeof TRANSITIONS, from) }))
          .filter(({ decision }) => decision.kind === 'apply')
          .map(({ action, decision }) => `${action}→${decision.kind === 'apply' ? decision.to : ''}`),
      ]),
    );
    expect(moves).toEqual({
      draft: ['send→sending', 'schedule→scheduled', 'cancel→cancelled', 'edit→draft'],
      scheduled: ['send→sending', 'schedule→scheduled', 'cancel→cancelled', 'edit→scheduled', 'due→sending'],
      sending: ['cancel→cancelled', 'edit→sending', 'recall→recalled', 'complete→sent'],
      sent: ['edit→sent', 'recall→recalled'],
      // A cancelled sending may have reached some: those messages can still be recalled.
      cancelled: ['recall→recalled'],
      recalled: [],
    });
  });

  it('answers a repeated send, cancel or recall with the announcement as it is', () => {
    expect(decideTransition('send', 'sending')).toEqual({ kind: 'already' });
    expect(decideTransition('cancel', 'cancelled')).toEqual({ kind: 'already' });
    expect(decideTransition('recall', 'recalled')).toEqual({ kind: 'already' });
  });

  it('cancels an announcement recalled before it went out', () => {
    expect(decideTransition('recall', 'draft')).toEqual({ kind: 'instead', action: 'cancel' });
    expect(decideTransition('recall', 'scheduled')).toEqual({ kind: 'instead', action: 'cancel' });
  });

  it.each([
    ['send', 'sent', 'Kunngjøringen er sendt og kan ikke sendes på nytt.'],
    ['schedule', 'sending', 'Kunngjøringen er under sending og kan ikke planlegges.'],
    ['cancel', 'sent', 'Kunngjøringen er sendt og kan ikke avbrytes.'],
    ['edit', 'recalled', 'Kunngjøringen er trukket tilbake og kan ikke redigeres.'],
  ] as const)('refuses to %s an announcement that is %s, saying why', (action, status, message) => {
    const decision = decideTransition(action, status);
    expect(decision.kind).toBe('refused');
    if (decision.kind !== 'refused') return;
    expect(isAppError(decision.error, 'CONFLICT')).toBe(true);
    expect(decision.error.message).toBe(message);
  });
});
