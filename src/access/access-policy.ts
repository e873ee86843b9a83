import type { TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type MemberDirectory, teamsMemberDirectory } from './member-directory';

/**
 * What someone may do beyond asking questions:
 * - `announce`: write, send, change and follow announcements (chat and tab)
 * - `statistics`: `statistikk` and the feedback overview (the same people as `announce`)
 * - `office`: take and answer questions sent to the project office
 * - `editKnowledge`: change the knowledge base
 */
export type Role = 'announce' | 'statistics' | 'office' | 'editKnowledge';

/** Who holds each role, as the configuration names them. */
export type AccessConfig = Pick<
  Config,
  | 'ANNOUNCERS'
  | 'ANNOUNCER_TEAM_ID'
  | 'PROJECT_OFFICE_MEMBERS'
  | 'PROJECT_OFFICE_TEAM_ID'
  | 'KNOWLEDGE_EDITORS'
>;

/** The person behind a tab API call: the verified token's object id, never its sign-in name. */
export interface TabCaller {
  /** Entra ID object id (`oid`). */
  objectId: string;
  /**
   * A sign-in name this server vouches for itself (only the fixed development user of TAB_AUTH=off). A token's
   * `upn`/`preferred_username` is a mutable claim and is never used to grant a role.
   */
  trustedUpn?: string;
}

/** The answer for a tab caller: allowed or not, and why it could not be decided when that was the case. */
export interface TabAccess {
  allowed: boolean;
  /** Norwegian: why a part of the rule could not be checked from the tab (shown in the tab). */
  unchecked?: string;
}

/**
 * Teams as seen from outside a turn (the tab): the caller's UPN as Teams reports it, and team membership, both
 * asked through the bot's own installations. `undefined` means Teams could not be asked for this person.
 */
export interface OutOfTurnDirectory {
  /** The UPN Teams reports for the user, through their personal chat with the bot; undefined without one. */
  upnOf(objectId: string): Promise<string | undefined>;
  /** Whether the user is in the team; undefined when the bot is not installed in that team. */
  inTeam(teamId: string, objectId: string): Promise<boolean | undefined>;
}

interface Grant {
  objectIds: Set<string>;
  upns: Set<string>;
  teamId?: string;
  /** The setting names, for log lines and the tab's explanation. */
  listName: string;
  teamName?: string;
}

function grantOf(entries: readonly string[], listName: string, teamId?: string, teamName?: string): Grant {
  const clean = entries.map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0);
  return {
    objectIds: new Set(clean.filter((e) => !e.includes('@'))),
    upns: new Set(clean.filter((e) => e.includes('@'))),
    teamId: teamId?.trim() || undefined,
    listName,
    teamName,
  };
}

/** The chat side of the policy, as features take it. */
export type AccessCheck = Pick<AccessPolicy, 'allows' | 'isUnconfigured'>;

/** The tab side of the policy. */
export type TabAccessCheck = Pick<AccessPolicy, 'allowsTabCaller'>;

/** How long a tab caller's answer is reused before Teams is asked again. */
const TAB_DECISION_TTL_MS = 5 * 60 * 1000;

/**
 * The one place that decides who may do what, for every surface: chat commands, card submits, Action.Execute
 * invokes and the tab API. Built once in the composition.
 *
 * A role is granted by Entra ID object id (compared without asking Teams), by UPN only as Teams itself reports it
 * for the caller (the members API), or by membership of the role's team (ANNOUNCER_TEAM_ID,
 * PROJECT_OFFICE_TEAM_ID), asked from Teams in the chat and through the bot's installation in that team from the
 * tab. When Teams cannot be asked, the answer is no, and it is logged.
 */
export class AccessPolicy {
  private readonly grants: Record<Role, Grant>;
  private readonly tabDecisions = new LRUCache<string, TabAccess>({ max: 5000, ttl: TAB_DECISION_TTL_MS });

  constructor(
    config: AccessConfig,
    private readonly logger: Logger,
    private readonly directory: MemberDirectory = teamsMemberDirectory,
    private readonly outOfTurn?: OutOfTurnDirectory,
  ) {
    const announce = grantOf(config.ANNOUNCERS, 'ANNOUNCERS', config.ANNOUNCER_TEAM_ID, 'ANNOUNCER_TEAM_ID');
    this.grants = {
      announce,
      statistics: announce,
      office: grantOf(
        config.PROJECT_OFFICE_MEMBERS,
        'PROJECT_OFFICE_MEMBERS',
        config.PROJECT_OFFICE_TEAM_ID,
        'PROJECT_OFFICE_TEAM_ID',
      ),
      editKnowledge: grantOf(config.KNOWLEDGE_EDITORS, 'KNOWLEDGE_EDITORS'),
    };
  }

