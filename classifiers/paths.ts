/**
 * Files the package ships (the model, the corpus, the dashboard's assets), found from the package root.
 * The root is the first directory above this module with scam-screener's package.json, so the same code
 * finds them from the TypeScript sources and from the esbuild bundle in dist/ (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'scam-screener') return dir;
    if (dirname(dir) === dir) throw new Error(`scam-screener's package.json not found above ${from}`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. packagePath('classifiers', 'data', 'model.json'). */
export const packagePath = (...parts: string[]): string => join(packageRoot, ...parts);
