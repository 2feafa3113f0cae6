/** Headless Debian Chromium driven by playwright-core, for the end-to-end page tests. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.KATA_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
