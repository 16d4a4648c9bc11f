import { ApiError } from '../../../shared/api/errors';
import type { ReportFileResult } from '../../../shared/api/reports';
import { portfolioBacktest } from '../backtest/journal-backtest';
import { gatherReportData } from '../reports/report-data';
import { renderReportFile } from '../reports/report-files';
import { today } from '../context';
import type { TaskMap } from './task';

const STEPS = 3;

export const reportTasks: Pick<TaskMap, 'report/export'> = {
  /** A job, because a PDF of a long journal takes a moment: gathering → drawing → done. */
  'report/export': async ({ portfolioId, from, to, format, paper, backtest }, { ctx, send, jobs }) => {
    // Fail before starting a job when the portfolio does not exist: a plain error is clearer than a failed job.
    const portfolio = await send('portfolio/get', { portfolioId });
    if (backtest && format !== 'pdf') throw new ApiError('invalid_input', 'A backtest goes into the PDF report only; the Backtest view exports its own CSV', [{ path: 'backtest', message: 'is for the PDF format only' }]);
    return jobs.start<ReportFileResult>(`report/${format}`, async ({ progress, signal }) => {
      progress(0, STEPS, 'Gathering the figures');
      const data = await gatherReportData({ context: ctx, send }, { portfolioId, from: from ?? null, to: to ?? null });
      if (signal.aborted) throw new ApiError('cancelled', 'Report cancelled');
      if (backtest) {
        progress(0, STEPS, `Backtesting ${backtest.from} to ${backtest.to}`);
        // Yield first so the progress above can be read while the backtest holds the thread.
        await new Promise((resolve) => setImmediate(resolve));
        data.backtest = portfolioBacktest(ctx.db, portfolio, backtest);
        if (signal.aborted) throw new ApiError('cancelled', 'Report cancelled');
      }
      progress(1, STEPS, format === 'pdf' ? 'Drawing the PDF' : 'Writing the file');
      const file = await renderReportFile(data, format, { paper, generatedOn: today(ctx) });
      progress(STEPS, STEPS, 'Done');
      return typeof file.content === 'string'
        ? { fileName: file.fileName, mimeType: file.mimeType, text: file.content }
        : { fileName: file.fileName, mimeType: file.mimeType, base64: file.content.toString('base64') };
    }, 'Gathering the figures');
  },
};
