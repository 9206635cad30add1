/**
 * The OAuth2 URL that adds the bot to a server, with exactly the scopes and permissions it uses.
 *
 * Permissions: View Channel + Read Message History (see and fetch messages, incl. the message a reply
 * points to), Send Messages + Embed Links (review cards, restored messages), Manage Messages (delete
 * scams), Moderate Members (timeouts when escalation is configured).
 * Ban Members is deliberately NOT requested: escalation defaults to timeouts, a ban is irreversible
 * and rarely right for a first offence, and a scam bot holding ban rights is a juicy target. A
 * community that sets `escalation.action: ban` grants Ban Members to the bot's role by hand; without
 * it the ban fails, is recorded on the review item, and the moderators still see the case.
 */
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

export const requiredPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.ModerateMembers;

export const requiredScopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands];

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: requiredScopes.join(' '),
    permissions: requiredPermissions.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
