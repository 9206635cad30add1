/**
 * Bolt's OAuth installation store kept in the project's own store (SQLite or PostgreSQL) as settings:
 * `slack-installation:<teamId>`, or `slack-installation:enterprise:<enterpriseId>` for org-wide installs.
 * Installations hold tokens: nothing here logs them.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { ReviewStore } from '../../src/review/store.js';

type StoredInstallation = Installation<'v1' | 'v2', boolean>;

export function installationKey(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `slack-installation:enterprise:${query.enterpriseId}`;
  if (query.teamId) return `slack-installation:${query.teamId}`;
  throw new Error('installation query without a team or enterprise id');
}

export function settingsInstallationStore(store: ReviewStore): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = installationKey({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall,
      });
      await store.setSetting(key, installation);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await store.getSetting<StoredInstallation>(installationKey(query));
      // Bolt turns this into "authorization failed" for the event; the message names only the team.
      if (!found) throw new Error(`no Slack installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteSetting(installationKey(query));
    },
  };
}
