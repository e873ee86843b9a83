import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { type MemberDirectory, teamsMemberDirectory } from '../office/office-membership';

/**
 * Decides whether the sender of a turn is a communications lead (ANNOUNCERS: Entra ID object ids and/or user
 * principal names). The object id is compared without asking Teams; UPNs are looked up through the members API
 * only when the list has any. When Teams cannot be asked, the answer is no (and it is logged).
 */
export class AnnouncerCheck {
  private readonly objectIds: Set<string>;
  private readonly upns: Set<string>;

  constructor(
    announcers: readonly string[],
    private readonly logger: Logger,
    private readonly directory: MemberDirectory = teamsMemberDirectory,
  ) {
    const entries = announcers.map((a) => a.trim().toLowerCase()).filter((a) => a.length > 0);
    this.objectIds = new Set(entries.filter((a) => !a.includes('@')));
    this.upns = new Set(entries.filter((a) => a.includes('@')));
  }

  /** True when nobody is configured, so nobody can pass (worth a note at start). */
  get isEmpty(): boolean {
    return this.objectIds.size === 0 && this.upns.size === 0;
  }

  /** True when the sender of the turn's activity is in ANNOUNCERS. */
  readonly includes = async (context: TurnContext): Promise<boolean> => {
    const from = context.activity.from;
    const objectId = from?.aadObjectId?.trim().toLowerCase();
    if (objectId && this.objectIds.has(objectId)) return true;
    if (this.upns.size === 0 || !from?.id) return false;
    try {
      const member = await this.directory.member(context, from.id);
      return [member?.userPrincipalName, member?.email].some(
        (v) => v !== undefined && this.upns.has(v.toLowerCase()),
      );
    } catch (err) {
      this.logger.warn(
        { err, activityId: context.activity.id },
        'could not look up the sender in Teams for ANNOUNCERS',
      );
      return false;
    }
  };
}
