/** Test helper: the ApiError a call was refused with (any other failure, or success, fails the test). */
import { ApiError } from '../../../shared/api/errors';

export async function rejection(promise: Promise<unknown>, expected = 'expected the call to be refused'): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(expected);
}
