import type { SettingsPatch } from '../../../shared/domain/settings';
import { CliError, date, points, positiveInt, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';
import { parseSetting } from '../setting-args';
import { hundredthsToPoints } from '../../../shared/money';

export const eventsImport: CliCommand = {
  name: 'events import',
  summary: 'import economic events from CSV (date,kind,note) or iCalendar (.ics)',
  usage: 'alvh events import --db F FILE',
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, backend, out }) {
    const file = positionals[0];
    if (!file) throw new CliError('name the CSV or .ics file to import');
    const summary = await backend.send('event/import', { text: readTextFile(file), fileName: file });
    out(values.json ? JSON.stringify(summary) : `${summary.rows} events: ${summary.added} added, ${summary.unchanged} already there`);
  },
};

export const settingsSet: CliCommand = {
  name: 'settings set',
  summary: "change a portfolio's settings (numbers, true/false, lists as 40,25,15)",
  usage: 'alvh settings set --db F --portfolio NAME KEY=VALUE…',
  options: { portfolio: { type: 'string' } },
  async run({ values, positionals, backend, out }) {
    if (positionals.length === 0) throw new CliError('give at least one KEY=VALUE');
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const patch = Object.fromEntries(positionals.map(parseSetting)) as SettingsPatch;
    const portfolio = await backend.send('portfolio/update', { portfolioId, settings: patch });
    for (const key of Object.keys(patch)) out(`${key}=${JSON.stringify(portfolio.settings[key as keyof typeof portfolio.settings])}`);
  },
};

export const markSet: CliCommand = {
  name: 'mark',
  summary: "record a layer's mid price to close, per contract, in points",
  usage: 'alvh mark --db F --layer ID --date YYYY-MM-DD --price X',
  options: { layer: { type: 'string' }, date: { type: 'string' }, price: { type: 'string' } },
  async run({ values, backend, out }) {
    const mark = await backend.send('mark/set', { layerId: positiveInt(required(values, 'layer'), 'layer'), date: date(required(values, 'date'), 'date'), priceHundredths: points(required(values, 'price'), 'price') });
    out(`layer ${mark.layerId} marked at ${hundredthsToPoints(mark.priceHundredths)} on ${mark.date}`);
  },
};

