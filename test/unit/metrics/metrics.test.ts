/**
 * createMetrics: a registry of its own per call (two services in one process never share a
 * count), the instruments under their documented names, labels from fixed sets only.
 */
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/metrics/metrics.js';

const bare = () => createMetrics({ processMetrics: false });

describe('createMetrics', () => {
  it('keeps each registry to itself', async () => {
    const a = bare();
    const b = bare();
    a.messageSent('agenda');
    a.messageSent('agenda');
    expect(await a.render()).toContain('agendum_messages_sent_total{kind="agenda"} 2');
    expect(await b.render()).not.toContain('agendum_messages_sent_total{kind="agenda"}');
  });

  it('names provider requests by endpoint and status, never by URL', async () => {
    const m = bare();
    m.providerRequest('google', {
      method: 'GET',
      url: 'https://www.googleapis.com/gmail/v1/users/me/messages/18c2f0a9b1?format=raw',
      status: 404,
    });
    m.providerRequest('microsoft', {
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/me/messages',
      status: 'error',
    });
    const text = await m.render();
    expect(text).toContain(
      'agendum_provider_calls_total{provider="google",endpoint="gmail.users.messages.get",status="404"} 1',
    );
    expect(text).toContain(
      'agendum_provider_calls_total{provider="microsoft",endpoint="graph.me.messages.create",status="error"} 1',
    );
    expect(text).not.toContain('18c2f0a9b1');
  });

  it('observes job runs, step lag in seconds, confirmations and the approval latency', async () => {
    const m = bare();
    m.jobFinished('sync_calendar', 'ok', 0.2);
    m.stepStarted('draft_agenda', 1_500);
    m.stepStarted('draft_agenda', -20); // a claim a moment before its due time counts as no lag
    m.confirmationRecorded('page', 'confirm');
    m.approvalRequestSent(3_600);
    const text = await m.render();
    expect(text).toContain('agendum_job_duration_seconds_count{kind="sync_calendar",outcome="ok"} 1');
    expect(text).toContain('agendum_step_start_lag_seconds_sum{kind="draft_agenda"} 1.5');
    expect(text).toContain('agendum_step_start_lag_seconds_count{kind="draft_agenda"} 2');
    expect(text).toContain('agendum_confirmations_total{source="page",intent="confirm"} 1');
    expect(text).toContain('agendum_change_to_approval_seconds_count 1');
    expect(text).toMatch(/# HELP agendum_change_to_approval_seconds .*draft_agenda step's createdAt/);
  });

  it('adds the process metrics when asked and serves the Prometheus content type', async () => {
    const m = createMetrics();
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await m.render()).toContain('process_resident_memory_bytes');
  });
});
