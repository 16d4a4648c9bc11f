/**
 * electron-builder.yml checked without packaging (packaging needs Electron's download):
 * valid against electron-builder's own JSON schema, validated the way electron-builder
 * validates it (same ajv options), and carrying the settings the app relies on.
 */
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
// app-builder-lib/out/util/config/schemaValidator.js uses these options.
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(schema);
const yamlText = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

interface BuilderConfig {
  asarUnpack?: string[];
  npmRebuild?: boolean;
  files?: string[];
  extraMetadata?: { main?: string };
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
}

function config(text = yamlText): BuilderConfig {
  return load(text) as BuilderConfig;
}

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s configuration schema', () => {
    expect(errorsOf(config())).toEqual([]);
  });

  it('fails the schema when a key is misspelled, at the top level or inside electronFuses', () => {
    expect(errorsOf({ ...config(), asarUnpak: ['x'] }).join('\n')).toMatch(/additionalProperty.*asarUnpak/);
    const fuses = { ...config().electronFuses, runAsNod: false };
    expect(errorsOf({ ...config(), electronFuses: fuses }).join('\n')).toMatch(/runAsNod/);
    expect(errorsOf(config(yamlText.replace(/^npmRebuild:/m, 'npmRebiuld:'))).join('\n')).toMatch(/npmRebiuld/);
  });

  it('sets the Electron fuses the security review requires', () => {
    expect(config().electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage + deb, NSIS and dmg from the icon in build/', () => {
    const c = config();
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.win?.target).toEqual(['nsis']);
    expect(c.mac?.target).toEqual(['dmg']);
    for (const icon of [c.linux?.icon, c.win?.icon, c.mac?.icon]) {
      expect(icon).toBe('build/icon.png');
      expect(pngSize(join(ROOT, 'build', 'icon.png'))).toEqual({ width: 512, height: 512 });
    }
  });

  it('unpacks better-sqlite3 from the asar and rebuilds it for Electron while packaging', () => {
    const c = config();
    expect(c.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(c.npmRebuild).toBe(true);
    expect(c.extraMetadata?.main).toBe(packageJson.main);
    expect(c.files).toContain('dist/**/*');
  });

  it('has an `npm run dist` script, and never downloads or rebuilds Electron on npm install', () => {
    expect(packageJson.scripts.dist).toMatch(/npm run -s build && electron-builder/);
    expect(packageJson.devDependencies['electron-builder']).toBeDefined();
    expect(packageJson.allowScripts.electron).toBe(false);
    expect(Object.keys(packageJson.scripts)).not.toContain('postinstall');
  });
});
