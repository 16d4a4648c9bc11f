/**
 * Economic events from CSV (`date,kind,note`; header optional — with one, columns are found by
 * name in any order) or iCalendar (.ics). Kinds outside FOMC/CPI/PPI/GDP/NFP become `custom`;
 * .ics kinds are read from the summary. A bad line rejects the whole file with its line
 * number; a file cut short (an unclosed quote, VEVENT or VCALENDAR) is refused, never
 * imported in part (docs/import.md).
 */
import { isIsoDate } from '../dates';
import { EVENT_KINDS, type EventKind } from '../domain/types';
import type { ApiIssue } from '../api/errors';
import { forEachCsvRecord, type CsvRecord } from './csv-rows';
import { importDate } from './import-date';
import { hasUndecoded } from './text-bytes';

export interface ParsedEvent {
  date: string;
  kind: EventKind;
  note: string;
}

export type EventsParseResult = { ok: true; events: ParsedEvent[] } | { ok: false; issues: ApiIssue[]; totalErrors: number };

const MAX_REPORTED = 20;
const NOTE_LENGTH = 500;

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

class Issues {
  readonly list: ApiIssue[] = [];
  total = 0;
  add(line: number, message: string): void {
    this.total += 1;
    if (this.list.length < MAX_REPORTED) this.list.push({ path: `line ${line}`, message });
  }
}

interface CsvColumns {
  date: number;
  kind: number;
  /** -1 when the header has no note column. */
  note: number;
  /** Header width; 0 without a header (positional date,kind,note). */
  count: number;
}

const POSITIONAL: CsvColumns = { date: 0, kind: 1, note: 2, count: 0 };

function parseCsv(text: string): EventsParseResult {
  const issues = new Issues();
  const events: ParsedEvent[] = [];
  let columns: CsvColumns | null = null;
  const syntax = forEachCsvRecord(text, (record) => {
    if (columns === null) {
      columns = readHeader(record, issues);
      if (columns !== POSITIONAL) return;
    }
    if (columns.kind < 0) return; // the header was refused; its error stands alone
    const event = readCsvEvent(record, columns);
    if (typeof event === 'string') issues.add(record.line, event);
    else events.push(event);
  }, { trim: false });
  if (syntax) issues.add(syntax.line, syntax.message);
  // As an empty market CSV is: importing nothing is not a success.
  if (issues.total === 0 && events.length === 0) issues.add(1, columns === null ? 'the file is empty' : 'the file has a header but no events');
  return issues.total > 0 ? { ok: false, issues: issues.list, totalErrors: issues.total } : { ok: true, events };
}

/** The first record is a header when one of its cells is `date`; otherwise it is data. */
function readHeader(record: CsvRecord, issues: Issues): CsvColumns {
  const names = record.cells.map((cell) => cell.trim().toLowerCase());
  if (!names.includes('date')) return POSITIONAL;
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const [date, kind, note] = [names.indexOf('date'), names.indexOf('kind'), names.indexOf('note')];
  if (kind < 0) issues.add(record.line, `the header needs date and kind columns (and optionally note), found "${record.cells.join(',').slice(0, 80)}"`);
  return { date, kind, note, count: names.length };
}

function readCsvEvent(record: CsvRecord, columns: CsvColumns): ParsedEvent | string {
  // Cells arrive untrimmed so that a note's unquoted commas join back as written.
  const raw = record.cells;
  const cells = raw.map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const needed = Math.max(columns.date, columns.kind) + 1;
  if (cells.length < needed) return `expected date,kind,note; found ${cells.length} column(s)${record.unterminated ? ' (the file seems cut short)' : ''}`;
  if (cells.some(hasUndecoded)) return 'holds a character that was not decoded (U+FFFD or NUL): the file is not UTF-8/UTF-16 text';
  // The note is the last column; unquoted commas inside it split it, so its cells are joined back.
  const noteIsLast = columns.count === 0 || columns.note === columns.count - 1;
  if (!noteIsLast && cells.length > columns.count) return `expected ${columns.count} columns as in the header, found ${cells.length}`;
  const dateText = cells[columns.date] ?? '';
  const kindText = cells[columns.kind] ?? '';
  const date = importDate(dateText);
  if (!date) return `"${dateText.slice(0, 30)}" is not a date (YYYY-MM-DD or MM/DD/YYYY)`;
  const upper = kindText.toUpperCase();
  const kind = (EVENT_KINDS as readonly string[]).includes(upper) ? (upper as EventKind) : kindText.toLowerCase() === 'custom' ? 'custom' : null;
  if (!kind) return `kind "${kindText.slice(0, 30)}" must be one of ${EVENT_KINDS.join(', ')}`;
  const note = (columns.note < 0 ? '' : noteIsLast ? raw.slice(columns.note, cells.length).join(',') : (cells[columns.note] ?? '')).trim();
  // Never cut silently (a cut could also split a character): the user shortens it.
  if ([...note].length > NOTE_LENGTH) return `the note has ${[...note].length} characters; at most ${NOTE_LENGTH} are kept — shorten it`;
  return { date, kind, note };
}

