/**
 * A temporary copy of the project for a real build (fixture tests, bench):
 * node_modules as a real folder of links to the project's packages, so the
 * packages are shared but the caches Astro and Vite write there
 * (`.astro/data-store.json`, `.vite/`) stay in the copy, and parallel builds
 * neither race nor touch the project's own cache.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export function linkPackages(project: string, site: string): void {
  const modules = join(site, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(project, 'node_modules', name), join(modules, name));
  }
}
