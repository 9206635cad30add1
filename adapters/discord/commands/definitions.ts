/**
 * Every application command, in one module; registered at start-up (globally, or in DISCORD_GUILD_ID
 * for quick testing, since global commands take a while to show up).
 * `/screener` is hidden from members without Manage Messages by default — scanning arbitrary text
 * would let a scammer probe the filter — and every subcommand re-checks permissions on the server.
 */
import {
  ApplicationCommandType, ChannelType, ContextMenuCommandBuilder, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { modes } from '../../../src/config.js';

export const SCREENER = 'screener';
export const REPORT_AS_SCAM = 'Report as scam';

const screener = new SlashCommandBuilder()
  .setName(SCREENER)
  .setDescription('Scam screener: status, review queue, settings')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .addSubcommand((s) => s.setName('status').setDescription('What the screener is doing here, and what it cannot do'))
  .addSubcommand((s) => s.setName('scan').setDescription('Score a text without posting it')
    .addStringOption((o) => o.setName('text').setDescription('The message text').setRequired(true).setMaxLength(4000)))
  .addSubcommand((s) => s.setName('queue').setDescription('Pending review items in this server'))
  .addSubcommand((s) => s.setName('config').setDescription('Show or change this server\'s settings (Manage Server)')
    .addStringOption((o) => o.setName('mode').setDescription('enforce deletes, flag-only only flags, dry-run records only')
      .addChoices(...modes.map((m) => ({ name: m, value: m }))))
    .addNumberOption((o) => o.setName('delete_threshold').setDescription('Score at or above which a message is deleted (0-1)').setMinValue(0).setMaxValue(1))
    .addNumberOption((o) => o.setName('flag_threshold').setDescription('Score at or above which a message is flagged (0-1)').setMinValue(0).setMaxValue(1))
    .addChannelOption((o) => o.setName('mod_channel').setDescription('Where review cards are posted').addChannelTypes(ChannelType.GuildText)));

const reportAsScam = new ContextMenuCommandBuilder()
  .setName(REPORT_AS_SCAM)
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild);

export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [screener.toJSON(), reportAsScam.toJSON()];
