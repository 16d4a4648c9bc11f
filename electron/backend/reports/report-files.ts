/**
 * One report file from the report data: the PDF, one of the three CSVs, or the JSON. The CLI
 * (which writes them to disk) and the `report/export` task (which hands them to the UI) both
 * call this, so the same journal gives the same bytes either way.
 */
import type { ReportFormat } from '../../../shared/api/reports';
import { layersCsv, monthlyCsv, ticketsCsv } from './csv-reports';
import type { PdfReportOptions } from './pdf-report';
import type { ReportData } from './report-data';

/** The CSV formats and the names `alvh report --format csv` writes them under. */
export const CSV_FILE_NAMES = { 'csv-tickets': 'tickets.csv', 'csv-layers': 'layers.csv', 'csv-monthly': 'monthly-pnl.csv' } as const;
export type CsvFormat = keyof typeof CSV_FILE_NAMES;
export const CSV_FORMATS = Object.keys(CSV_FILE_NAMES) as CsvFormat[];

const CSV_RENDERERS: Record<CsvFormat, (data: ReportData) => string> = { 'csv-tickets': ticketsCsv, 'csv-layers': layersCsv, 'csv-monthly': monthlyCsv };

export interface ReportFile {
  /** A suggested name, e.g. `alvh-report-main-2026-05-01-to-2026-05-29.pdf`. */
  fileName: string;
  mimeType: string;
  /** Text for CSV and JSON, bytes for the PDF. */
  content: string | Buffer;
}

export async function renderReportFile(data: ReportData, format: ReportFormat, options: PdfReportOptions): Promise<ReportFile> {
  const base = reportBaseName(data);
  if (format === 'pdf') {
    // Loaded on first use: pdfkit is large, and every backend (the crash-test writer too) would otherwise load it at start.
    const { renderPdfReport } = await import('./pdf-report');
    return { fileName: `${base}.pdf`, mimeType: 'application/pdf', content: await renderPdfReport(data, options) };
  }
  if (format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', content: reportJson(data) };
  return { fileName: `${base}-${CSV_FILE_NAMES[format]}`, mimeType: 'text/csv', content: CSV_RENDERERS[format](data) };
}

export function reportJson(data: ReportData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** alvh-report-<portfolio>-<from>-to-<to>; the portfolio name reduced to letters, digits and dashes. */
export function reportBaseName(data: ReportData): string {
  const slug = data.portfolio.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || `portfolio-${data.portfolio.id}`;
  return `alvh-report-${slug}-${data.range.from ?? 'start'}-to-${data.range.to ?? data.summary.asOf}`;
}
