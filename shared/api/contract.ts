/**
 * The one API contract: every operation's name, input schema and result type.
 * Electron IPC, the browser host, the CLI and the renderer's client are all typed from
 * this map; the backend's handler map must implement exactly these names.
 */
import type { z } from 'zod';
import type { AppInfo, Decision, EntrySnapshot, EconomicEvent, EventImportSummary, ImportSummary, JournalNote, LayerDetail, LayerOption, LayerSummary, LayerTotals, Mark, MarketBar, MarketRevision, MarketUndoResult, Portfolio } from '../domain/types';
import type { DashboardData } from '../dashboard';
import type { PerformanceResult } from '../performance';
import type { LayerStory, TimelinePage } from '../journal/types';
import type { EntryProposal, RulesResult } from '../rules';
import type { JobStatus } from './jobs';
import type { TastytradeImportSummary } from '../import/tastytrade';
import type { AppHealth, BackupCreated, BackupInspection, BackupList, RecoveryResult, RestoreResult } from './backups';
import type { ReportFileResult } from './reports';
import * as s from './schemas';
import * as bs from './backtest-schemas';
import type { BacktestRunResult, SweepResult } from '../backtest';
import type { MarketQuote } from '../rules/smile';
import type { LayerSmile } from '../dashboard/layer-smile';

/**
 * `query`: a synchronous handler the dispatcher runs inside ONE transaction (nearly every
 * operation). `task`: an async handler that owns its own transactions — file output,
 * reports, backups and long jobs that report progress through `job/status`.
 */
export type OperationKind = 'query' | 'task';

/** An operation: its input schema, its kind, plus a phantom result type. */
export interface Operation<Input extends z.ZodType, Result, Kind extends OperationKind = OperationKind> {
  input: Input;
  kind: Kind;
  /** Never read at run time; carries the result type. */
  result?: Result;
}

function op<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result, 'query'> => ({ input, kind: 'query' });
}

function task<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result, 'task'> => ({ input, kind: 'task' });
}

