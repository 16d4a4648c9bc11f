/** The twelve rules in RULE_IDS order (the order prompts of equal severity are listed in). */
import type { RuleId } from '../../domain/settings';
import type { RuleDefinition } from '../rule-context';
import { addLayerRule } from './add-layer';
import { bookExpirationRule } from './book-expiration';
import { baseLayerRule } from './base-layer';
import { eventGuardRule } from './event-guard';
import { hedgeExitRule } from './hedge-exit';
import { lateDteRule } from './late-dte';
import { loyaltyTrapRule } from './loyalty-trap';
import { overAllocationRule } from './over-allocation';
import { rollRule } from './roll';
import { threatenedLayerRule } from './threatened-layer';
import { tightenRule } from './tighten';
import { vixHedgeRule } from './vix-hedge';

/** Every rule keyed by id; `satisfies` makes a missing or extra id a compile error. */
export const RULES = {
  'base-layer': baseLayerRule,
  'add-layer': addLayerRule,
  tighten: tightenRule,
  'threatened-layer': threatenedLayerRule,
  'vix-hedge': vixHedgeRule,
  'hedge-exit': hedgeExitRule,
  roll: rollRule,
  'event-guard': eventGuardRule,
  'loyalty-trap': loyaltyTrapRule,
  'over-allocation': overAllocationRule,
  'late-dte': lateDteRule,
  'book-expiration': bookExpirationRule,
} satisfies Record<RuleId, RuleDefinition>;
