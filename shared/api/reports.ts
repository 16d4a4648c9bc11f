/** What `report/export` produces: one file, ready for the renderer to save. */

export const REPORT_FORMATS = ['pdf', 'csv-tickets', 'csv-layers', 'csv-monthly', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_PAPERS = ['a4', 'letter'] as const;
export type ReportPaper = (typeof REPORT_PAPERS)[number];

export interface ReportFileResult {
  fileName: string;
  mimeType: string;
  /** CSV and JSON. */
  text?: string;
  /** PDF bytes, base64. */
  base64?: string;
}