export const operations = {
  'app/info': op<AppInfo>()(s.empty),

  'portfolio/list': op<Portfolio[]>()(s.empty),
  'portfolio/get': op<Portfolio>()(s.portfolioRef),
  'portfolio/create': op<Portfolio>()(s.portfolioCreate),
  'portfolio/update': op<Portfolio>()(s.portfolioUpdate),
  'portfolio/delete': op<{ deleted: true }>()(s.portfolioRef),

  'layer/list': op<LayerSummary[]>()(s.layerList),
  /** Every layer as id, role, status, opened date and strikes, newest first (pick lists; cheap on a long journal). */
  'layer/options': op<LayerOption[]>()(s.portfolioRef),
  /** Layer counts (all, open) and realised P&L and fees summed over every layer. */
  'layer/totals': op<LayerTotals>()(s.portfolioRef),
  'layer/get': op<LayerDetail>()(s.layerRef),
  /** The layer at entry (T+0 curve, Greeks, SPX/VIX); null for layers opened before snapshots existed. */
  'layer/snapshot': op<EntrySnapshot | null>()(s.layerRef),
  /** The SPX smile at the layer's expiration on the latest close, its strikes, and its anchored vol offset; null without closes. */
  'layer/smile': op<LayerSmile | null>()(s.layerRef),
  'layer/createCondor': op<LayerDetail>()(s.condorCreate),
  'layer/create': op<LayerDetail>()(s.layerCreate),
  'layer/update': op<LayerDetail>()(s.layerUpdate),
  'layer/delete': op<{ deleted: true }>()(s.layerRef),
  'layer/roll': op<{ closed: LayerDetail; opened: LayerDetail }>()(s.layerRoll),
  'layer/proposeCondor': op<EntryProposal>()(s.layerProposeCondor),

  'ticket/add': op<LayerDetail>()(s.ticketAdd),
  'ticket/bookExpiration': op<LayerDetail>()(s.ticketBookExpiration),
  'ticket/update': op<LayerDetail>()(s.ticketUpdate),
  'ticket/delete': op<LayerDetail>()(s.ticketRef),

  'market/import': op<ImportSummary>()(s.marketImport),
  'market/upsert': op<MarketBar>()(s.marketUpsert),
  'market/list': op<MarketBar[]>()(s.marketList),
  'market/delete': op<{ deleted: true }>()(s.marketDelete),
  'market/undo': op<MarketUndoResult>()(s.marketUndo),
  'market/revisions': op<MarketRevision[]>()(s.marketRevisions),
  /** Model put and call price, implied vol and delta per strike on the SPX smile of a stored date (no layer anchoring). */
  'market/quote': op<MarketQuote>()(s.marketQuote),

  'portfolio/resetSettings': op<Portfolio>()(s.portfolioRef),

  'event/list': op<EconomicEvent[]>()(s.eventList),
  'event/create': op<EconomicEvent>()(s.eventCreate),
  'event/update': op<EconomicEvent>()(s.eventUpdate),
  'event/delete': op<{ deleted: true }>()(s.eventRef),
  'event/import': op<EventImportSummary>()(s.eventImport),

  'mark/set': op<Mark>()(s.markSet),
  'mark/delete': op<{ deleted: true }>()(s.markDelete),
  'mark/list': op<Mark[]>()(s.layerRef),

  'decision/record': op<Decision>()(s.decisionRecord),
  'decision/list': op<Decision[]>()(s.decisionList),

  'note/create': op<JournalNote>()(s.noteCreate),
  'note/update': op<JournalNote>()(s.noteUpdate),
  'note/delete': op<{ deleted: true }>()(s.noteRef),
  'note/list': op<JournalNote[]>()(s.noteList),

  'rules/prompts': op<RulesResult & { asOf: string }>()(s.rulesPrompts),

  'dashboard/get': op<DashboardData>()(s.dashboardGet),
  'performance/get': op<PerformanceResult>()(s.performanceGet),

  /** What a tastytrade transactions CSV would create (layers, tickets, duplicates, skipped rows); writes nothing. */
  'import/tastytradePreview': op<TastytradeImportSummary>()(s.tastytradeImport),
  /** Imports a tastytrade transactions CSV: all of it in one transaction, or nothing with line-numbered errors. */
  /** A task: a long file commits in batches of whole orders and is resumable (docs/import.md). */
  'import/tastytradeApply': task<TastytradeImportSummary>()(s.tastytradeApply),

  /** Tickets, notes, decisions and events mixed, newest first, filtered and searched; page with `before`. */
  'journal/timeline': op<TimelinePage>()(s.journalTimeline),
  /** The roll chain a layer belongs to, each step's P&L, its notes and decisions, the chain's P&L and IRR. */
  'layer/story': op<LayerStory>()(s.layerRef),

  /** A long job's progress and, once finished, its result or error (jobs are started by tasks). */
  'job/status': task<JobStatus>()(s.jobRef),
  /** Asks a running job to stop; finished jobs are left as they are. */
  'job/cancel': task<JobStatus>()(s.jobRef),

  /** One report file (PDF, one of the CSVs, or the report JSON) as a job: phases gathering → drawing → done. */
  'report/export': task<JobStatus<ReportFileResult>>()(s.reportExport),
  /** A consistent SQLite copy (VACUUM INTO) in the backups folder beside the journal. */
  'backup/create': task<BackupCreated>()(s.empty),
  /** The backups folder's copies, newest first, with what the journal holds now. */
  'backup/list': task<BackupList>()(s.empty),
  /** The lossless JSON backup as text, with a suggested file name. */
  'backup/exportJson': task<{ fileName: string; text: string }>()(s.empty),
  /** Replaces the journal with a JSON backup or a listed copy, in one transaction, after saving a copy of it. */
  'backup/restore': task<JobStatus<RestoreResult>>()(s.backupRestore),
  /** Reads and checks a backup, writing nothing: its own counts, for the confirm question. */
  'backup/inspect': task<BackupInspection>()(s.backupInspect),
  /** "ok", or why the journal could not be opened and the latest backup on offer (recovery mode). */
  'app/health': task<AppHealth>()(s.empty),
  /** Recovery mode only: moves the unreadable journal aside (renamed, never deleted) and opens a copy of the latest backup. */
  'recovery/restoreLatest': task<RecoveryResult>()(s.empty),

  /** The ALVH backtest with its baselines on the journal's SPX/VIX closes, as a job (docs/backtest.md). */
  'backtest/run': task<JobStatus<BacktestRunResult>>()(bs.backtestRun),
  /** A parameter grid in sample and out of sample across worker threads, as a job with done/total progress. */
  'backtest/sweep': task<JobStatus<SweepResult>>()(bs.backtestSweep),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller sends (defaults not yet applied). */
export type ApiInput<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives after validation (defaults applied). */
export type ApiParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type ApiResult<K extends OperationName> = Exclude<Operations[K]['result'], undefined>;

/** Operations run by a synchronous handler inside one transaction. */
export type QueryName = { [K in OperationName]: Operations[K]['kind'] extends 'query' ? K : never }[OperationName];
/** Operations run by an async task handler. */
export type TaskName = Exclude<OperationName, QueryName>;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export const QUERY_NAMES = OPERATION_NAMES.filter((name) => operations[name].kind === 'query') as QueryName[];
export const TASK_NAMES = OPERATION_NAMES.filter((name) => operations[name].kind === 'task') as TaskName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
