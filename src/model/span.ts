/** A half-open range of UTF-16 offsets into a text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
