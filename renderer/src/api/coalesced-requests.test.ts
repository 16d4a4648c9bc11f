import { describe, expect, it } from 'vitest';
import { CoalescedRequests, type CoalescedAnswer } from './coalesced-requests';

/** A send whose answers the test releases one by one, recording what was sent. */
function controlledSend() {
  const sent: string[] = [];
  const waiting: { input: string; resolve(v: string): void; reject(e: unknown): void }[] = [];
  const send = (input: string) => new Promise<string>((resolve, reject) => { sent.push(input); waiting.push({ input, resolve, reject }); });
  const answerNext = async (fail = false) => {
    const next = waiting.shift();
    if (!next) throw new Error('nothing in flight');
    if (fail) next.reject(new Error(`failed ${next.input}`));
    else next.resolve(`answer ${next.input}`);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { sent, waiting, send, answerNext };
}

function setup() {
  const c = controlledSend();
  const answers: CoalescedAnswer<string>[] = [];
  const runner = new CoalescedRequests<string, string>(c.send, (a) => answers.push(a));
  const ask = (date: string) => runner.request(date, date);
  return { ...c, answers, runner, ask };
}

describe('CoalescedRequests: one request in flight, the latest value waiting', () => {
  it('sends the first value at once and only the latest of those asked for while it is computed', async () => {
    const t = setup();
    t.ask('2026-05-01');
    t.ask('2026-05-02');
    t.ask('2026-05-03');
    t.ask('2026-05-04');
    expect(t.sent).toEqual(['2026-05-01']);
    expect(t.runner.busy).toBe(true);
    await t.answerNext();
    expect(t.sent).toEqual(['2026-05-01', '2026-05-04']);
    expect(t.answers.map((a) => [a.key, a.latest])).toEqual([['2026-05-01', false]]);
    await t.answerNext();
    expect(t.answers.map((a) => [a.key, a.latest])).toEqual([['2026-05-01', false], ['2026-05-04', true]]);
    expect(t.runner.busy).toBe(false);
  });

  it('answers in request order, so an older date never follows a newer one', async () => {
    const t = setup();
    const dates = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06'];
    for (const d of dates) {
      t.ask(d);
      if (d.endsWith('3') || d.endsWith('5')) await t.answerNext();
    }
    while (t.waiting.length > 0) await t.answerNext();
    const keys = t.answers.map((a) => a.key);
    expect([...keys].sort()).toEqual(keys);
    expect(keys[keys.length - 1]).toBe('2026-06-06');
    expect(t.answers.filter((a) => a.latest).map((a) => a.key)).toEqual(['2026-06-06']);
  });

  it('does not resend the value in flight when the slider comes back to it', async () => {
    const t = setup();
    t.ask('2026-06-10');
    t.ask('2026-06-11');
    t.ask('2026-06-10');
    await t.answerNext();
    expect(t.sent).toEqual(['2026-06-10']);
    expect(t.answers).toEqual([{ ok: true, value: 'answer 2026-06-10', key: '2026-06-10', latest: true }]);
  });

  it('reports a failure and still sends the value waiting behind it', async () => {
    const t = setup();
    t.ask('2026-06-10');
    t.ask('2026-06-12');
    await t.answerNext(true);
    expect(t.answers[0]).toMatchObject({ ok: false, key: '2026-06-10', latest: false });
    expect(t.sent).toEqual(['2026-06-10', '2026-06-12']);
    await t.answerNext();
    expect(t.answers[1]).toMatchObject({ ok: true, key: '2026-06-12', latest: true });
  });

  it('drops answers and waiting values once disposed', async () => {
    const t = setup();
    t.ask('2026-06-10');
    t.ask('2026-06-12');
    t.runner.dispose();
    await t.answerNext();
    expect(t.answers).toEqual([]);
    expect(t.sent).toEqual(['2026-06-10']);
  });
});

describe('CoalescedRequests under any interleaving of slider moves and answers (fast-check)', () => {
  it('never has two requests in flight, answers in the order asked, and ends on the last value', async () => {
    const { assert, asyncProperty, array, oneof, constant, integer } = await import('fast-check');
    const step = oneof(integer({ min: 0, max: 30 }).map((day) => ({ ask: day })), constant({ answer: true as const }));
    await assert(asyncProperty(array(step, { maxLength: 40 }), async (steps) => {
      const t = setup();
      let lastAsked: string | null = null;
      for (const s of steps) {
        const sentBefore = t.sent.length;
        if ('ask' in s) {
          lastAsked = `2026-06-${String(s.ask + 1).padStart(2, '0')}`;
          t.ask(lastAsked);
        } else if (t.waiting.length > 0) await t.answerNext();
        expect(t.waiting.length, 'requests in flight').toBeLessThanOrEqual(1);
        // Whatever goes out is the value asked for last: the ones in between are never sent.
        if (t.sent.length > sentBefore) expect(t.sent[t.sent.length - 1]).toBe(lastAsked);
      }
      while (t.waiting.length > 0) await t.answerNext();
      // Answers come in the order the requests went out: an older value never follows a newer one.
      expect(t.answers.map((a) => a.key)).toEqual(t.sent);
      if (lastAsked !== null) {
        const final = t.answers[t.answers.length - 1];
        expect(final?.key).toBe(lastAsked);
        expect(final?.latest).toBe(true);
      }
    }), { numRuns: 200 });
  });
});
