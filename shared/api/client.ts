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

/** Which remembered folder a save dialog opens in. */
export type SaveKind = 'report' | 'backup' | 'backtest';

export interface SaveFileRequest {
  kind: SaveKind;
  suggestedName: string;
  mimeType: string;
  /** Text files as text; binary files (PDF, SQLite) as base64. */
  text?: string;
  base64?: string;
}

/** Where the file went, or null when the user cancelled the dialog. */
export interface SaveFileResult {
  path: string | null;
}

/** The object Electron's preload exposes on `window.alvh`. */
export interface PreloadBridge {
  invoke(name: OperationName, input: unknown): Promise<ApiResponse<unknown>>;
  /**
   * Electron only: the OS save dialog, opened in the folder last used for `kind`; the OS
   * asks before replacing an existing file.
   */
  saveFile?(request: SaveFileRequest): Promise<SaveFileResult>;
}
