import { csvLine } from '../data/csv';
import type { Announcement } from '../model/announcement';
import type {
  ConversationType,
  Delivery,
  DeliveryRepository,
  DeliveryStatus,
  InstallationRepository,
} from '../data/repositories';

/** What happened to one announcement in one conversation, for the export. */
export interface DeliveryReportRow {
  conversationId: string;
  /** Personal chat, group chat or channel; empty when the installation is gone from the store. */
  conversationType?: ConversationType;
  teamId?: string;
  teamName?: string;
  /** 'recalled' once a recalled announcement's message is gone from this conversation. */
  status: DeliveryStatus | 'recalled';
  /** Why it was not sent, or why an edit or the recall did not reach a sent message. */
  failureReason?: string;
  acknowledgedAt?: Date;
  attempts: number;
  updatedAt: Date;
}

/** The columns of the CSV export, in order. */
export const DELIVERY_REPORT_COLUMNS = [
  'conversationId',
  'conversationType',
  'teamId',
  'teamName',
  'status',
  'failureReason',
  'acknowledgedAt',
  'attempts',
  'updatedAt',
] as const satisfies readonly (keyof DeliveryReportRow)[];

const PAGE_SIZE = 500;

/**
 * Every recipient of an announcement with its result, in conversation id order, a page at a time: the delivery
 * joined with the installation it went to (type and team). Nothing about people beyond the conversation id.
 * For a recalled announcement, a message the recall removed reads 'recalled'; one it could not remove stays
 * 'sent', with the reason.
 */
export async function* deliveryReport(
  repositories: { deliveries: DeliveryRepository; installations: InstallationRepository },
  announcement: Pick<Announcement, 'id' | 'status' | 'version'>,
): AsyncGenerator<DeliveryReportRow> {
  const removed = (delivery: Delivery) =>
    announcement.status === 'recalled' &&
    delivery.status === 'sent' &&
    delivery.sentVersion === announcement.version &&
    delivery.failureReason === undefined;
  let after: string | undefined;
  for (;;) {
    const page = await repositories.deliveries.list(announcement.id, {
      afterConversationId: after,
      limit: PAGE_SIZE,
    });
    for (const delivery of page) {
      const installation = await repositories.installations.get(delivery.conversationId);
      yield {
        conversationId: delivery.conversationId,
        conversationType: installation?.conversationType,
        teamId: installation?.teamId,
        teamName: installation?.teamName,
        status: removed(delivery) ? 'recalled' : delivery.status,
        failureReason: delivery.failureReason,
        acknowledgedAt: delivery.acknowledgedAt,
        attempts: delivery.attempts,
        updatedAt: delivery.updatedAt,
      };
    }
    if (page.length < PAGE_SIZE) return;
    after = page[page.length - 1]?.conversationId;
  }
}

/** A report row as one CSV line (with CRLF). */
export function deliveryReportCsvLine(row: DeliveryReportRow): string {
  return csvLine(row, DELIVERY_REPORT_COLUMNS);
}
