/** Neutral types shared by every layer. Nothing here knows about a provider or the database. */

import type { IgnoreRules } from './ignore-rules.js';

/** A participant of a calendar event, normalized across providers. */
export interface CalendarAttendee {
  email: string;
  name?: string;
  /** How this attendee answered the invitation. */
  response: 'accepted' | 'declined' | 'tentative' | 'needsAction';
  /** Rooms, resources and groups are never prospects. */
  kind: 'person' | 'room' | 'resource' | 'group';
  organizer?: boolean;
  optional?: boolean;
}

/**
 * One concrete occurrence of a calendar event (recurring series are expanded by the
 * provider, so every instance has its own stable `id`).
 */
export interface CalendarEvent {
  /** Provider-stable id of this occurrence (for a series: series id + original start). */
  id: string;
  iCalUid?: string;
  /**
   * The calendar the event is in, as the provider names it, for ignore rules. Only the local
   * provider sets it (X-WR-CALNAME, else the file's name); Google and Microsoft read one
   * calendar (the primary) and leave it unset.
   */
  calendar?: string;
  title: string;
  description: string;
  location?: string;
  conferenceUrl?: string;
  start: Date;
  end: Date;
  /** IANA zone the event was scheduled in; UTC when the source had none. */
  timeZone: string;
  isAllDay: boolean;
  status: 'confirmed' | 'tentative' | 'cancelled';
  organizerEmail?: string;
  attendees: CalendarAttendee[];
}

/** The playbook stage of a meeting. */
export type Stage = 'discovery' | 'demo' | 'technical' | 'proposal' | 'negotiation' | 'kickoff' | 'check-in';

export const STAGES: readonly Stage[] = [
  'discovery',
  'demo',
  'technical',
  'proposal',
  'negotiation',
  'kickoff',
  'check-in',
];

/** Where one part of the point came from. */
export type PointPartSource = 'event' | 'previous_recap' | 'playbook' | 'rep';

/** The point of a meeting: why we meet, what we cover, what a good outcome is. */
export interface MeetingPoint {
  purpose: string;
  agenda: string[];
  outcome: string;
  source: {
    purpose: PointPartSource;
    agenda: PointPartSource;
    outcome: PointPartSource;
    /** How the stage was chosen: from the title, the description, the carried next step, or the default. */
    stage: 'title' | 'description' | 'previous_recap' | 'default';
  };
}

/** The rep settings the pure decisions need. */
export interface RepProfile {
  email: string;
  name: string;
  timeZone: string;
  orgDomains: string[];
  approvalMode: 'approve' | 'draft' | 'auto';
  agendaLeadMinutes: number;
  businessHours: BusinessHours;
  recapDelayMinutes: number;
  maxExternalAttendees: number;
  ignoreRules: IgnoreRules;
  signature: string;
}

/** Working hours in the rep's zone. `days` are ISO weekdays (1 = Monday … 7 = Sunday). */
export interface BusinessHours {
  start: string; // "09:00"
  end: string; // "17:00"
  days: number[];
}

/** Why a meeting is or is not a prospect meeting; `reason` is shown to the rep as is. */
export interface ProspectDecision {
  isProspect: boolean;
  reason: string;
  /** External people (not rooms/groups, not the rep's domains), in attendee order. */
  prospects: CalendarAttendee[];
  /** Domain of the first external prospect: the account this meeting belongs to. */
  accountDomain?: string;
}

/** The next step agreed at the previous meeting with the same account (filled by the recap loop). */
export interface CarriedNextStep {
  what: string;
  owner: 'rep' | 'prospect' | 'both';
  due?: Date;
  meetingTitle: string;
}
