// `npm run security:scan`: runs Electronegativity (Doyensec's static checker for Electron
// misconfigurations) over the main-process sources, writes reports/electronegativity.csv,
// and fails when
//   - a file could not be parsed (it would otherwise be skipped silently),
//   - a HIGH finding is not in ALLOWED below (each entry needs a justification, mirrored in
//     docs/security.md), or an ALLOWED entry no longer matches anything (stale),
//   - the canary (a deliberately insecure window) is NOT reported as HIGH: proves the
//     scanner still works rather than passing because it checked nothing.
// Electronegativity itself exits 0 whatever it finds, hence this script.
// Offline: the release-list check is excluded, and the English messages bundled with the
// package are used instead of downloading translations (a network call that CI cannot make).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
offlineTranslations();
const run = require('@doyensec/electronegativity');
const ELECTRON_VERSION = require('electron/package.json').version;

/** HIGH findings accepted after review: check id + file (relative to electron/) + why. */
const ALLOWED = [
  // None today. Example of the shape:
  // { check: 'SOME_CHECK', file: 'shell/window.ts', justification: 'why it is safe (see docs/security.md)' },
];

const SCANS = [{ input: join(ROOT, 'electron'), csv: join(ROOT, 'reports', 'electronegativity.csv') }];

async function scan(input) {
  return run({
    input,
    isSarif: false,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  });
}

/** Same set-up as the package's locales/i18n.js, minus its download of updated translations. */
function offlineTranslations() {
  const i18nPath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = require('i18n', { paths: [i18nPath] });
  const setUp = () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nPath), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: global });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  const stub = new Module(i18nPath);
  stub.filename = i18nPath;
  stub.loaded = true;
  stub.exports = Object.assign(setUp, { default: setUp });
  require.cache[i18nPath] = stub;
}

/**
 * The CSV is written here, in Electronegativity's own columns: its writer races an async
 * header write against the rows and can truncate the file.
 */
function writeCsv(file, issues) {
  const cell = (value) => `"${String(value ?? 'N/A').replace(/"/g, '""')}"`;
  const rows = issues.map((i) => [i.id, i.severity.name, i.confidence.name, i.file, `${i.location.line}:${i.location.column}`, i.sample, i.description, `https://github.com/doyensec/electronegativity/wiki/${i.id}`].map(cell).join(','));
  writeFileSync(file, ['issue,severity,confidence,filename,location,sample,description,url', ...rows].join('\n') + '\n');
}

const describe = (issue) => `${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${issue.file}:${issue.location.line}`;

async function canaryCaught() {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-eneg-canary-'));
  try {
    writeFileSync(join(dir, 'main.js'), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });\n");
    const { issues } = await scan(dir);
    return issues.some((i) => i.id === 'CONTEXT_ISOLATION_JS_CHECK' && i.severity.name === 'HIGH');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
const used = new Set();
mkdirSync(join(ROOT, 'reports'), { recursive: true });
for (const { input, csv } of SCANS) {
  const { issues, errors } = await scan(input);
  writeCsv(csv, issues);
  console.log(`electronegativity ${input.slice(ROOT.length)} (Electron ${ELECTRON_VERSION}): ${issues.length} findings → ${csv.slice(ROOT.length)}`);
  for (const error of errors) {
    console.log(`  ${error.tolerable ? 'parse warning' : 'PARSE ERROR'} ${error.file}: ${error.message}`);
    if (!error.tolerable) failed = true;
  }
  for (const issue of issues) {
    const file = resolve(input, issue.file).slice(input.length + 1);
    const allowed = ALLOWED.find((a) => a.check === issue.id && a.file === file && a.justification.trim().length > 0);
    if (allowed) used.add(allowed);
    const blocking = issue.severity.name === 'HIGH' && !allowed;
    if (blocking) failed = true;
    console.log(`  ${blocking ? '✗' : allowed ? '✓ allowed' : '·'} ${describe(issue)}`);
  }
}
for (const entry of ALLOWED) {
  if (!used.has(entry)) {
    console.log(`  stale allow-list entry (matches nothing now; remove it): ${entry.check} ${entry.file}`);
    failed = true;
  }
}
if (!(await canaryCaught())) {
  console.log('  ✗ the canary (contextIsolation: false) was not reported as HIGH: the scanner is not working');
  failed = true;
}
console.log(failed ? 'electronegativity: FAILED (HIGH findings must be fixed or justified in the allow-list and docs/security.md)' : 'electronegativity: no unreviewed HIGH findings');
process.exitCode = failed ? 1 : 0;
