import type { ApiParsedInput, ApiResult, QueryName } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

/**
 * A handler gets validated input and the context, and returns its result synchronously:
 * better-sqlite3 is synchronous, which lets the dispatcher run each call in one transaction.
 */
export type Handler<K extends QueryName> = (input: ApiParsedInput<K>, ctx: BackendContext) => ApiResult<K>;

export type HandlerMap<K extends QueryName = QueryName> = { [N in K]: Handler<N> };

/** The operation names a list of domain maps implements (the union of their keys). */
export type ImplementedBy<Maps extends readonly object[]> = { [I in keyof Maps]: keyof Maps[I] }[number];

/**
 * What merging `Maps` gives: the full {@link HandlerMap} when they implement every query of
 * the contract, otherwise an object naming the missing operations — so assigning the merge
 * to `HandlerMap` fails to compile and says which handler is missing.
 */
export type MergedHandlers<Maps extends readonly object[]> =
  [Exclude<QueryName, ImplementedBy<Maps>>] extends [never] ? HandlerMap : { noHandlerFor: Exclude<QueryName, ImplementedBy<Maps>> };
