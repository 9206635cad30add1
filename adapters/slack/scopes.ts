/** The OAuth scopes the app asks for; slack/manifest.yml lists the same (a test keeps them equal). */
export const botScopes = [
  'channels:history', 'groups:history', 'channels:read', 'groups:read',
  'chat:write', 'reactions:write', 'users:read', 'usergroups:read', 'commands',
];

/** A workspace admin's user token with chat:write may delete other people's messages; a bot token never can. */
export const userScopes = ['chat:write'];
