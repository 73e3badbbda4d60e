//! Times detection on one 960×672 input and recognition on a batch of 8 lines of 48×320 on the CPU
//! backend, for each model generation. Run with
//! `cargo run --release -p folio-ocr-models --example speed [THREADS...]`: each THREADS value
//! (default: 1 and rayon's default) runs the models inside a rayon pool that size.

use std::time::{Duration, Instant};

use folio_ocr_models::{cpu_device, Detector, Device, Generation, Recognizer, Tensor, TensorData};

const RUNS: usize = 9;

/// A deterministic input with values in the normalised range, so no kernel meets only zeros.
fn input(shape: [usize; 4], device: &Device) -> Tensor<4> {
    let len = shape.iter().product();
    let mut state = 0x2545_f491_u32;
    let values: Vec<f32> = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state % 2000) as f32 / 1000.0 - 1.0
        })
        .collect();
    Tensor::from_data(TensorData::new(values, shape), device)
}

/// The fastest and the median of RUNS timed calls, after one untimed call. On a shared machine the
/// fastest is the better estimate of the uncontended time.
fn timings(mut call: impl FnMut()) -> (Duration, Duration) {
    call();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            call();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[RUNS / 2])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut threads: Vec<usize> = std::env::args().skip(1).map(|a| a.parse()).collect::<Result<_, _>>()?;
    if threads.is_empty() {
        threads = vec![1, rayon::current_num_threads()];
    }
    let device = cpu_device();
    let page = input([1, 3, 672, 960], &device);
    let lines = input([8, 3, 48, 320], &device);
    for (generation, n) in Generation::ALL
        .into_iter()
        .flat_map(|g| threads.iter().map(move |&n| (g, n)))
    {
        let detector = Detector::load(&device, generation)?;
        let recognizer = Recognizer::load(&device, generation)?;
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build()?;
        let (det, rec) = pool.install(|| {
            let det = timings(|| {
                let map = detector.forward(page.clone()).map(|m| m.into_data());
                assert!(map.is_ok());
            });
            let rec = timings(|| {
                let logits = recognizer.forward(lines.clone()).map(|p| p.into_data());
                assert!(logits.is_ok());
            });
            (det, rec)
        });
        println!(
            "{generation}, {n} thread(s): det 1×3×672×960 {:.3} s (median {:.3}), rec 8×3×48×320 {:.3} s (median {:.3}), \
             fastest of {RUNS}",
            det.0.as_secs_f64(),
            det.1.as_secs_f64(),
            rec.0.as_secs_f64(),
            rec.1.as_secs_f64()
        );
    }
    Ok(())
}
