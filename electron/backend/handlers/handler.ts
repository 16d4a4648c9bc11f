import type { ApiParsedInput, ApiResult, QueryName } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

/**
 * A handler gets validated input and the context, and returns its result synchronously:
 * better-sqlite3 is synchronous, which lets the dispatcher run each call in one transaction.
 */
export type Handler<K extends QueryName> = (input: ApiParsedInput<K>, ctx: BackendContext) => ApiResult<K>;

export type HandlerMap<K extends QueryName = QueryName> = { [N in K]: Handler<N> };
