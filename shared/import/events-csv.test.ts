import { describe, expect, it } from 'vitest';
import { kindFromText, parseEventsFile } from './events-csv';

describe('events import', () => {
  it('reads date,kind,note CSV with a header, CRLF and a BOM', () => {
    const r = parseEventsFile('\uFEFFdate,kind,note\r\n2026-01-28,FOMC,Rate decision, statement\r\n2026-02-11,cpi,\r\n');
    expect(r).toEqual({ ok: true, events: [{ date: '2026-01-28', kind: 'FOMC', note: 'Rate decision, statement' }, { date: '2026-02-11', kind: 'CPI', note: '' }] });
  });

  it('rejects a bad kind or date with the line number', () => {
    expect(parseEventsFile('2026-01-28,FOMC,x\n2026-02-30,CPI,y\n2026-03-01,Earnings,z')).toEqual({
      ok: false,
      issues: [{ path: 'line 2', message: expect.stringContaining('not a date') }, { path: 'line 3', message: expect.stringContaining('must be one of') }],
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
