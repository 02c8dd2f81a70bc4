/** Prospects as the composers show them: cleaned names, first names, and how to refer to them. */
import { toBodyText, toHeaderText } from './clean-text.js';
import { firstNameFor, joinWords } from './names.js';

/** A prospect with a cleaned display name and a first name ("" when none can be told). */
export interface ProspectView {
  email: string;
  name?: string;
  firstName: string;
}

/** Cleans untrusted display names (invitations and replies can carry anything). */
export function prospectViews(people: { email: string; name?: string }[]): ProspectView[] {
  return people.map((p) => {
    const name = p.name ? toHeaderText(p.name) : undefined;
    return { email: p.email, name, firstName: firstNameFor({ email: p.email, name }) };
  });
}

/** How the rep's own emails refer to a prospect: the first name, else the full name, else the address. */
export function callName(p: ProspectView): string {
  return p.firstName || p.name || p.email;
}

/** "Priya", "Priya and Sam", "Priya, Sam and priya@x.example"; "the prospect" for nobody. */
export function callNames(people: ProspectView[]): string {
  return people.length === 0 ? 'the prospect' : joinWords(people.map(callName));
}

/** The rep as the reader of an email agendum sends them (notices, nudges, prompts). */
export function repReaderView(rep: { name: string; email: string }) {
  return { name: toHeaderText(rep.name), email: rep.email, firstName: firstNameFor(rep) || 'there' };
}

/** The rep as the sender of an email to prospects, with their signature. */
export function repSenderView(rep: { name: string; email: string; signature: string }) {
  return {
    name: toHeaderText(rep.name),
    email: rep.email,
    firstName: firstNameFor(rep) || toHeaderText(rep.name),
    signature: toBodyText(rep.signature).trim(),
  };
}
