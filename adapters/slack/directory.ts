/** Who is who in a workspace, from users.info and usergroups.users.list, cached briefly. */
import type { Config } from '../../src/config.js';
import type { WebClient } from './clients.js';
import { Lru } from './lru.js';

export interface SlackUser {
  id: string;
  name: string;
  displayName?: string;
  isBot: boolean;
  isAdmin: boolean;
}

export class Directory {
  private readonly users = new Lru<string, SlackUser>(10_000, 10 * 60_000);
  private readonly groups = new Lru<string, Set<string>>(1_000, 60_000);
  private readonly teamUrls = new Map<string, string>();

  constructor(private readonly config: Config) {}

  async user(client: WebClient, teamId: string, userId: string): Promise<SlackUser> {
    const key = `${teamId}:${userId}`;
    const cached = this.users.get(key);
    if (cached) return cached;
    const { user } = await client.users.info({ user: userId });
    const found: SlackUser = {
      id: userId,
      name: user?.name ?? userId,
      displayName: user?.profile?.display_name || user?.real_name || undefined,
      isBot: Boolean(user?.is_bot),
      isAdmin: Boolean(user?.is_admin || user?.is_owner),
    };
    this.users.set(key, found);
    return found;
  }

  /** Members of the configured moderator user group (empty when none is configured). */
  async moderatorGroupMembers(client: WebClient, teamId: string): Promise<Set<string>> {
    const group = this.config.slack.moderatorGroup;
    if (!group) return new Set();
    const cached = this.groups.get(`${teamId}:${group}`);
    if (cached) return cached;
    const { users = [] } = await client.usergroups.users.list({ usergroup: group });
    const members = new Set(users);
    this.groups.set(`${teamId}:${group}`, members);
    return members;
  }

  /**
   * Configured moderators (SLACK_MODERATORS ids or members of SLACK_MODERATOR_GROUP) may decide.
   * With neither configured, workspace admins and owners may, so a fresh install is usable but not open to all.
   */
  async isModerator(client: WebClient, teamId: string, userId: string): Promise<boolean> {
    const { moderators, moderatorGroup } = this.config.slack;
    if (moderators.includes(userId)) return true;
    if (moderatorGroup) return (await this.moderatorGroupMembers(client, teamId)).has(userId);
    if (moderators.length > 0) return false;
    return (await this.user(client, teamId, userId)).isAdmin;
  }

  rememberTeamUrl(teamId: string, url: string): void {
    this.teamUrls.set(teamId, url.endsWith('/') ? url : `${url}/`);
  }

  /** The workspace's base URL (https://acme.slack.com/), from auth.test once per team, for permalinks. */
  async teamUrl(client: WebClient, teamId: string): Promise<string | undefined> {
    if (!this.teamUrls.has(teamId)) {
      const { url } = await client.auth.test();
      if (url) this.rememberTeamUrl(teamId, url);
    }
    return this.teamUrls.get(teamId);
  }
}
