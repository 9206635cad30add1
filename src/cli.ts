/** The `scam-screener` command line: scan, eval, train, start, discord invite-url. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { classify } from '../classifiers/classify.js';
import { defaultClassifierConfig, type Verdict } from '../classifiers/types.js';
import { ConfigError, loadConfig } from './config.js';
import { confusionTable, evaluateFile } from './eval.js';
import { createLogger } from './log.js';
import { openStore } from './review/open-store.js';
import { startService } from './service.js';

const usage = `Usage: scam-screener <command>

  scan TEXT | -            classify a message (- reads stdin); --json for machine output
  eval FILE.jsonl          score labelled lines {"text","label":"scam"|"legit"|"spam"|"ham"}; --json
  train                    rebuild the model from the corpus and moderators' verdicts
                           (--base-only: corpus only; --out PATH, default MODEL_PATH or ./data/model.json)
  start                    run the bot, dashboard and scan API (same as npm start)
  discord invite-url       print the OAuth2 URL that adds the bot to a server
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'base-only': { type: 'boolean', default: false },
      out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'scan':
      return scan(rest, values.json);
    case 'eval':
      return evaluate(rest, values.json);
    case 'start':
      return start();
    case 'discord':
      return discord(rest);
    case 'train':
      return train(values['base-only'], values.out);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}`);
      return 2;
  }
}

function scan(args: string[], json: boolean): number {
  if (args.length === 0) {
    process.stderr.write('scan needs the message text, or - to read it from stdin\n');
    return 2;
  }
  const text = args[0] === '-' && args.length === 1 ? readFileSync(0, 'utf8') : args.join(' ');
  const verdict = classify(text, {}, configForCli());
  process.stdout.write(json ? `${JSON.stringify(verdict)}\n` : renderVerdict(verdict));
  return 0;
}

export function renderVerdict(verdict: Verdict): string {
  const lines = [`${verdict.label.toUpperCase()}  score ${verdict.score.toFixed(2)}`];
  if (verdict.signals.length === 0) lines.push('  no signals fired');
  for (const s of verdict.signals) lines.push(`  ${s.weight >= 0 ? '+' : ''}${s.weight.toFixed(2)}  ${s.id.padEnd(28)} "${s.evidence}"`);
  return `${lines.join('\n')}\n`;
}

async function evaluate(args: string[], json: boolean): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('eval needs a JSONL file\n');
    return 2;
  }
  let total = 0;
  try {
    total = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length;
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 1;
  }
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'eval [{bar}] {value}/{total} lines', stream: process.stderr }) : undefined;
  bar?.start(total, 0);
  const { summary, problems } = await evaluateFile(file, { config: configForCli(), onProgress: (n) => bar?.update(Math.min(n, total)) });
  bar?.stop();
  for (const p of problems) process.stderr.write(`${file}:${p.line}: skipped: ${p.error}\n`);
  process.stdout.write(`${confusionTable(summary)}\n`);
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

/** The CLI classifies with the configured global thresholds when a config is present, else the defaults. */
function configForCli() {
  const config = loadConfig();
  return { ...defaultClassifierConfig, flagThreshold: config.flagThreshold, deleteThreshold: config.deleteThreshold, officialDomains: config.officialDomains, staffNames: config.staffNames, newAccountDays: config.newAccountDays };
}

async function train(baseOnly: boolean, out: string | undefined): Promise<number> {
  const { trainFromCorpusAndVerdicts } = await import('./learning/train-model.js');
  const { retrainedModelPath } = await import('../classifiers/model.js');
  const store = baseOnly ? undefined : await openStore(loadConfig().store);
  try {
    const { model, baseDocs, verdictDocs } = await trainFromCorpusAndVerdicts(store);
    const path = out ?? retrainedModelPath();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    process.stdout.write(`trained on ${baseDocs} corpus documents + ${verdictDocs} moderator verdicts; ${Object.keys(model.weights).length} token weights → ${path}\n`);
    return 0;
  } finally {
    await store?.close();
  }
}

async function discord(args: string[]): Promise<number> {
  if (args[0] !== 'invite-url') {
    process.stderr.write('usage: scam-screener discord invite-url\n');
    return 2;
  }
  const applicationId = loadConfig().discord.applicationId;
  if (!applicationId) {
    process.stderr.write('Set DISCORD_APPLICATION_ID (your application id from the Discord developer portal) first.\n');
    return 2;
  }
  const { inviteUrl } = await import('../adapters/discord/invite.js');
  process.stdout.write(`${inviteUrl(applicationId)}\n`);
  return 0;
}

async function start(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const service = await startService(config, log);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutting down');
      // Never hang on shutdown: whatever is still closing after 5 s is abandoned.
      setTimeout(() => {
        log.error('shutdown took longer than 5 s; exiting');
        process.exit(1);
      }, 5000).unref();
      service.close().then(resolve, (error: unknown) => {
        log.error({ err: error }, 'error during shutdown');
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log.flush?.();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`scam-screener: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