interface OpenEvent {
  start: string | null;
  startText: string;
  summary: string;
  line: number;
  /** Depth of sub-components (VALARM…) whose properties are not the event's. */
  nested: number;
}

function parseIcs(text: string): EventsParseResult {
  const issues = new Issues();
  const events: ParsedEvent[] = [];
  let current: OpenEvent | null = null;
  let calendarOpen = false;
  let calendarClosed = false;
  for (const { text: line, number } of unfoldedLines(text)) {
    if (hasUndecoded(line)) {
      issues.add(number, 'holds a character that was not decoded (U+FFFD or NUL): the file is not UTF-8/UTF-16 text');
      continue;
    }
    const { name, value } = icsProperty(line);
    const component = value.trim().toUpperCase();
    if (name === 'BEGIN' && component === 'VCALENDAR') calendarOpen = true;
    else if (name === 'END' && component === 'VCALENDAR') calendarClosed = true;
    else if (name === 'BEGIN' && component === 'VEVENT') {
      if (current) issues.add(current.line, 'this event has no END:VEVENT before the next BEGIN:VEVENT');
      current = { start: null, startText: '', summary: '', line: number, nested: 0 };
    } else if (!current) continue;
    else if (name === 'BEGIN') current.nested += 1;
    else if (name === 'END' && component !== 'VEVENT') current.nested = Math.max(0, current.nested - 1);
    else if (current.nested > 0) continue;
    else if (name === 'DTSTART') [current.start, current.startText] = [icsDate(value), value.trim()];
    else if (name === 'SUMMARY') current.summary = unescapeText(value).trim();
    else if (name === 'END') {
      const finished = finishedEvent(current);
      if ('issue' in finished) issues.add(current.line, finished.issue);
      else events.push(finished.event);
      current = null;
    }
  }
  if (current !== null) issues.add((current as OpenEvent).line, 'this event has no END:VEVENT (the file seems cut short)');
  else if (calendarOpen && !calendarClosed) issues.add(1, 'END:VCALENDAR is missing (the file seems cut short)');
  if (issues.total === 0 && events.length === 0) issues.add(1, 'no VEVENT found in the calendar file');
  return issues.total > 0 ? { ok: false, issues: issues.list, totalErrors: issues.total } : { ok: true, events };
}

/** A content line's property name (upper-cased, parameters dropped) and its raw value; no colon: the whole line is the name, the value ''. */
function icsProperty(line: string): { name: string; value: string } {
  const colon = line.indexOf(':');
  const name = (colon < 0 ? line : line.slice(0, colon)).split(';')[0]?.trim().toUpperCase() ?? '';
  const value = colon < 0 ? '' : line.slice(colon + 1);
  return { name, value };
}

/** The event an END:VEVENT completes, or why it is refused: no valid DTSTART, or a SUMMARY too long for a note. */
function finishedEvent(current: OpenEvent): { event: ParsedEvent } | { issue: string } {
  if (!current.start) {
    return { issue: current.startText ? `DTSTART "${current.startText.slice(0, 30)}" is not a valid date` : 'event without a DTSTART date' };
  }
  const length = [...current.summary].length;
  if (length > NOTE_LENGTH) return { issue: `the SUMMARY has ${length} characters; at most ${NOTE_LENGTH} are kept as the note — shorten it` };
  return { event: { date: current.start, kind: kindFromText(current.summary), note: current.summary } };
}

/** Logical lines after unfolding (RFC 5545 §3.1: a break followed by a space or tab continues the line), with their first physical line number. */
function unfoldedLines(text: string): { text: string; number: number }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: { text: string; number: number }[] = [];
  physical.forEach((line, i) => {
    const last = lines[lines.length - 1];
    if (last && (line.startsWith(' ') || line.startsWith('\t'))) last.text += line.slice(1);
    else if (line.trim() !== '') lines.push({ text: line, number: i + 1 });
  });
  return lines;
}

/** RFC 5545 TEXT escapes: \, \; \\ and \n. */
function unescapeText(value: string): string {
  return value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

/** 20260128 or 20260128T190000Z → 2026-01-28 (the exchange date of the listed day). */
function icsDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) ? iso : null;
}
