// Shared by the browser tests: Debian's Chromium, headless, with no network
// chatter (this machine and CI have no outside network; without these flags
// Chromium keeps trying to reach Google's hosts).
'use strict';
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

module.exports = { launch, CHROMIUM };
