//! folio's OCR engine: page images in, ordered lines of text out.
