/**
 * The full stops and question marks of scripts that set words apart with spaces and do not end a
 * sentence with ".": Devanagari's danda (Hindi, Marathi, Nepali; Bengali and Punjabi write it too)
 * and double danda, Urdu's full stop, the Arabic question mark, Armenian's full stop, Ethiopic's
 * (Amharic), Myanmar's and Khmer's. Each is followed by a space where a sentence ends.
 */
export const SPACED_SCRIPT_STOPS = "\u0964\u0965\u06D4\u061F\u0589\u1362\u104B\u17D4";

/** Ends as a sentence does: a full stop, question or exclamation mark, then any closing quotes or brackets. */
const SENTENCE_END = new RegExp(`[.!?${SPACED_SCRIPT_STOPS}]["”’')\\]]*$`, "u");

/** Whether a text ends like a sentence: what sets prose apart from a table row, a label or a page's furniture. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
