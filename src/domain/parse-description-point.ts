/**
 * Reads an explicit point from an event description: lines starting "Purpose:", "Agenda:" and
 * "Outcome:" / "Goal:" / "Desired outcome:". Everything else (dial-in blocks, notes) is
 * ignored. The description is untrusted: input, line and item sizes are capped, and every
 * regex runs on one bounded line with no nested quantifiers.
 */
import { descriptionToText } from './description-text.js';

/** What the description states explicitly; absent parts are left to the next source. */
export interface DescriptionPoint {
  purpose?: string;
  agenda?: string[];
  outcome?: string;
}

type Label = 'purpose' | 'agenda' | 'outcome';

const MAX_LINE = 2_000;
const MAX_TEXT = 1_000;
const MAX_ITEM = 300;
const MAX_ITEMS = 12;

// Optional markdown emphasis around the label ("**Agenda:**") is common in pasted text.
const LABEL_LINE =
  /^[*_ ]*(purpose(?: of (?:the|this|our) (?:meeting|call))?|agenda|desired outcomes?|outcomes?|goals?)[*_ ]*:[*_]*\s*(.*)$/i;
const BULLET_LINE = /^(\s*)(?:[-*•–·▪◦]|\d{1,2}[.)])\s+(.*)$/;

function labelOf(word: string): Label {
  const w = word.toLowerCase();
  if (w.startsWith('purpose')) return 'purpose';
  if (w === 'agenda') return 'agenda';
  return 'outcome';
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Section {
  label: Label;
  /** Text on the label line, then each following line until the section ends. */
  lines: string[];
}

/** Groups the description into labelled sections; a section ends at a blank line or the next label. */
function readSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.slice(0, MAX_LINE);
    const label = LABEL_LINE.exec(line);
    if (label) {
      current = { label: labelOf(label[1] ?? ''), lines: [] };
      sections.push(current);
      if (label[2]?.trim()) current.lines.push(label[2]);
    } else if (current && line.trim() === '') {
      // "Agenda:" alone on its line, then a blank line, then the list: the blank does not end it.
      if (current.lines.length > 0) current = null;
    } else if (current) {
      current.lines.push(line);
    }
  }
  return sections;
}

/**
 * Agenda lines: bullets ("-", "*", "•", "1.", "1)"), plain lines, or one line of items split
 * by ";". In a bulleted list an indented plain line continues the item above it, and an
 * unindented plain line ends the list (it is usually the text after it).
 */
function agendaItems(lines: string[]): string[] {
  const items: string[] = [];
  const bulleted = lines.some((l) => BULLET_LINE.test(l));
  for (const line of lines) {
    const bullet = BULLET_LINE.exec(line);
    if (bullet) items.push(bullet[2] ?? '');
    else if (!bulleted) items.push(...line.split(';'));
    else if (/^\s/.test(line) && items.length > 0) items[items.length - 1] += ` ${line}`;
    else if (items.length > 0) break;
    else items.push(...line.split(';'));
  }
  return items
    .map((item) => clip(squash(item), MAX_ITEM))
    .filter((item) => item.length > 0)
    .slice(0, MAX_ITEMS);
}

/**
 * The purpose, agenda and outcome an event description states explicitly. Labels are
 * case-insensitive and must start a line; HTML descriptions are read as text first. When a
 * label appears twice, the first one with content wins.
 */
export function parseDescriptionPoint(description: string): DescriptionPoint {
  const point: DescriptionPoint = {};
  for (const section of readSections(descriptionToText(description))) {
    if (section.label === 'agenda') {
      const items = agendaItems(section.lines);
      if (!point.agenda && items.length > 0) point.agenda = items;
      continue;
    }
    const value = clip(squash(section.lines.join(' ')), MAX_TEXT);
    if (value && point[section.label] === undefined) point[section.label] = value;
  }
  return point;
}
