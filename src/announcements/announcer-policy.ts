import type { TurnContext } from 'botbuilder';
import { AnnouncerCheck } from '../feedback/announcer-check';
import type { Logger } from '../logger';
import { type MemberDirectory, teamsMemberDirectory } from '../office/office-membership';

/** Who may write announcements: ANNOUNCERS, and the members of ANNOUNCER_TEAM_ID when it is set. */
export interface AnnouncerPolicySettings {
  /** Entra ID object ids and/or UPNs (ANNOUNCERS). */
  announcers: readonly string[];
  /** A Teams team whose members may also announce (ANNOUNCER_TEAM_ID). */
  teamId?: string;
}

/**
 * Decides whether the sender of a turn may write, send, change and follow announcements. ANNOUNCERS is checked
 * first (AnnouncerCheck: the object id without asking Teams, UPNs through the members API); then membership of
 * the announcer team through Teams' members API. When Teams cannot be asked, the answer is no (and it is logged).
 */
export class AnnouncerPolicy {
  private readonly check: AnnouncerCheck;

  constructor(
    private readonly settings: AnnouncerPolicySettings,
    private readonly logger: Logger,
    private readonly directory: MemberDirectory = teamsMemberDirectory,
  ) {
    this.check = new AnnouncerCheck(settings.announcers, logger, directory);
  }

  /** True when nobody can ever pass (nothing configured): worth a note at start. */
  get isUnconfigured(): boolean {
    return this.check.isEmpty && !this.settings.teamId;
  }

  /** True when the sender of the turn's activity may announce. */
  readonly includes = async (context: TurnContext): Promise<boolean> => {
    if (await this.check.includes(context)) return true;
    const teamId = this.settings.teamId;
    const userId = context.activity.from?.id;
    if (!teamId || !userId) return false;
    try {
      return (await this.directory.teamMember(context, teamId, userId)) !== undefined;
    } catch (err) {
      this.logger.warn(
        { err, activityId: context.activity.id },
        'could not look up the sender in the ANNOUNCER_TEAM_ID team',
      );
      return false;
    }
  };
}
