import { describe, expect, it } from 'vitest';
import { kindFromText, parseEventsFile } from './events-csv';

describe('events import', () => {
  it('refuses an event note over 500 characters instead of cutting it', () => {
    const long = 'é'.repeat(501);
    expect(parseEventsFile(`date,kind,note\n2026-01-28,FOMC,${long}\n`)).toEqual({ ok: false, issues: [{ path: 'line 2', message: 'the note has 501 characters; at most 500 are kept — shorten it' }], totalErrors: 1 });
    expect(parseEventsFile(`date,kind,note\n2026-01-28,FOMC,${'é'.repeat(500)}\n`)).toMatchObject({ ok: true, events: [{ note: 'é'.repeat(500) }] });
  });

  it('refuses an empty events CSV as an empty market CSV is refused', () => {
    expect(parseEventsFile('', 'events.csv')).toMatchObject({ ok: false, issues: [{ message: 'the file is empty' }] });
    expect(parseEventsFile('date,kind,note\r\n', 'events.csv')).toMatchObject({ ok: false, issues: [{ message: 'the file has a header but no events' }] });
  });

  it('reads date,kind,note CSV with a header, CRLF and a BOM', () => {
    const r = parseEventsFile('\uFEFFdate,kind,note\r\n2026-01-28,FOMC,Rate decision, statement\r\n2026-02-11,cpi,\r\n');
    expect(r).toEqual({ ok: true, events: [{ date: '2026-01-28', kind: 'FOMC', note: 'Rate decision, statement' }, { date: '2026-02-11', kind: 'CPI', note: '' }] });
  });

  it('rejects a bad kind or date with the line number', () => {
    expect(parseEventsFile('2026-01-28,FOMC,x\n2026-02-30,CPI,y\n2026-03-01,Earnings,z')).toEqual({
      ok: false,
      issues: [{ path: 'line 2', message: expect.stringContaining('not a date') }, { path: 'line 3', message: expect.stringContaining('must be one of') }],
      totalErrors: 2,
    });
  });

  it('reads VEVENTs from an iCalendar file, folding lines and naming kinds from the summary', () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260128', 'SUMMARY:FOMC Meeting', ' Statement', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART:20260211T133000Z', 'SUMMARY:Consumer Price Index', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART:20260306T133000Z', 'SUMMARY:Employment Situation', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    expect(parseEventsFile(ics, 'cal.ics')).toEqual({ ok: true, events: [
      { date: '2026-01-28', kind: 'FOMC', note: 'FOMC MeetingStatement' },
      { date: '2026-02-11', kind: 'CPI', note: 'Consumer Price Index' },
      { date: '2026-03-06', kind: 'NFP', note: 'Employment Situation' },
    ] });
  });

  it('classifies titles', () => {
    expect(['Producer Price Index', 'GDP advance', 'Nonfarm payrolls', 'Earnings NVDA'].map(kindFromText)).toEqual(['PPI', 'GDP', 'NFP', 'custom']);
  });
});