  /** True when nobody can ever hold the role (nothing configured): worth a note at start. */
  isUnconfigured(role: Role): boolean {
    const g = this.grants[role];
    return g.objectIds.size === 0 && g.upns.size === 0 && !g.teamId;
  }

  /** Whether the sender of the turn's activity holds the role (chat commands, card submits, invokes). */
  async allows(context: TurnContext, role: Role): Promise<boolean> {
    const grant = this.grants[role];
    const from = context.activity.from;
    const objectId = from?.aadObjectId?.trim().toLowerCase();
    if (objectId && grant.objectIds.has(objectId)) return true;
    if (!from?.id) return false;
    try {
      if (grant.upns.size > 0) {
        const member = await this.directory.member(context, from.id);
        if ([member?.userPrincipalName, member?.email].some((v) => v && grant.upns.has(v.toLowerCase())))
          return true;
      }
      if (grant.teamId && (await this.directory.teamMember(context, grant.teamId, from.id))) return true;
    } catch (err) {
      this.logger.warn(
        { err, activityId: context.activity.id, role },
        `could not ask Teams whether the sender is in ${grant.listName}${grant.teamName ? ` or ${grant.teamName}` : ''}`,
      );
    }
    return false;
  }

  /** The check as a function of the turn, for features that take one (`mayAnnounce`, `isAnnouncer`). */
  check(role: Role): (context: TurnContext) => Promise<boolean> {
    return (context) => this.allows(context, role);
  }

  /** Whether a tab caller holds the role; `unchecked` says in Norwegian what could not be checked from the tab. */
  async allowsTabCaller(caller: TabCaller, role: Role): Promise<TabAccess> {
    const grant = this.grants[role];
    const objectId = caller.objectId.trim().toLowerCase();
    if (grant.objectIds.has(objectId)) return { allowed: true };
    if (caller.trustedUpn && grant.upns.has(caller.trustedUpn.toLowerCase())) return { allowed: true };
    if (grant.upns.size === 0 && !grant.teamId) return { allowed: false };
    const key = `${role}\u0000${objectId}`;
    const known = this.tabDecisions.get(key);
    if (known) return known;
    const { decision, final } = await this.askTeamsForTab(grant, objectId, role);
    if (final) this.tabDecisions.set(key, decision);
    return decision;
  }

  /** Asks Teams; `final` is false when Teams did not answer, so the next call asks again. */
  private async askTeamsForTab(
    grant: Grant,
    objectId: string,
    role: Role,
  ): Promise<{ decision: TabAccess; final: boolean }> {
    const unchecked: string[] = [];
    try {
      if (grant.upns.size > 0) {
        const upn = await this.outOfTurn?.upnOf(objectId);
        if (upn && grant.upns.has(upn.toLowerCase())) return { decision: { allowed: true }, final: true };
        if (upn === undefined)
          unchecked.push(
            `${grant.listName} nevner personer med e-postadresse, og den kan fanen bare sjekke når du har en chat med boten. Skriv «hei» til boten i Teams én gang, og last fanen på nytt.`,
          );
      }
      if (grant.teamId) {
        const member = await this.outOfTurn?.inTeam(grant.teamId, objectId);
        if (member) return { decision: { allowed: true }, final: true };
        if (member === undefined)
          unchecked.push(
            `Fanen kan ikke sjekke medlemskap i teamet i ${grant.teamName} fordi boten ikke er lagt til i det teamet. Bruk chatten med boten, eller be driftsansvarlig legge boten til i teamet.`,
          );
      }
    } catch (err) {
      this.logger.warn({ err, role }, `could not ask Teams about a tab caller for ${grant.listName}`);
      const decision = {
        allowed: false,
        unchecked: 'Fanen fikk ikke kontakt med Teams for å sjekke tilgangen din. Prøv igjen om litt.',
      };
      return { decision, final: false };
    }
    const decision: TabAccess = { allowed: false };
    if (unchecked.length > 0) decision.unchecked = unchecked.join(' ');
    return { decision, final: true };
  }
}
