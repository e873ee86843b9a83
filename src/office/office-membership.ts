import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

/** Who someone is in Teams, as far as the membership check needs it. */
export interface MemberIdentity {
  userPrincipalName?: string;
  email?: string;
}

/** Looks people up in Teams (the Bot Connector's members API); a port so that tests need no Teams. */
export interface MemberDirectory {
  /** The user in the conversation of the turn, or undefined when Teams does not know them there. */
  member(context: TurnContext, userId: string): Promise<MemberIdentity | undefined>;
  /** The user in the given team, or undefined when they are not a member of it. */
  teamMember(context: TurnContext, teamId: string, userId: string): Promise<MemberIdentity | undefined>;
}

function isNotFound(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string; response?: { status?: number } };
  return (
    e?.statusCode === 404 ||
    e?.response?.status === 404 ||
    e?.code === 'NotFound' ||
    e?.code === 'MemberNotFoundInConversation'
  );
}

/** The members API of Teams through botbuilder's TeamsInfo; "not found" means "not a member". */
export const teamsMemberDirectory: MemberDirectory = {
  async member(context, userId) {
    try {
      return await TeamsInfo.getMember(context, userId);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  },
  async teamMember(context, teamId, userId) {
    try {
      return await TeamsInfo.getTeamMember(context, teamId, userId);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  },
};

/** Who belongs to the project office. */
export interface OfficeMembershipSettings {
  /** Entra ID object ids and/or UPNs (PROJECT_OFFICE_MEMBERS). */
  members: string[];
  /** A team whose members also belong to the office (PROJECT_OFFICE_TEAM_ID). */
  teamId?: string;
}

/**
 * Decides whether the person behind a turn belongs to the project office. Checked on every action, never
 * inferred from where a card is shown: first the Entra ID object id against PROJECT_OFFICE_MEMBERS (no call to
 * Teams), then UPNs in that list through the members API, then membership of PROJECT_OFFICE_TEAM_ID. When Teams
 * cannot be asked, the answer is no (and it is logged).
 */
export class OfficeMembership {
  private readonly objectIds: Set<string>;
  private readonly upns: Set<string>;

  constructor(
    private readonly settings: OfficeMembershipSettings,
    private readonly logger: Logger,
    private readonly directory: MemberDirectory = teamsMemberDirectory,
  ) {
    const entries = settings.members.map((m) => m.trim().toLowerCase()).filter((m) => m.length > 0);
    this.objectIds = new Set(entries.filter((m) => !m.includes('@')));
    this.upns = new Set(entries.filter((m) => m.includes('@')));
  }

  /** True when no one can ever pass the check (nothing configured): worth a warning at start. */
  get isUnconfigured(): boolean {
    return this.objectIds.size === 0 && this.upns.size === 0 && !this.settings.teamId;
  }

  /** True when the sender of the turn's activity belongs to the project office. */
  async includes(context: TurnContext): Promise<boolean> {
    const from = context.activity.from;
    if (!from?.id) return false;
    const objectId = from.aadObjectId?.toLowerCase();
    if (objectId && this.objectIds.has(objectId)) return true;
    try {
      if (this.upns.size > 0) {
        const member = await this.directory.member(context, from.id);
        if (member && this.matchesUpn(member)) return true;
      }
      if (this.settings.teamId) {
        const inTeam = await this.directory.teamMember(context, this.settings.teamId, from.id);
        if (inTeam) return true;
      }
    } catch (err) {
      this.logger.warn(
        { err, activityId: context.activity.id },
        'could not look up project-office membership in Teams',
      );
    }
    return false;
  }

  private matchesUpn(member: MemberIdentity): boolean {
    return [member.userPrincipalName, member.email].some(
      (v) => v !== undefined && this.upns.has(v.toLowerCase()),
    );
  }
}
