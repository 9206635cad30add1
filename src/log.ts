/** Structured logging: JSON by default, pretty on a TTY; secrets redacted; message text only at debug. */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks wherever they appear in a log object. */
export const redactPaths = [
  'token', '*.token', '*.*.token',
  'botToken', '*.botToken', 'appToken', '*.appToken', 'userToken', '*.userToken', 'adminUserToken', '*.adminUserToken',
  'signingSecret', '*.signingSecret', 'clientSecret', '*.clientSecret', 'stateSecret', '*.stateSecret',
  'password', '*.password', 'databaseUrl', '*.databaseUrl', 'connectionString', '*.connectionString',
  'cookie', '*.cookie', 'headers.cookie', 'headers.authorization', 'req.headers.cookie', 'req.headers.authorization',
  'req.headers["x-slack-signature"]', 'res.headers["set-cookie"]', 'authorization', '*.authorization',
];

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { app: 'scam-screener' } };
  if (destination) return pino(options, destination as never);
  if (process.stdout.isTTY && !process.env.CI) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(options);
}

/** Message text is personal data: attach it only when debug logging is on. */
export function textField(log: Logger, text: string): { text?: string } {
  return log.isLevelEnabled('debug') ? { text } : {};
}
