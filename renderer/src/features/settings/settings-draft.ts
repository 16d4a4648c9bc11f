/**
 * The Settings form's text and its conversion back to settings: numbers are edited as text,
 * validated live by `settingsSchema` (the same zod schema the backend applies) and saved as a
 * patch of the changed keys only. Pure and unit-tested.
 */
import type { ApiIssue } from '../../../../shared/api/errors';
import { DEFAULT_SETTINGS, settingsSchema, type PortfolioSettings, type SettingsPatch } from '../../../../shared/domain/settings';
import { parseCents } from '../../../../shared/money';
import { decimalText } from '../../../../shared/format/money';
import { SETTING_META, type SettingKey } from '../../format/setting-meta';
import { parseNumber } from '../../forms/parse-number';
import { friendlyIssue } from './zod-messages';

/** Numbers (and number lists) as the text the user types; everything else as it is. */
export type SettingsDraft = {
  [K in SettingKey]: PortfolioSettings[K] extends number ? string : PortfolioSettings[K] extends number[] ? string[] : PortfolioSettings[K];
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
export const MONEY_KEY = 'feePerContractCents';

/** The API path of a setting, as the backend reports it: `settings.rsiThreshold`, `settings.allocationPct.1`. */
export const settingPath = (key: SettingKey, index?: number) => (index === undefined ? `settings.${key}` : `settings.${key}.${index}`);

const dollars = (cents: number) => decimalText(cents);

export function draftFromSettings(settings: PortfolioSettings): SettingsDraft {
  const draft: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value: unknown = settings[key];
    if (key === MONEY_KEY && typeof value === 'number') draft[key] = dollars(value);
    else if (typeof value === 'number') draft[key] = String(value);
    else if (key === 'allocationPct' && Array.isArray(value)) draft[key] = value.map(String);
    else draft[key] = Array.isArray(value) ? [...value] : value;
  }
  return draft as SettingsDraft;
}

export interface ParsedSettings {
  /** The complete, valid settings; null while any field has an issue. */
  settings: PortfolioSettings | null;
  issues: ApiIssue[];
}

export function parseSettingsDraft(draft: SettingsDraft, saved: PortfolioSettings): ParsedSettings {
  const issues: ApiIssue[] = [];
  // Text that is not a number is reported as such; the saved value stands in so the schema
  // can still check every other field.
  const candidate: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const text: unknown = draft[key];
    if (key === MONEY_KEY && typeof text === 'string') {
      const cents = parseCents(text);
      if (cents === null) issues.push({ path: settingPath(key), message: 'Enter dollars and cents, e.g. 1.50' });
      candidate[key] = cents ?? saved[key];
    } else if (typeof saved[key] === 'number' && typeof text === 'string') {
      const value = parseNumber(text);
      if (value === null) issues.push({ path: settingPath(key), message: `Enter a number (${SETTING_META[key].unit})` });
      candidate[key] = value ?? saved[key];
    } else if (key === 'allocationPct' && Array.isArray(text)) {
      candidate[key] = text.map((slot: unknown, i) => {
        const value = typeof slot === 'string' ? parseNumber(slot) : null;
        if (value === null) issues.push({ path: settingPath(key, i), message: 'Enter a % of risk capital, e.g. 25' });
        return value ?? 0;
      });
    } else candidate[key] = text;
  }
  const result = settingsSchema.safeParse(candidate);
  const reported = new Set(issues.map((i) => i.path));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = ['settings', ...issue.path.map(String)].join('.');
      if (!reported.has(path)) issues.push({ path, message: friendlyIssue(issue, unitOf(issue.path[0])) });
    }
  } else if (result.data.addLayerMinAgeDays > result.data.addLayerMaxAgeDays) {
    issues.push({ path: settingPath('addLayerMaxAgeDays'), message: `Must not be below the lower end (${result.data.addLayerMinAgeDays} days)` });
  }
  return { settings: issues.length === 0 && result.success ? result.data : null, issues };
}

function unitOf(key: PropertyKey | undefined): string {
  return typeof key === 'string' && key in SETTING_META ? SETTING_META[key as SettingKey].unit : '';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the keys whose value differs from what is saved: the `settings` of `portfolio/update`. */
export function settingsPatch(next: PortfolioSettings, saved: PortfolioSettings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (!same(next[key], saved[key])) patch[key] = next[key];
  return patch as SettingsPatch;
}

/** Keys whose text differs from the saved value's text (unsaved edits, valid or not). */
export function editedKeys(draft: SettingsDraft, saved: PortfolioSettings): SettingKey[] {
  const base = draftFromSettings(saved);
  return SETTING_KEYS.filter((key) => !same(draft[key], base[key]));
}

/** Keys whose saved value is not the default (what "Reset to defaults" changes). */
export function nonDefaultKeys(settings: PortfolioSettings): SettingKey[] {
  return SETTING_KEYS.filter((key) => !same(settings[key], DEFAULT_SETTINGS[key]));
}
