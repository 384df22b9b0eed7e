/** Ends as a sentence does: a full stop, question or exclamation mark, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?]["”’')\]]*$/u;

/** Whether a text ends like a sentence: what sets prose apart from a table row, a label or a page's furniture. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
