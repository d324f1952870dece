// The text recogniser's contract: a crop of a line of text in, its characters with their confidence out.
// The scan reader depends on this, not on a model; the page and the CLI give it the same model through
// the same ONNX runtime (paddleRecognizer.ts), and tests may give it a fake.

import type { GrayImage } from './grayImage.ts';

export interface RecognizedChar {
  char: string;
  /** Where in the crop the character was read (pixels from the crop's left edge, centre). */
  x: number;
  /** The model's probability for this character. */
  confidence: number;
  /** The likeliest digit at this place and its probability, when the character read is not a digit. */
  digit?: { char: string; confidence: number };
}

export interface Recognizer {
  recognize(crop: GrayImage): Promise<RecognizedChar[]>;
}
