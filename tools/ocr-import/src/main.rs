//! Turns PP-OCR ONNX files into burn modules: one Rust file and one burnpack weight file per model.
//!
//! Usage: `folio-ocr-import ONNX_DIR OUT_DIR`, where ONNX_DIR holds det.onnx and rec.onnx, and
//! cls.onnx where the model generation has a line classifier. scripts/ocr-models runs it once per
//! generation; the output is committed in crates/ocr-models/src/generated/<generation>/.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use burn_onnx::{LoadStrategy, ModelGen};
use burn_pack::{Bytes, Reader, Tensor, Writer};

/// The models, by file stem; each becomes `<stem>.rs` and `<stem>.bpk`. det and rec are needed;
/// cls is imported when ONNX_DIR has it.
const MODELS: [(&str, bool); 3] = [("det", true), ("rec", true), ("cls", false)];

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::WARN)
        .without_time()
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [onnx_dir, out_dir] = args.as_slice() else {
        eprintln!("usage: folio-ocr-import ONNX_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    let out_dir = match std::path::absolute(out_dir) {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("folio-ocr-import: cannot resolve output directory {out_dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // ModelGen writes the input path into the generated file's header, so it is given a bare file
    // name from inside ONNX_DIR: the output then does not depend on where the checkout lives.
    if let Err(e) = std::env::set_current_dir(onnx_dir) {
        eprintln!("folio-ocr-import: cannot enter ONNX directory {onnx_dir}: {e}");
        return ExitCode::FAILURE;
    }
    for (stem, needed) in MODELS {
        let onnx = PathBuf::from(format!("{stem}.onnx"));
        if !onnx.is_file() {
            if !needed {
                continue;
            }
            eprintln!("folio-ocr-import: {} not found in {onnx_dir}", onnx.display());
            return ExitCode::FAILURE;
        }
        generate(&onnx, &out_dir);
        let bpk = out_dir.join(format!("{stem}.bpk"));
        if let Err(e) = drop_param_ids(&bpk) {
            eprintln!("folio-ocr-import: cannot rewrite {}: {e}", bpk.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Generates the module without loading constructors: folio-ocr-models loads the weights itself
/// (embedded bytes, errors instead of panics).
fn generate(onnx: &Path, out_dir: &Path) {
    ModelGen::new()
        .input(&onnx.to_string_lossy())
        .out_dir(&out_dir.to_string_lossy())
        .load_strategy(LoadStrategy::None)
        .run_from_cli();
}

/// Rewrites a weight file without parameter ids. ModelGen gives each parameter a random id (an
/// identity for resuming training, unused for inference), so two imports of the same ONNX file
/// would differ; without them the output is the same bytes every time.
fn drop_param_ids(bpk: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let reader = Reader::from_bytes(Bytes::from_bytes_vec(std::fs::read(bpk)?))?;
    let metadata = reader.metadata().clone();
    let mut tensors = Vec::new();
    for tensor in reader.into_tensors()? {
        let (name, dtype, shape, _param_id, bytes) = tensor.into_parts()?;
        tensors.push(Tensor::new(name, dtype, shape, None, bytes));
    }
    let mut writer = Writer::new(tensors);
    for (key, value) in &metadata {
        writer = writer.with_metadata(key, value);
    }
    writer.write_to_file(bpk)?;
    Ok(())
}
