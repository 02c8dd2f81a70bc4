/**
 * The text layer of an iCalendar file, read leniently: a UTF-8 BOM, any line ending, folded
 * lines, text before BEGIN:VCALENDAR or after END:VCALENDAR, several VCALENDARs in one file
 * and a component left open are all tolerated. It only finds where components begin and
 * end; what each line means is read later, one component at a time, so one bad line costs
 * at most the component it is in (ical.js alone rejects the whole file).
 */

/** One unfolded content line and the number of its first physical line (1-based). */
export interface ContentLine {
  text: string;
  line: number;
}

/** A component between BEGIN and END: its own lines and its subcomponents. */
export interface Block {
  /** Upper-cased: VCALENDAR, VEVENT, VTIMEZONE, STANDARD, … */
  name: string;
  line: number;
  props: ContentLine[];
  children: Block[];
  /** False when the file ended (or an enclosing END came) before its END line. */
  closed: boolean;
}

const MAX_DEPTH = 8;
// These never nest in themselves: a second BEGIN means the END of the first was lost.
const NOT_NESTED = new Set(['VCALENDAR', 'VEVENT', 'VTIMEZONE', 'STANDARD', 'DAYLIGHT']);

/** Content lines of `source`, unfolded (RFC 5545 3.1), with a leading BOM dropped. */
export function unfoldLines(source: string): ContentLine[] {
  const physical = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: ContentLine[] = [];
  physical.forEach((raw, i) => {
    const last = lines[lines.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      last.text += raw.slice(1);
      return;
    }
    // A BOM can also sit in the middle, where files were concatenated.
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim()) lines.push({ text, line: i + 1 });
  });
  return lines;
}

/** "BEGIN:VEVENT" → ["BEGIN", "VEVENT"]; anything else → undefined. */
function delimiter(text: string): ['BEGIN' | 'END', string] | undefined {
  const match = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]{1,60})\s*$/i.exec(text);
  if (!match) return undefined;
  return [(match[1] as string).toUpperCase() as 'BEGIN' | 'END', (match[2] as string).toUpperCase()];
}

/**
 * The top-level components of a file. Lines outside any component (text after
 * END:VCALENDAR, a mail footer) are left out; an END without its BEGIN is ignored.
 */
export function readBlocks(source: string): Block[] {
  const roots: Block[] = [];
  const stack: Block[] = [];
  // Blocks dropped from the stack without their END keep `closed: false`.
  const abandon = (depth: number) => {
    stack.length = Math.min(stack.length, depth);
  };
  for (const cl of unfoldLines(source)) {
    const d = delimiter(cl.text);
    const top = stack[stack.length - 1];
    if (d?.[0] === 'BEGIN') {
      const again = NOT_NESTED.has(d[1]) ? stack.findIndex((b) => b.name === d[1]) : -1;
      if (again >= 0) abandon(again);
      if (stack.length >= MAX_DEPTH) continue;
      const block: Block = { name: d[1], line: cl.line, props: [], children: [], closed: false };
      (stack[stack.length - 1]?.children ?? roots).push(block);
      stack.push(block);
    } else if (d?.[0] === 'END') {
      const depth = stack.map((b) => b.name).lastIndexOf(d[1]);
      if (depth < 0) continue;
      // Blocks above the one this END closes never got their own END.
      abandon(depth + 1);
      const block = stack.pop() as Block;
      block.closed = true;
    } else if (top) {
      top.props.push(cl);
    }
  }
  return roots;
}

/**
 * The calendars of a file: each VCALENDAR, plus one made up for components found outside
 * any VCALENDAR (a bare VEVENT, as some tools export a single event).
 */
export function calendarsOf(roots: Block[]): Block[] {
  const calendars = roots.filter((b) => b.name === 'VCALENDAR');
  const loose = roots.filter((b) => b.name === 'VEVENT' || b.name === 'VTIMEZONE');
  if (loose.length > 0) {
    calendars.push({
      name: 'VCALENDAR',
      line: loose[0]?.line ?? 1,
      props: [],
      children: loose,
      closed: true,
    });
  }
  return calendars;
}
