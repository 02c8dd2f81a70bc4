/**
 * Delta paging shared by calendarView/delta and messages/delta (docs/providers.md §7.1): a round
 * is a snapshot served page by page through `$skiptoken` nextLinks, ending with a
 * `$deltatoken` deltaLink that remembers the version (and window) it was issued at. Links
 * are absolute on https://graph.microsoft.com, as Graph emits them. A knob makes every
 * token presented afterwards fail the way Graph signals an expired sync state.
 */
import { randomBytes } from 'node:crypto';
import { type EmuResponse, graphError, json } from './graph-http.js';

export interface DeltaState {
  userId: string;
  version: number;
  /** calendarView window, or the inbox receivedDateTime filter. */
  from?: string;
  to?: string;
  since?: string;
}

interface Round {
  base: string;
  items: Record<string, unknown>[];
  offset: number;
  state: DeltaState;
}

const token = () => randomBytes(12).toString('base64url');

/** Open rounds and issued delta tokens. */
export class DeltaRounds {
  private readonly rounds = new Map<string, Round>();
  private readonly tokens = new Map<string, DeltaState>();
  /** How presented tokens fail after `reset`. */
  private resetAs: '410' | 'syncStateNotFound' | null = null;

  /** Forgets every token: the next request with one fails as Graph's do when its state expired. */
  reset(as: '410' | 'syncStateNotFound'): void {
    this.rounds.clear();
    this.tokens.clear();
    this.resetAs = as;
  }

  /** The state behind a `$deltatoken`, or the error to answer. */
  stateFor(deltaToken: string, userId: string, base: string): DeltaState | EmuResponse {
    const state = this.tokens.get(deltaToken);
    if (state && state.userId === userId) return state;
    return this.expired(base);
  }

  private expired(base: string): EmuResponse {
    if (this.resetAs === '410') {
      return graphError(
        410,
        'resyncRequired',
        'The sync state is no longer valid; restart with a full sync.',
        {
          location: `${base}?$deltatoken=`,
        },
      );
    }
    return graphError(400, 'syncStateNotFound', 'The sync state generation is not found.');
  }

  /** Starts a round over `items` and answers its first page. */
  start(base: string, items: Record<string, unknown>[], state: DeltaState, pageSize: number): EmuResponse {
    return this.page({ base, items, offset: 0, state }, pageSize);
  }

  /** The next page of the round behind a `$skiptoken`. */
  next(skipToken: string, userId: string, base: string, pageSize: number): EmuResponse {
    const round = this.rounds.get(skipToken);
    this.rounds.delete(skipToken);
    if (!round || round.state.userId !== userId) return this.expired(base);
    return this.page(round, pageSize);
  }

  private page(round: Round, pageSize: number): EmuResponse {
    const value = round.items.slice(round.offset, round.offset + pageSize);
    const offset = round.offset + value.length;
    const context = { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection', value };
    if (offset < round.items.length) {
      const skip = token();
      this.rounds.set(skip, { ...round, offset });
      return json(200, { ...context, '@odata.nextLink': `${round.base}?$skiptoken=${skip}` });
    }
    const delta = token();
    this.tokens.set(delta, round.state);
    return json(200, { ...context, '@odata.deltaLink': `${round.base}?$deltatoken=${delta}` });
  }
}
