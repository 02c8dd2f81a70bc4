/**
 * Pieces the ask patterns share: the meeting as prospects name it, and "this clause is a
 * question". Regular-expression sources, data only.
 */

/** The meeting, as prospects name it. */
export const MEETING =
  "(?:it|this|that|the (?:call|meeting|session|chat|demo)|our (?:call|meeting|chat)|den termin|das gespräch|den call|le rendez-vous|la réunion|notre échange|l'échange|la reunión|la llamada|a reunião|a conversa|de afspraak|het gesprek|dit|het)";
/** The question mark ends the sentence the match sits in. */
export const ASKED = '(?=[^.!?\\n]*\\?)';
