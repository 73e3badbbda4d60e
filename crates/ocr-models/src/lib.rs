//! PP-OCRv5 mobile models as burn modules.
