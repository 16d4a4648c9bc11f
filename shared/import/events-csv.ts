/**
 * Economic events from CSV (`date,kind,note`; header optional) or iCalendar (.ics).
 * Kinds outside FOMC/CPI/PPI/GDP/NFP become `custom`; .ics kinds are read from the summary.
 * A bad line rejects the whole file with its line number.
 */
import { fromUsDate, isIsoDate } from '../dates';
import { EVENT_KINDS, type EventKind } from '../domain/types';
import type { ApiIssue } from '../api/errors';

export interface ParsedEvent {
  date: string;
  kind: EventKind;
  note: string;
}

export type EventsParseResult = { ok: true; events: ParsedEvent[] } | { ok: false; issues: ApiIssue[] };

const KIND_PATTERNS: [EventKind, RegExp][] = [
  ['FOMC', /\bFOMC\b|federal open market|fed (rate|interest rate) decision/i],
  ['CPI', /\bCPI\b|consumer price/i],
  ['PPI', /\bPPI\b|producer price/i],
  ['GDP', /\bGDP\b|gross domestic/i],
  ['NFP', /\bNFP\b|non-?farm|employment situation|jobs report/i],
];

/** The kind a free-text title names, or `custom`. */
export function kindFromText(text: string): EventKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'custom';
}

export function parseEventsFile(text: string, fileName = ''): EventsParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  return /^\s*BEGIN:VCALENDAR/i.test(clean) || fileName.toLowerCase().endsWith('.ics') ? parseIcs(clean) : parseCsv(clean);
}

function parseCsv(text: string): EventsParseResult {
  const lines = text.split(/\r\n|\n|\r/);
  const issues: ApiIssue[] = [];
  const events: ParsedEvent[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    // The note is everything after the second comma, so it may contain commas itself.
    const [dateCell = '', kindCell = '', ...rest] = line.split(',');
    const unquote = (cell: string) => cell.trim().replace(/^"(.*)"$/, '$1').trim();
    const dateText = unquote(dateCell);
    const kindText = unquote(kindCell);
    if (i === lines.findIndex((l) => l.trim() !== '') && dateText.toLowerCase() === 'date') return; // header
    const date = isIsoDate(dateText) ? dateText : fromUsDate(dateText);
    if (!date) return void issues.push({ path: `line ${i + 1}`, message: `"${dateText.slice(0, 30)}" is not a date (YYYY-MM-DD)` });
    const upper = kindText.toUpperCase();
    const kind = (EVENT_KINDS as readonly string[]).includes(upper) ? (upper as EventKind) : kindText.toLowerCase() === 'custom' ? 'custom' : null;
    if (!kind) return void issues.push({ path: `line ${i + 1}`, message: `kind "${kindText.slice(0, 30)}" must be one of ${EVENT_KINDS.join(', ')}` });
    events.push({ date, kind, note: unquote(rest.join(',')).slice(0, 500) });
  });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 20) } : { ok: true, events };
}

function parseIcs(text: string): EventsParseResult {
  // Unfold continuation lines (RFC 5545 §3.1) before reading properties.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r\n|\n|\r/);
  const issues: ApiIssue[] = [];
  const events: ParsedEvent[] = [];
  let current: { start: string | null; summary: string; line: number } | null = null;
  lines.forEach((line, i) => {
    const upper = line.toUpperCase();
    if (upper.startsWith('BEGIN:VEVENT')) current = { start: null, summary: '', line: i + 1 };
    else if (current && upper.startsWith('DTSTART')) current.start = icsDate(line.slice(line.indexOf(':') + 1));
    else if (current && upper.startsWith('SUMMARY')) current.summary = line.slice(line.indexOf(':') + 1).replace(/\\([,;\\])/g, '$1').trim();
    else if (current && upper.startsWith('END:VEVENT')) {
      if (!current.start) issues.push({ path: `line ${current.line}`, message: 'event without a readable DTSTART date' });
      else events.push({ date: current.start, kind: kindFromText(current.summary), note: current.summary.slice(0, 500) });
      current = null;
    }
  });
  if (issues.length === 0 && events.length === 0) issues.push({ path: 'line 1', message: 'no VEVENT found in the calendar file' });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 20) } : { ok: true, events };
}

/** 20260128 or 20260128T190000Z → 2026-01-28 (the exchange date of the listed day). */
function icsDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) ? iso : null;
}
