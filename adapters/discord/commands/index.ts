/**
 * Routes application commands to their handlers. Authorization is checked here, once, on the server
 * side (Discord's default permissions can be overridden per guild); a denial is an ephemeral reply.
 * Every command defers first, so slow store or Discord calls never miss the 3-second window.
 */
import { Events, MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { guarded } from '../guard.js';
import { config } from './config.js';
import { REPORT_AS_SCAM, SCREENER } from './definitions.js';
import { queue } from './queue.js';
import { report } from './report.js';
import { scan } from './scan.js';
import { status } from './status.js';

type Run<I> = (ctx: DiscordContext, interaction: I) => Promise<string>;
interface Route<I> { permission?: bigint; permissionName?: string; run: Run<I> }

const moderator = { permission: PermissionFlagsBits.ManageMessages, permissionName: 'Manage Messages' };
const subcommands: Record<string, Route<ChatInputCommandInteraction<'cached' | 'raw'>>> = {
  status: { ...moderator, run: status },
  scan: { ...moderator, run: scan },
  queue: { ...moderator, run: queue },
  config: { permission: PermissionFlagsBits.ManageGuild, permissionName: 'Manage Server', run: config },
};
const reportRoute: Route<MessageContextMenuCommandInteraction<'cached' | 'raw'>> = { run: report };

export function register(ctx: DiscordContext): void {
  ctx.client.on(Events.InteractionCreate, guarded(ctx.log, 'command', (interaction: Interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === SCREENER) {
      const route = subcommands[interaction.options.getSubcommand(false) ?? ''];
      return route ? respond(ctx, interaction, route) : undefined;
    }
    if (interaction.isMessageContextMenuCommand() && interaction.commandName === REPORT_AS_SCAM) return respond(ctx, interaction, reportRoute);
    return undefined;
  }));
}

async function respond<I extends ChatInputCommandInteraction | MessageContextMenuCommandInteraction>(
  ctx: DiscordContext, interaction: I, route: Route<Extract<I, { guildId: string }>>,
): Promise<void> {
  if (!interaction.inGuild()) {
    await interaction.reply({ content: 'This command works inside a server.', flags: MessageFlags.Ephemeral });
    return;
  }
  if (route.permission !== undefined && !interaction.memberPermissions.has(route.permission)) {
    await interaction.reply({ content: `You need the ${route.permissionName} permission for this.`, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    await interaction.editReply({ content: await route.run(ctx, interaction as Extract<I, { guildId: string }>), allowedMentions: { parse: [] } });
  } catch (error) {
    ctx.log.error({ err: error, command: interaction.commandName }, 'command failed');
    await interaction.editReply({ content: 'Something went wrong; the error is in the bot\'s log.' }).catch(() => undefined);
  }
}
