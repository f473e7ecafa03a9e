import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Debian's Chromium, named by the environment; browser tests skip when it is unset. */
export const chromiumPath = process.env.DOSSIER_TEST_CHROMIUM;

export function reportNoBrowser(): void {
  // eslint-disable-next-line no-console
  console.warn('SKIPPED: browser tests need DOSSIER_TEST_CHROMIUM (e.g. /usr/bin/chromium); it is unset');
}

/**
 * Launches that Chromium headless with a fresh profile, offline apart from our own server.
 * playwright-core never downloads a browser: it only drives the one at `executablePath`.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath!,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
