/**
 * Finds the video-call link of an event: the explicit conference properties first, then the
 * first Zoom / Google Meet / Teams / Webex link in the location or description. Only https
 * links are returned; the text is untrusted, so scanning is bounded.
 */
import type ICAL from 'ical.js';

const MAX_SCAN = 20_000;
const MAX_URL = 2_000;
const URL_IN_TEXT = /https:\/\/[^\s<>"'()[\]{}]+/g;
const CONFERENCE_HOSTS = [
  /(^|\.)zoom\.us$/,
  /(^|\.)zoomgov\.com$/,
  /^meet\.google\.com$/,
  /^teams\.microsoft\.com$/,
  /^teams\.live\.com$/,
  /(^|\.)webex\.com$/,
];

function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.length > MAX_URL) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The first conference link in free text, or undefined. */
export function findConferenceLink(text: string): string | undefined {
  for (const match of text.slice(0, MAX_SCAN).matchAll(URL_IN_TEXT)) {
    // Trailing punctuation belongs to the sentence, not the link.
    const url = httpsUrl(match[0].replace(/[.,;:!?>]+$/, ''));
    if (!url) continue;
    const host = new URL(url).hostname.toLowerCase();
    if (CONFERENCE_HOSTS.some((re) => re.test(host))) return url;
  }
  return undefined;
}

/** Conference URL of a VEVENT: X-GOOGLE-CONFERENCE, Teams' own property, URL, then text links. */
export function readConferenceUrl(
  vevent: ICAL.Component,
  location: string,
  description: string,
): string | undefined {
  for (const name of ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'url']) {
    const url = httpsUrl(vevent.getFirstPropertyValue(name));
    if (url) return url;
  }
  return findConferenceLink(location) ?? findConferenceLink(description);
}
