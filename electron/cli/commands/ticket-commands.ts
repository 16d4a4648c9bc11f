import { CliError, date, dollars, optional, points, positiveInt, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { decimalText } from '../../../shared/format/money';
import type { Backend } from '../../backend/backend';
import { defaultClosingFeesCents } from '../../../shared/domain/fee-defaults';

/** Without --fees: the portfolio's fee per contract × contracts traded, as the UI's ticket form defaults. */
async function portfolioDefaultFees(backend: Backend, layerId: number, action: (typeof ACTIONS)[number], units: number | null): Promise<number> {
  const layer = await backend.send('layer/get', { layerId });
  const portfolio = await backend.send('portfolio/get', { portfolioId: layer.portfolioId });
  return defaultClosingFeesCents(layer, action, units ?? layer.openQuantity, portfolio.settings.feePerContractCents);
}

const ACTIONS = ['close', 'adjust', 'expire'] as const;

export const ticketAdd: CliCommand = {
  name: 'ticket add',
  summary: 'add a close, adjust or expire ticket to a layer',
  usage: 'alvh ticket add --db F --layer ID --date YYYY-MM-DD --action close|adjust|expire (--debit X | --credit X) [--qty N] [--fees DOLLARS, default: the portfolio\'s fee per contract × contracts]',
  options: { layer: { type: 'string' }, date: { type: 'string' }, action: { type: 'string' }, debit: { type: 'string' }, credit: { type: 'string' }, qty: { type: 'string' }, fees: { type: 'string' } },
  async run({ values, backend, out }) {
    const action = required(values, 'action');
    if (!(ACTIONS as readonly string[]).includes(action)) throw new CliError(`--action must be close, adjust or expire, got "${action}"`);
    const debit = optional(values, 'debit');
    const credit = optional(values, 'credit');
    if ((debit === undefined) === (credit === undefined)) throw new CliError(action === 'expire' && debit === undefined ? 'give --credit 0 (or --debit X for a settlement value) for an expire ticket' : 'give exactly one of --debit X or --credit X');
    const price = debit !== undefined ? -points(debit, 'debit') : points(credit ?? '0', 'credit');
    const qty = optional(values, 'qty');
    const fees = optional(values, 'fees');
    const layerId = positiveInt(required(values, 'layer'), 'layer');
    const layer = await backend.send('ticket/add', {
      layerId,
      date: date(required(values, 'date'), 'date'),
      action: action as (typeof ACTIONS)[number],
      netPriceHundredths: price,
      ...(qty === undefined ? {} : { quantity: positiveInt(qty, 'qty') }),
      feesCents: fees === undefined ? await portfolioDefaultFees(backend, layerId, action as (typeof ACTIONS)[number], qty === undefined ? null : positiveInt(qty, 'qty')) : dollars(fees, 'fees'),
    });
    const ticket = layer.tickets[layer.tickets.length - 1];
    out(String(ticket?.id ?? ''));
  },
};

export const settle: CliCommand = {
  name: 'settle',
  summary: "book an expired layer's settlement: one settle/expire ticket at the settlement value; prints the ticket id and price",
  usage: 'alvh settle --db F --layer ID [--spx LEVEL] [--vix LEVEL] [--fees DOLLARS]   (levels only when the store lacks that day\'s price)',
  options: { layer: { type: 'string' }, spx: { type: 'string' }, vix: { type: 'string' }, fees: { type: 'string' } },
  async run({ values, backend, out }) {
    const spx = optional(values, 'spx');
    const vix = optional(values, 'vix');
    const fees = optional(values, 'fees');
    const layer = await backend.send('ticket/bookExpiration', {
      layerId: positiveInt(required(values, 'layer'), 'layer'),
      levels: { ...(spx === undefined ? {} : { SPX: points(spx, 'spx') }), ...(vix === undefined ? {} : { VIX: points(vix, 'vix') }) },
      feesCents: fees === undefined ? 0 : dollars(fees, 'fees'),
    });
    const ticket = layer.tickets[layer.tickets.length - 1];
    out(`${ticket?.id ?? ''}\t${ticket?.action ?? ''}\t${ticket?.date ?? ''}\t${decimalText(ticket?.netPriceHundredths ?? 0)}`);
  },
};
