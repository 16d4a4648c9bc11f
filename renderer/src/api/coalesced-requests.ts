/**
 * Requests for a value that changes faster than the backend answers (a slider being dragged):
 * at most ONE request is in flight, and of the values asked for meanwhile only the LATEST waits
 * (the ones it replaced are never sent). Each answer is newer than the one before it — requests
 * go out one after another — so a shown answer is never replaced by an older one, and the
 * screen follows the drag frame by frame instead of waiting for the drag to stop.
 */
export type CoalescedAnswer<T> =
  | { ok: true; value: T; key: string; latest: boolean }
  | { ok: false; error: unknown; key: string; latest: boolean };

export class CoalescedRequests<I, T> {
  private inFlight = false;
  private inFlightKey: string | null = null;
  private pending: { key: string; input: I } | null = null;
  private latestKey: string | null = null;
  private disposed = false;

  /**
   * @param send the request (e.g. `api.send('dashboard/get', input)`)
   * @param onAnswer each answer, in request order; `latest` is true when no newer value was asked
   *   for while it was computed (a stale error is the caller's to ignore: a newer request follows)
   */
  constructor(
    private readonly send: (input: I) => Promise<T>,
    private readonly onAnswer: (answer: CoalescedAnswer<T>) => void,
  ) {}

  /** Asks for `input`; `key` identifies it (equal keys are the same request). */
  request(key: string, input: I): void {
    if (this.disposed) return;
    this.latestKey = key;
    if (!this.inFlight) this.start(key, input);
    // Back to the value being computed (dragged away and back): its answer will do.
    else this.pending = key === this.inFlightKey ? null : { key, input };
  }

  /** True while a request is in flight or waiting. */
  get busy(): boolean {
    return this.inFlight || this.pending !== null;
  }

  /** Stops: answers still on the way are dropped and nothing waiting is sent. */
  dispose(): void {
    this.disposed = true;
    this.pending = null;
  }

  private start(key: string, input: I): void {
    this.inFlight = true;
    this.inFlightKey = key;
    const settle = (answer: CoalescedAnswer<T>) => {
      this.inFlight = false;
      this.inFlightKey = null;
      if (this.disposed) return;
      this.onAnswer(answer);
      const next = this.pending;
      this.pending = null;
      if (next !== null && !this.disposed) this.start(next.key, next.input);
    };
    this.send(input).then(
      (value) => settle({ ok: true, value, key, latest: key === this.latestKey && this.pending === null }),
      (error: unknown) => settle({ ok: false, error, key, latest: key === this.latestKey && this.pending === null }),
    );
  }
}
