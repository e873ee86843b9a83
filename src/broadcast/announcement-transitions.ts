import { AppError } from '../errors';
import type { AnnouncementStatus } from '../model/announcement';
import { t, type MessageKey } from '../i18n';

/** What an author (or the scheduler) can do to an announcement. */
export type AnnouncementAction = 'send' | 'schedule' | 'cancel' | 'edit' | 'recall' | 'due' | 'complete';

/** One row of the table: where the action may start, where it leads, and what it does instead in other states. */
interface Transition {
  /** The statuses the action applies to. */
  from: readonly AnnouncementStatus[];
  /** The status afterwards; undefined keeps the status (an edit). */
  to?: AnnouncementStatus;
  /** The status in which asking again is a no-op that answers with the announcement as it is. */
  already?: AnnouncementStatus;
  /** Statuses in which the action means another one (a recall before sending is a cancel). */
  instead?: Partial<Record<AnnouncementStatus, AnnouncementAction>>;
  /** What the author reads when the status does not allow the action. */
  refused?: MessageKey;
}

/**
 * Which announcement status may go to which, and by what action: the one place that says so. A draft or scheduled
 * announcement can be sent, (re)scheduled, edited or cancelled; one being sent can be edited, cancelled or recalled,
 * and finishes as sent; a sent one can be edited or recalled; a cancelled one (partly sent, perhaps) can still be
 * recalled. A recalled announcement is final.
 */
export const TRANSITIONS: Readonly<Record<AnnouncementAction, Transition>> = {
  send: {
    from: ['draft', 'scheduled'],
    to: 'sending',
    already: 'sending',
    refused: 'announcement.refusedSend',
  },
  schedule: { from: ['draft', 'scheduled'], to: 'scheduled', refused: 'announcement.refusedSchedule' },
  cancel: {
    from: ['draft', 'scheduled', 'sending'],
    to: 'cancelled',
    already: 'cancelled',
    refused: 'announcement.refusedCancel',
  },
  edit: { from: ['draft', 'scheduled', 'sending', 'sent'], refused: 'announcement.refusedEdit' },
  recall: {
    from: ['sending', 'sent', 'cancelled'],
    to: 'recalled',
    already: 'recalled',
    instead: { draft: 'cancel', scheduled: 'cancel' },
  },
  /** The scheduler starts a scheduled announcement whose time has come. */
  due: { from: ['scheduled'], to: 'sending' },
  /** The engine finishes a sending once no recipient is pending. */
  complete: { from: ['sending'], to: 'sent' },
};

/** What to do with an action in a status: apply it, answer as is, do another action, or refuse. */
export type TransitionDecision =
  | { kind: 'apply'; to: AnnouncementStatus }
  | { kind: 'already' }
  | { kind: 'instead'; action: AnnouncementAction }
  | { kind: 'refused'; error: AppError };

const STATE_KEY: Record<AnnouncementStatus, MessageKey> = {
  draft: 'announcement.stateDraft',
  scheduled: 'announcement.stateScheduled',
  sending: 'announcement.stateSending',
  sent: 'announcement.stateSent',
  cancelled: 'announcement.stateCancelled',
  recalled: 'announcement.stateRecalled',
};

/**
 * Looks the action up in the table for the current status. Refusals carry the author's message in bokmål: the
 * engine does not know the reader's language, and the callers show it to bokmål readers or replace it with
 * their own (see announcement-feature.ts).
 */
export function decideTransition(action: AnnouncementAction, status: AnnouncementStatus): TransitionDecision {
  const row = TRANSITIONS[action];
  if (row.already === status) return { kind: 'already' };
  const instead = row.instead?.[status];
  if (instead !== undefined) return { kind: 'instead', action: instead };
  if (row.from.includes(status)) return { kind: 'apply', to: row.to ?? status };
  const text = row.refused
    ? t('nb', row.refused, { status: t('nb', STATE_KEY[status]) })
    : t('nb', 'announcement.changedMeanwhile');
  return { kind: 'refused', error: new AppError('CONFLICT', text) };
}

/** The error for a conditional update that lost to a concurrent change. */
export function changedMeanwhile(): AppError {
  return new AppError('CONFLICT', t('nb', 'announcement.changedMeanwhile'));
}

/** The error for an announcement that does not exist. */
export function announcementNotFound(): AppError {
  return new AppError('NOT_FOUND', t('nb', 'announcement.notFound'));
}
