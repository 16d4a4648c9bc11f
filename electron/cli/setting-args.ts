import { settingsSchema } from '../../shared/domain/settings';
import { CliError } from './cli-args';

/** KEY=VALUE with the value typed by the setting's schema (number, boolean, list or word). */
export function parseSetting(pair: string): [string, unknown] {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new CliError(`"${pair}" is not KEY=VALUE`);
  const key = pair.slice(0, eq);
  const text = pair.slice(eq + 1);
  const shape = settingsSchema.shape as Record<string, unknown>;
  if (!(key in shape)) throw new CliError(`unknown setting "${key}"; known: ${Object.keys(shape).join(', ')}`);
  if (text === 'true' || text === 'false') return [key, text === 'true'];
  const schemaType = (shape[key] as { def?: { type?: string } }).def?.type;
  if (schemaType === 'array') return [key, text === '' ? [] : text.split(',').map((item) => (Number.isFinite(Number(item)) && item.trim() !== '' ? Number(item) : item.trim()))];
  if (text.trim() !== '' && Number.isFinite(Number(text))) return [key, Number(text)];
  return [key, text];
}
