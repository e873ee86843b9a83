import { createHash, timingSafeEqual } from 'node:crypto';
import { feedbackText } from '../cards/feedback-strings';
import type { StatsCardData } from '../cards/stats-card';
import type {
  ConversationType,
  FeedbackEntry,
  FeedbackRepository,
  UnansweredRepository,
} from '../data/repositories';
import type { Logger } from '../logger';
import { redact } from '../privacy/redactor';
import { ownCopy } from '../security/plain-text';
import type { PersonalDataKind } from '../privacy/personal-data-kinds';
import type { Lang } from '../qa/knowledge-base';

/** Who gives feedback, and where: the raw Teams ids never leave this module un-pseudonymised. */
export interface FeedbackAuthor {
  /** The Entra ID object id (from.aadObjectId); Teams sends it for every user. */
  aadObjectId: string;
  conversationId: string;
  conversationType?: ConversationType;
  locale?: string;
}

/** A Ja/Nei click on an answer card. */
export interface RatingInput {
  author: FeedbackAuthor;
  helpful: boolean;
  topicId?: string;
  question?: string;
  /** The answer card's activity id (replyToId of the submit): one rating per card and user. */
  cardActivityId?: string;
}

/** What a rating did: the stored entry, whether it is new, and the token that lets its author comment. */
export interface RatingOutcome {
  entry: FeedbackEntry;
  created: boolean;
  commentToken: string;
}

/** Free feedback (`tilbakemelding <tekst>` or the free feedback card). */
export interface FreeFeedbackInput {
  author: FeedbackAuthor;
  text: string;
  /** What makes a repeat of the same message or click recognisable (activity id or card activity id). */
  sourceId: string;
}

/** What storing a text did: the entry, whether it is new, and the kinds of personal data removed first. */
export interface StoredText {
  entry: FeedbackEntry;
  created: boolean;
  removed: PersonalDataKind[];
}

/** A comment on one's own rating. */
export interface CommentInput {
  author: FeedbackAuthor;
  feedbackId: string;
  token: string;
  comment: string;
}

/** The comment was stored; or the token did not match the sender (`notYours`). */
export type CommentOutcome = ({ kind: 'saved' } & StoredText) | { kind: 'notYours' };

/** What the feedback collector needs. */
export interface FeedbackCollectorDependencies {
  feedback: FeedbackRepository;
  unanswered: UnansweredRepository;
  /** The HMAC pseudonym of an Entra ID object id (src/privacy/pseudonym.ts). */
  pseudonymize: (aadObjectId: string) => string;
  /** The display name of a knowledge-base topic id, for the statistics. */
  topicName?: (topicId: string, lang: Lang) => string | undefined;
  logger: Logger;
}

const MAX_LOCALE_LENGTH = 35;
/** The store takes texts up to 4000 characters; markers can make a redacted text longer than what was typed. */
const MAX_STORED_TEXT = 4000;

/**
 * Collects feedback on the bot: Ja/Nei ratings of answers, comments, free feedback and unanswered questions.
 * Every text is redacted (src/privacy) and the user is stored as a pseudonym only, never a name or an id.
 * No botbuilder here: the feature turns activities into these calls and the results into replies.
 */
export class FeedbackCollector {
  constructor(private readonly deps: FeedbackCollectorDependencies) {}

  /** Stores a rating once per answer card and user; a second click returns the first rating (created=false). */
  async rate(input: RatingInput): Promise<RatingOutcome> {
    const userPseudonym = this.deps.pseudonymize(input.author.aadObjectId);
    const card =
      input.cardActivityId !== undefined
        ? `card\n${input.author.conversationId}\n${input.cardActivityId}`
        : `answer\n${input.author.conversationId}\n${input.topicId ?? ''}\n${input.question ?? ''}`;
    const question = input.question?.trim() ? redactForStore(input.question).text : undefined;
    const { entry, created } = await this.deps.feedback.add({
      ...this.context(input.author, userPseudonym),
      helpful: input.helpful,
      ...(input.topicId ? { topicId: input.topicId } : {}),
      ...(question ? { question } : {}),
      dedupeKey: `rating:${digest(card)}:${userPseudonym}`,
    });
    return { entry, created, commentToken: this.commentToken(entry.id, userPseudonym) };
  }

