/** Reusable field validators for the API's input schemas. */
import { z } from 'zod';
import { isIsoDate } from '../dates';

export const id = z.number().int().positive();
export const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD');
/** Prices and strikes in hundredths of a point. */
export const hundredths = z.number().int().safe();
export const positiveHundredths = z.number().int().positive().safe();
/** A premium, hundredths of a point: whole, 0 or more (a leg's own fill price). */
export const nonNegativeHundredths = z.number().int().min(0).safe();
/** Cash in cents. */
export const cents = z.number().int().safe();
export const nonNegativeCents = z.number().int().min(0).safe();
export const quantity = z.number().int().positive().max(100_000);
export const shortText = z.string().max(200);
export const longText = z.string().max(20_000);
export const tags = z.array(z.string().trim().min(1).max(40)).max(30);
