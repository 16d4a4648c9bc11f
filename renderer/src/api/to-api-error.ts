import { ApiError } from '../../../shared/api/errors';

/** Whatever a call threw, as an {@link ApiError} the forms know how to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message || 'Something went wrong; nothing was changed');
}
