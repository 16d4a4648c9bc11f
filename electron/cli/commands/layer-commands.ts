import { LAYER_ROLES, type LayerRole } from '../../../shared/domain/types';
import { formatCents, formatHundredths } from '../../../shared/format/money';
import { CliError, date, dollars, optional, points, positiveInt, required, strikes } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { feePerContractCents, findPortfolioId } from './lookup';
import { defaultFeesCents } from '../../../shared/domain/fee-defaults';

export const condorAdd: CliCommand = {
  name: 'condor add',
  summary: 'open an iron-condor layer; prints its id',
  usage: 'alvh condor add --db F --portfolio NAME --opened YYYY-MM-DD --expiration YYYY-MM-DD --strikes P_LONG,P_SHORT,C_SHORT,C_LONG --credit X --qty N [--fees DOLLARS] [--role base|time-shift|adaptive]',
  options: { portfolio: { type: 'string' }, opened: { type: 'string' }, expiration: { type: 'string' }, strikes: { type: 'string' }, credit: { type: 'string' }, qty: { type: 'string' }, fees: { type: 'string' }, role: { type: 'string' } },
  async run({ values, backend, out }) {
    const role = optional(values, 'role') ?? 'base';
    if (!(LAYER_ROLES as readonly string[]).includes(role) || role === 'hedge') throw new CliError(`--role must be base, time-shift or adaptive, got "${role}"`);
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const fees = optional(values, 'fees');
    const quantity = positiveInt(required(values, 'qty'), 'qty');
    const layer = await backend.send('layer/createCondor', {
      portfolioId,
      openedOn: date(required(values, 'opened'), 'opened'),
      expiration: date(required(values, 'expiration'), 'expiration'),
      strikes: strikes(required(values, 'strikes'), 'strikes'),
      creditHundredths: points(required(values, 'credit'), 'credit'),
      quantity,
      // Without --fees: 4 legs × quantity × the portfolio's fee per contract, as the condor form defaults.
      feesCents: fees === undefined ? defaultFeesCents(await feePerContractCents(backend, portfolioId), 4, quantity) : dollars(fees, 'fees'),
      role: role as LayerRole,
    });
    out(String(layer.id));
  },
};

export const layersList: CliCommand = {
  name: 'layers',
  summary: "list a portfolio's layers",
  usage: 'alvh layers --db F --portfolio NAME [--date YYYY-MM-DD] [--json]',
  options: { portfolio: { type: 'string' }, json: { type: 'boolean' }, date: { type: 'string' } },
  async run({ values, backend, out }) {
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const asOf = optional(values, 'date');
    const on = asOf ? { asOf: date(asOf, 'date') } : {};
    const listed = await backend.send('layer/list', { portfolioId, ...on });
    // Status on that date; an expired-unbooked layer also carries its settlement (the dashboard's figure).
    const unbooked = listed.some((l) => l.status === 'expired-unbooked') ? (await backend.send('dashboard/get', { portfolioId, ...on })).layers : [];
    const layers = listed.map((l) => {
      const s = unbooked.find((r) => r.id === l.id)?.settlement ?? null;
      return s === null ? l : { ...l, settlement: { date: s.date, pricePoints: s.pricePoints, valueDollars: s.valueDollars } };
    });
    if (values.json) return out(JSON.stringify(layers, null, 2));
    if (layers.length === 0) return out('No layers yet.');
    out(['id', 'role', 'status', 'opened', 'expiration', 'dte', 'strikes', 'qty', 'credit', 'realized'].join('\t'));
    for (const l of layers) {
      const s = l.strikes;
      const strikeText = s ? [s.putLong, s.putShort, s.callShort, s.callLong].map(formatHundredths).join('/') : '-';
      out([l.id, l.role, l.status, l.openedOn, l.expiration ?? '-', l.dte ?? '-', strikeText, `${l.openQuantity}/${l.openedQuantity}`, formatHundredths(l.openPriceHundredths), formatCents(l.realizedPnlCents)].join('\t'));
    }
  },
};