  /** Adds the (redacted) comment to the sender's own rating; a rating that is gone is kept as free feedback. */
  async comment(input: CommentInput): Promise<CommentOutcome> {
    const userPseudonym = this.deps.pseudonymize(input.author.aadObjectId);
    if (!sameText(input.token, this.commentToken(input.feedbackId, userPseudonym)))
      return { kind: 'notYours' };
    const { text, found } = redactForStore(input.comment);
    const entry = await this.deps.feedback.setComment(input.feedbackId, text);
    if (entry) return { kind: 'saved', entry, created: false, removed: found };
    this.deps.logger.info(
      { feedbackId: input.feedbackId },
      'feedback to comment on is gone (retention?); keeping the comment as free feedback',
    );
    const stored = await this.free({
      author: input.author,
      text: input.comment,
      sourceId: `comment:${input.feedbackId}`,
    });
    return { kind: 'saved', ...stored };
  }

  /** Stores free feedback (redacted); the same source (message or card) is stored once. */
  async free(input: FreeFeedbackInput): Promise<StoredText> {
    const userPseudonym = this.deps.pseudonymize(input.author.aadObjectId);
    const { text, found } = redactForStore(input.text);
    const { entry, created } = await this.deps.feedback.add({
      ...this.context(input.author, userPseudonym),
      comment: text,
      dedupeKey: `free:${digest(`${input.author.conversationId}\n${input.sourceId}`)}:${userPseudonym}`,
    });
    return { entry, created, removed: found };
  }

  /** Logs a question the bot could not answer (redacted), for the knowledge base to grow. */
  async recordUnanswered(question: string, locale: string | undefined): Promise<void> {
    const { text } = redactForStore(question);
    if (!text) return;
    await this.deps.unanswered.add({ question: text, ...localeOf(locale) });
  }

  /** The figures for the statistics card. */
  async report(lang: Lang, limit = 5): Promise<StatsCardData> {
    const [stats, unanswered] = await Promise.all([
      this.deps.feedback.stats(limit),
      this.deps.unanswered.top(limit),
    ]);
    const rated = stats.helpful + stats.notHelpful;
    return {
      rated,
      helpful: stats.helpful,
      notHelpful: stats.notHelpful,
      free: Math.max(0, stats.total - rated),
      topNotHelpful: stats.topNotHelpful.map((t) => ({
        topic:
          this.deps.topicName?.(t.topicId, lang) ??
          feedbackText('statsUnknownTopic', lang, { id: t.topicId }),
        count: t.count,
      })),
      topUnanswered: unanswered,
    };
  }

  /**
   * A keyed MAC of (feedback id, pseudonym), carried by the comment card: only the person who rated can comment
   * on that rating, also in a channel where everyone sees the card, and a forged feedback id is refused.
   */
  commentToken(feedbackId: string, userPseudonym: string): string {
    return this.deps.pseudonymize(`feedback-comment:${feedbackId}:${userPseudonym}`);
  }

  private context(
    author: FeedbackAuthor,
    userPseudonym: string,
  ): Pick<FeedbackEntry, 'userPseudonym' | 'locale' | 'conversationType'> {
    return {
      userPseudonym,
      ...localeOf(author.locale),
      ...(author.conversationType ? { conversationType: author.conversationType } : {}),
    };
  }
}

/** Redacts first and cuts afterwards, so a cut can never leave half a phone number behind. */
function redactForStore(text: string): { text: string; found: PersonalDataKind[] } {
  const { text: redacted, found } = redact(text.trim());
  // A copy: what is stored (and kept in memory by the embedded store) must not hold the whole message.
  return { text: ownCopy(redacted.slice(0, MAX_STORED_TEXT)), found };
}

function localeOf(locale: string | undefined): { locale?: string } {
  return locale && locale.length <= MAX_LOCALE_LENGTH ? { locale } : {};
}

/** A short, fixed-length digest, so ids of any length make a bounded dedupe key (and reveal nothing). */
function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 32);
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
