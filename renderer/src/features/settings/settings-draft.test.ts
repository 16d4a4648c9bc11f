import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { draftFromSettings, editedKeys, nonDefaultKeys, parseSettingsDraft, settingsPatch } from './settings-draft';

const saved = DEFAULT_SETTINGS;

describe('settings draft', () => {
  it('round-trips the defaults, fees shown in dollars', () => {
    const draft = draftFromSettings(saved);
    expect(draft.rsiThreshold).toBe('60');
    expect(draft.feePerContractCents).toBe('1.50');
    expect(draft.allocationPct).toEqual(['40', '25', '15']);
    expect(parseSettingsDraft(draft, saved)).toEqual({ settings: saved, issues: [] });
    expect(editedKeys(draft, saved)).toEqual([]);
  });

  it('patches only the keys that changed', () => {
    const draft = { ...draftFromSettings(saved), rsiThreshold: '65', feePerContractCents: '0.65', macdFilter: 'off' as const, disabledRules: ['late-dte' as const] };
    const parsed = parseSettingsDraft(draft, saved);
    expect(parsed.issues).toEqual([]);
    expect(parsed.settings && settingsPatch(parsed.settings, saved)).toEqual({ rsiThreshold: 65, feePerContractCents: 65, macdFilter: 'off', disabledRules: ['late-dte'] });
  });

  it('reports out-of-range values under the backend path, with the unit', () => {
    const parsed = parseSettingsDraft({ ...draftFromSettings(saved), rsiThreshold: '150' }, saved);
    expect(parsed.settings).toBeNull();
    expect(parsed.issues).toEqual([{ path: 'settings.rsiThreshold', message: 'Must be at most 100 RSI (0–100)' }]);
  });

  it('says what is wrong with text, fractions of integers, and the schedule', () => {
    const draft = { ...draftFromSettings(saved), baseDte: 'abc', rsiPeriod: '14.5', allocationPct: ['60', '50', 'x'], feePerContractCents: '1.234' };
    const paths = parseSettingsDraft(draft, saved).issues.map((i) => `${i.path}: ${i.message}`);
    expect(paths).toContain('settings.baseDte: Enter a number (calendar days)');
    expect(paths).toContain('settings.rsiPeriod: Must be a whole number');
    expect(paths).toContain('settings.allocationPct.2: Enter a % of risk capital, e.g. 25');
    expect(paths).toContain('settings.feePerContractCents: Enter dollars and cents, e.g. 1.50');
    const sum = parseSettingsDraft({ ...draftFromSettings(saved), allocationPct: ['60', '50'] }, saved).issues;
    expect(sum).toEqual([{ path: 'settings.allocationPct', message: 'The slots must sum to 100% or less' }]);
  });

  it('keeps the add-layer age window the right way round', () => {
    const issues = parseSettingsDraft({ ...draftFromSettings(saved), addLayerMinAgeDays: '25' }, saved).issues;
    expect(issues).toEqual([{ path: 'settings.addLayerMaxAgeDays', message: 'Must not be below the lower end (25 days)' }]);
  });

  it('lists what a reset would change', () => {
    expect(nonDefaultKeys({ ...saved, rsiThreshold: 65, guardedEventKinds: ['FOMC'] })).toEqual(['rsiThreshold', 'guardedEventKinds']);
  });
});
