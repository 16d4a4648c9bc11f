import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { tempBackend } from '../testing/temp-backend';
import { JobRegistry } from './job-registry';

async function settle(registry: JobRegistry, id: string) {
  for (let i = 0; i < 200; i++) {
    const status = registry.status(id);
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('job did not finish');
}

describe('JobRegistry', () => {
  it('reports progress while running and the result once done', async () => {
    const registry = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started = registry.start('test/sum', async (control) => {
      control.progress(1, 3, 'Adding');
      await gate;
      control.progress(3, 3);
      return 42;
    });
    expect(started).toMatchObject({ state: 'running', kind: 'test/sum', result: null });
    await new Promise((r) => setTimeout(r, 5));
    expect(registry.status(started.id)).toMatchObject({ state: 'running', done: 1, total: 3, phase: 'Adding' });
    release();
    expect(await settle(registry, started.id)).toMatchObject({ state: 'done', done: 3, total: 3, result: 42, error: null, phase: 'Finished' });
  });

  it('cancels through the AbortSignal and says how far it got', async () => {
    const registry = new JobRegistry();
    const job = registry.start('test/loop', async ({ signal, progress }) => {
      for (let i = 0; i < 1000; i++) {
        if (signal.aborted) throw new Error('stopped');
        progress(i, 1000);
        await new Promise((r) => setTimeout(r, 1));
      }
      return 'never';
    });
    await new Promise((r) => setTimeout(r, 20));
    registry.cancel(job.id);
    const status = await settle(registry, job.id);
    expect(status.state).toBe('cancelled');
    expect(status.result).toBeNull();
    expect(status.error?.code).toBe('cancelled');
    expect(status.error?.message).toMatch(/^Cancelled after \d+ of 1000$/);
  });

  it('keeps typed errors and reduces others to their message', async () => {
    const registry = new JobRegistry();
    const typed = registry.start('test/typed', async () => { throw new ApiError('conflict', 'file exists'); });
    const plain = registry.start('test/plain', async () => { throw new Error('disk full'); });
    expect((await settle(registry, typed.id)).error).toEqual({ code: 'conflict', message: 'file exists' });
    expect((await settle(registry, plain.id)).error).toEqual({ code: 'internal', message: 'test/plain failed: disk full' });
    expect(() => registry.status('job-999')).toThrow(/No job job-999/);
  });
});

describe('task operations through the backend', () => {
  it('validate their input and answer not_found for an unknown job', async () => {
    const { backend, cleanup } = tempBackend();
    try {
      expect(await backend.call('job/status', { jobId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await backend.call('job/status', { jobId: 'job-77' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await backend.call('job/cancel', { jobId: 'job-77', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      cleanup();
    }
  });
});
