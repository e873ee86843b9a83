import { TeamsInfo, type TurnContext } from 'botbuilder';

/** Who someone is in Teams, as the role checks need it. */
export interface MemberIdentity {
  userPrincipalName?: string;
  email?: string;
}

/** Looks people up in Teams (the Bot Connector's members API) during a turn; a port so that tests need no Teams. */
export interface MemberDirectory {
  /** The user in the conversation of the turn, or undefined when Teams does not know them there. */
  member(context: TurnContext, userId: string): Promise<MemberIdentity | undefined>;
  /** The user in the given team, or undefined when they are not a member of it. */
  teamMember(context: TurnContext, teamId: string, userId: string): Promise<MemberIdentity | undefined>;
}

/** True when Teams answered that the member is not there (as opposed to not answering). */
export function isMemberNotFound(err: unknown): boolean {
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
      if (isMemberNotFound(err)) return undefined;
      throw err;
    }
  },
  async teamMember(context, teamId, userId) {
    try {
      return await TeamsInfo.getTeamMember(context, teamId, userId);
    } catch (err) {
      if (isMemberNotFound(err)) return undefined;
      throw err;
    }
  },
};
