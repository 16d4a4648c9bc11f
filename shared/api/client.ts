/**
 * The renderer's (and tests') typed client. A transport moves a name and an input to the
 * backend and returns its {@link ApiResponse}; Electron's preload and the browser host's
 * fetch are two transports behind the same `send`.
 */
import type { ApiInput, ApiResult, OperationName } from './contract';
import { ApiError, isApiErrorBody, type ApiResponse } from './errors';

export type Transport = (name: OperationName, input: unknown) => Promise<ApiResponse<unknown>>;

export interface ApiClient {
  send<K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiResult<K>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async send(name, input) {
      const response = await transport(name, input);
      if (response.ok) return response.value as never;
      throw isApiErrorBody(response.error) ? ApiError.fromBody(response.error) : new ApiError('internal', 'The backend returned an unreadable error');
    },
  };
}

/** The object Electron's preload exposes on `window.alvh`. */
export interface PreloadBridge {
  invoke(name: OperationName, input: unknown): Promise<ApiResponse<unknown>>;
}
