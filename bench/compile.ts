/**
 * Bundles a bench script with esbuild into plain JavaScript, the way `npm run build` bundles the bot, so
 * the classifier is measured as it runs in production — without the tsx loader, whose own thread costs
 * ~35 MB of RSS and whose keep-names helpers wrap every function.
 */
import { build } from 'esbuild';
import { packagePath } from '../classifiers/paths.js';

export async function compileBench(script: string): Promise<string> {
  const outfile = packagePath('node_modules', '.cache', 'scam-screener-bench', script.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [packagePath('bench', script)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
  return outfile;
}
