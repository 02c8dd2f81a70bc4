/**
 * The point of a meeting is written by the rep to the prospect ("a shared list of your top
 * problems"). When agendum shows it back to the rep, the same words must speak to the rep
 * about the prospect: the prospect's "you" becomes "they", the rep's "I"/"we" becomes "you".
 */

// One pass over every pronoun, so a "you" made from "we" is never turned into "they".
const SWAP: Record<string, string> = {
  your: 'their',
  yours: 'theirs',
  yourself: 'themselves',
  yourselves: 'themselves',
  "you're": "they're",
  "you've": "they've",
  "you'll": "they'll",
  "you'd": "they'd",
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  'i am': 'you are',
  'i was': 'you were',
};

// "you" after one of these is an object ("what it costs you", "with you") and becomes "them";
// anywhere else it is a subject ("the problems you described") and becomes "they".
const BEFORE_OBJECT = new Set(
  (
    'about after against among around at before behind between by for from into like near of on onto over ' +
    'than through to toward towards under with within without ' +
    'ask asked asks bring brings call calls cost costs email gave get gets give gives help helps invite ' +
    'join keep let lets meet remind reminds see send sends show shows take tell tells thank told'
  ).split(' '),
);

const WORD = /\b[Ii] (?:am|was)\b|[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** Keeps the case of the first letter and the kind of apostrophe of the word replaced. */
function likeOriginal(original: string, replacement: string, sentenceStart: boolean): string {
  const quoted = original.includes('’') ? replacement.replace("'", '’') : replacement;
  const capital = /^\p{Lu}/u.test(original) && (original[0] !== 'I' || sentenceStart);
  return capital ? quoted.charAt(0).toUpperCase() + quoted.slice(1) : quoted;
}

function swapped(word: string, previous: string): string | undefined {
  const key = word.toLowerCase().replace('’', "'");
  if (key === 'us' && word === 'US') return undefined; // the country
  if (key === 'you') return BEFORE_OBJECT.has(previous.toLowerCase()) ? 'them' : 'they';
  return SWAP[key];
}

/** `text` (written to the prospect) as told to the rep: "your team" → "their team", "our" → "your". */
export function toRepVoice(text: string): string {
  let previous = '';
  return text.replace(WORD, (word, offset: number) => {
    const sentenceStart = /(^|[.!?]\s+)$/.test(text.slice(0, offset));
    const replacement = swapped(word, previous);
    previous = word;
    return replacement === undefined ? word : likeOriginal(word, replacement, sentenceStart);
  });
}
