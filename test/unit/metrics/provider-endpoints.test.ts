/**
 * The endpoint label of a provider request: one fixed name per API method, whatever ids,
 * query strings or base-URL prefix the request carries.
 */
import { describe, expect, it } from 'vitest';
import { providerEndpoint } from '../../../src/metrics/provider-endpoints.js';

const G = 'https://www.googleapis.com';
const M = 'https://graph.microsoft.com';

describe('providerEndpoint', () => {
  it('names the Google Calendar and Gmail methods agendum calls', () => {
    const cases: [string, string, string][] = [
      ['GET', `${G}/calendar/v3/calendars/primary/events?syncToken=abc&pageToken=p2`, 'calendar.events.list'],
      ['POST', `${G}/calendar/v3/calendars/primary/events/watch`, 'calendar.events.watch'],
      ['POST', `${G}/calendar/v3/channels/stop`, 'calendar.channels.stop'],
      ['GET', `${G}/gmail/v1/users/me/messages?q=rfc822msgid%3Aabc`, 'gmail.users.messages.list'],
      ['GET', `${G}/gmail/v1/users/me/messages/18c2f0a9b1d2e3f4?format=raw`, 'gmail.users.messages.get'],
      ['POST', `${G}/gmail/v1/users/me/messages/send`, 'gmail.users.messages.send'],
      ['POST', `${G}/gmail/v1/users/me/drafts`, 'gmail.users.drafts.create'],
      ['PUT', `${G}/gmail/v1/users/me/drafts/r-123456789`, 'gmail.users.drafts.update'],
      ['DELETE', `${G}/gmail/v1/users/me/drafts/r-123456789`, 'gmail.users.drafts.delete'],
      ['GET', `${G}/gmail/v1/users/me/drafts/r-123456789?format=minimal`, 'gmail.users.drafts.get'],
      ['GET', `${G}/gmail/v1/users/me/history?startHistoryId=42`, 'gmail.users.history.list'],
      ['GET', `${G}/gmail/v1/users/me/profile`, 'gmail.users.getProfile'],
      ['POST', `${G}/gmail/v1/users/me/watch`, 'gmail.users.watch'],
      ['POST', `${G}/gmail/v1/users/me/stop`, 'gmail.users.stop'],
      ['POST', 'https://oauth2.googleapis.com/token', 'oauth2.token'],
    ];
    for (const [method, url, name] of cases) expect(providerEndpoint('google', method, url), url).toBe(name);
  });

  it('names the Graph requests agendum makes, next and delta links included', () => {
    const id = 'AAMkAGI2THVSAAA%3D';
    const cases: [string, string, string][] = [
      ['GET', `${M}/v1.0/me?$select=mail`, 'graph.me.get'],
      ['GET', `${M}/v1.0/me/mailboxSettings?$select=timeZone`, 'graph.me.mailboxSettings.get'],
      [
        'GET',
        `${M}/v1.0/me/calendarView/delta?$deltatoken=R0usmci39OQxqJrxK4`,
        'graph.me.calendarView.delta',
      ],
      ['GET', `${M}/v1.0/me/events/${id}?$select=subject`, 'graph.me.events.get'],
      ['GET', `${M}/v1.0/me/events?$top=10`, 'graph.me.events.list'],
      [
        'GET',
        `${M}/v1.0/me/mailFolders/inbox/messages/delta?$skiptoken=x`,
        'graph.me.mailFolders.messages.delta',
      ],
      ['GET', `${M}/v1.0/me/mailFolders/sentitems/messages?$filter=x`, 'graph.me.mailFolders.messages.list'],
      ['GET', `${M}/v1.0/me/mailFolders/inbox?$select=id`, 'graph.me.mailFolders.get'],
      ['POST', `${M}/v1.0/me/messages`, 'graph.me.messages.create'],
      ['PATCH', `${M}/v1.0/me/messages/${id}`, 'graph.me.messages.update'],
      ['DELETE', `${M}/v1.0/me/messages/${id}`, 'graph.me.messages.delete'],
      ['GET', `${M}/v1.0/me/messages/${id}`, 'graph.me.messages.get'],
      ['POST', `${M}/v1.0/me/messages/${id}/send`, 'graph.me.messages.send'],
      ['GET', `${M}/v1.0/me/messages/${id}/$value`, 'graph.me.messages.value'],
      ['POST', `${M}/v1.0/subscriptions`, 'graph.subscriptions.create'],
      ['PATCH', `${M}/v1.0/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07`, 'graph.subscriptions.update'],
      [
        'DELETE',
        `${M}/v1.0/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07`,
        'graph.subscriptions.delete',
      ],
    ];
    for (const [method, url, name] of cases)
      expect(providerEndpoint('microsoft', method, url), url).toBe(name);
  });

  it('reads the path behind a configured prefix and any method case', () => {
    expect(providerEndpoint('google', 'get', 'http://127.0.0.1:4010/proxy/gmail/v1/users/me/profile')).toBe(
      'gmail.users.getProfile',
    );
    expect(providerEndpoint('microsoft', 'post', 'http://127.0.0.1:4020/v1.0/subscriptions')).toBe(
      'graph.subscriptions.create',
    );
  });

  it('puts anything it does not know under one name per provider, never the URL', () => {
    expect(providerEndpoint('google', 'GET', `${G}/drive/v3/files/1a2b3c`)).toBe('google.other');
    expect(providerEndpoint('google', 'PATCH', `${G}/gmail/v1/users/me/messages/18c2f0a9`)).toBe(
      'google.other',
    );
    expect(providerEndpoint('microsoft', 'GET', `${M}/v1.0/users/${'x'.repeat(40)}/events`)).toBe(
      'graph.other',
    );
    expect(providerEndpoint('microsoft', 'GET', '')).toBe('graph.other');
    expect(providerEndpoint('google', 'GET', 'not a url ::')).toBe('google.other');
  });
});