describe('events import: torture', () => {
  const issue = (text: string, name = '') => {
    const r = parseEventsFile(text, name);
    return r.ok ? 'accepted' : `${r.issues[0]?.path}: ${r.issues[0]?.message}`;
  };

  it.each([['CRLF', '\r\n'], ['LF', '\n'], ['lone CR', '\r']])('reads CSV with %s line ends, blank lines and trailing commas', (_, eol) => {
    const text = ['date,kind,note,', '', '2026-01-28,FOMC,Decision,', ',,', '2026-02-11,CPI,,,', ''].join(eol);
    expect(parseEventsFile(text)).toEqual({ ok: true, events: [{ date: '2026-01-28', kind: 'FOMC', note: 'Decision' }, { date: '2026-02-11', kind: 'CPI', note: '' }] });
  });

  it('finds reordered columns by name; quoted notes keep commas, quotes and line breaks', () => {
    const text = 'note,Kind,DATE\n"Rate decision, ""hawkish""\nsecond line",fomc,2026-01-28\nplain,custom,01/30/2026\n';
    expect(parseEventsFile(text)).toEqual({ ok: true, events: [
      { date: '2026-01-28', kind: 'FOMC', note: 'Rate decision, "hawkish"\nsecond line' },
      { date: '2026-01-30', kind: 'custom', note: 'plain' },
    ] });
  });

  it('refuses a header without kind, missing columns, extra columns, bad dates and undecoded text', () => {
    expect(issue('date,note\n2026-01-28,x\n')).toMatch(/^line 1: the header needs date and kind columns/);
    expect(issue('date,kind,note\n2026-01-28\n2026-01-29,CPI\n')).toBe('line 2: expected date,kind,note; found 1 column(s)');
    expect(issue('date,kind,note\n2026-01-28,CPI\n2026-01')).toBe('line 3: expected date,kind,note; found 1 column(s) (the file seems cut short)');
    expect(issue('note,date,kind\nx,2026-01-28,CPI,extra\n')).toBe('line 2: expected 3 columns as in the header, found 4');
    expect(issue('2026-02-30,CPI,x\n')).toBe('line 1: "2026-02-30" is not a date (YYYY-MM-DD or MM/DD/YYYY)');
    expect(issue('2026-02-03,CPI,caf\uFFFD\n')).toMatch(/^line 1: holds a character that was not decoded/);
  });

  it('refuses a CSV cut inside a quoted note', () => {
    expect(issue('2026-01-28,FOMC,ok\n2026-02-11,CPI,"cut he')).toBe('line 2: a quoted cell that opens here never closes (is the file cut short?)');
  });

  it('keeps duplicate rows (the database counts the repeat as unchanged)', () => {
    const r = parseEventsFile('2026-01-28,FOMC,x\n2026-01-28,FOMC,x\n');
    expect(r.ok && r.events.length).toBe(2);
  });

  const event = (start: string, summary: string) => ['BEGIN:VEVENT', `DTSTART;VALUE=DATE:${start}`, `SUMMARY:${summary}`, 'END:VEVENT'];
  const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'];

  it.each([['CRLF', '\r\n'], ['LF', '\n'], ['lone CR', '\r']])('reads .ics with %s line ends and folded lines', (_, eol) => {
    const text = calendar(...event('20260128', 'FOMC'), 'BEGIN:VEVENT', 'DTSTART:20260211T133000Z', 'SUMMARY:Consumer Price', ' Index\\, January', 'END:VEVENT').join(eol);
    expect(parseEventsFile(text, 'c.ics')).toEqual({ ok: true, events: [
      { date: '2026-01-28', kind: 'FOMC', note: 'FOMC' },
      { date: '2026-02-11', kind: 'CPI', note: 'Consumer PriceIndex, January' },
    ] });
  });

  it('reads only the event\'s own properties, not those of a VALARM inside it', () => {
    const text = calendar('BEGIN:VEVENT', 'DTSTART:20260128', 'SUMMARY:FOMC', 'BEGIN:VALARM', 'SUMMARY:Reminder', 'END:VALARM', 'END:VEVENT').join('\r\n');
    expect(parseEventsFile(text)).toEqual({ ok: true, events: [{ date: '2026-01-28', kind: 'FOMC', note: 'FOMC' }] });
  });

  it('refuses a calendar cut short: inside an event, or between events', () => {
    const lines = calendar(...event('20260128', 'FOMC'), ...event('20260211', 'CPI'));
    expect(issue(lines.slice(0, 7).join('\r\n'), 'c.ics')).toBe('line 7: this event has no END:VEVENT (the file seems cut short)');
    expect(issue(lines.slice(0, 6).join('\r\n'), 'c.ics')).toBe('line 1: END:VCALENDAR is missing (the file seems cut short)');
    expect(issue(lines.slice(0, 4).join('\r\n').slice(0, -3), 'c.ics')).toBe('line 3: this event has no END:VEVENT (the file seems cut short)');
  });

  it('refuses a nested BEGIN:VEVENT, an impossible DTSTART, and a calendar with no event', () => {
    expect(issue(calendar('BEGIN:VEVENT', 'DTSTART:20260128', ...event('20260211', 'CPI')).join('\n'))).toBe('line 3: this event has no END:VEVENT before the next BEGIN:VEVENT');
    expect(issue(calendar(...event('20260230', 'CPI')).join('\n'))).toBe('line 3: DTSTART "VALUE=DATE:20260230"'.replace('VALUE=DATE:', '') + ' is not a valid date');
    expect(issue(calendar().join('\n'), 'c.ics')).toBe('line 1: no VEVENT found in the calendar file');
  });
});
