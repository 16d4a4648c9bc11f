import type { CliCommand } from '../cli-context';
import { backup, restore } from './backup-commands';
import { backtest } from './backtest-commands';
import { backtestSweep } from './sweep-commands';
import { importTastytrade } from './import-commands';
import { eventsImport, markSet, settingsSet } from './journal-commands';
import { condorAdd, layersList } from './layer-commands';
import { marketImport, marketRevisions, marketUndo } from './market-commands';
import { metrics } from './metrics-commands';
import { performance } from './performance-commands';
import { portfolioAdd, portfolioList } from './portfolio-commands';
import { promptsList } from './rules-commands';
import { quote } from './quote-commands';
import { report } from './report-commands';
import { settle, ticketAdd } from './ticket-commands';

export const COMMANDS: CliCommand[] = [
  portfolioAdd, portfolioList, condorAdd, ticketAdd, settle, layersList, marketImport, marketUndo, marketRevisions, importTastytrade, eventsImport,
  settingsSet, markSet, promptsList, metrics, backup, restore, performance, backtest, backtestSweep, report, quote,
];
