"""Writes the onnxruntime reference outputs that tests/agreement.rs checks the burn models against.

Inputs are real: a region of examples/volumes/W0001/I0001/0001.png for detection, and text-line
crops of the same page for recognition and the line classifier, pre-processed as PP-OCR does
(detection: both sides multiples of 32, ImageNet mean/std; recognition: height 48, (x/255-0.5)/0.5,
a batch right-padded with zeros to the widest crop; classifier: 48x192, same normalisation).
Resizing uses Pillow's bilinear filter where PP-OCR uses OpenCV's; the test feeds both runtimes
the same stored tensor, so this does not matter for agreement.

To stay small, inputs are stored as the resized 8-bit grey pixels; the test rebuilds the float
tensors with the same float32 arithmetic and checks the result's sha256 against the one recorded
here, so both runtimes see bit-identical inputs. Outputs:
- det_output.f32: the full probability map, little-endian float32.
- rec_output.sparse: every recognition probability >= REC_FLOOR as (u32 flat index, f32 value)
  little-endian records; every probability not listed is below REC_FLOOR.
- cls_output.f32: the classifier's N x 2 probabilities (PP-OCRv5 only: v6 has no classifier).
manifest.json holds shapes, file names, hashes and the greedy-CTC texts onnxruntime reads.

Run by scripts/ocr-models once per model generation, into reference/v5 and reference/v6, with its venv (onnxruntime, numpy, pillow pinned there).
"""

import argparse
import hashlib
import json
import math
import os

import numpy as np
import onnxruntime as ort
from PIL import Image

# Detection: a region of the page (left, top, right, bottom) and the size it is resized to.
DET_REGION = (100, 120, 775, 570)
DET_SIZE = (480, 320)  # width, height: multiples of 32, the region's aspect ratio kept
DET_MEAN = [0.485, 0.456, 0.406]
DET_STD = [0.229, 0.224, 0.225]

# Recognition crops (left, top, right, bottom) around real lines of the page, with a margin like
# the one detection's unclip leaves. The last is the first words of a justified line.
REC_CROPS = [
    (353, 133, 519, 165),  # CHAPTER I.
    (308, 181, 565, 211),  # Down the Rabbit-Hole (italic)
    (113, 519, 411, 552),  # with pink eyes ran close by her.
    (113, 840, 432, 873),  # large rabbit-hole under the hedge.
    (113, 256, 0, 289),  # first words of "Alice was beginning ..."; right edge found below
]
REC_HEIGHT = 48
REC_MIN_WIDTH = 320  # PP-OCR's rec_image_shape width: the batch is never narrower
REC_FLOOR = 1e-5
CLS_SHAPE = (48, 192)


def gray_page(path):
    return Image.open(path).convert("L")


def word_cut(page, top, bottom, near):
    """Right edge of the last word ending before `near` on the line between top and bottom."""
    ink = (np.asarray(page)[top:bottom] < 128).any(axis=0)
    x = near
    while x > 0 and not (ink[x - 1] and not ink[x : x + 6].any()):
        x -= 1
    return x + 6


def det_input(page):
    region = page.crop(DET_REGION).resize(DET_SIZE, Image.BILINEAR)
    gray = np.asarray(region, dtype=np.uint8)
    img = np.repeat(gray[:, :, None], 3, axis=2)  # HWC, three equal channels
    scale = np.float32(1.0 / 255.0)
    mean = np.array(DET_MEAN).reshape((1, 1, 3)).astype("float32")
    std = np.array(DET_STD).reshape((1, 1, 3)).astype("float32")
    norm = (img.astype("float32") * scale - mean) / std
    return gray, norm.transpose((2, 0, 1))[None].astype("float32")


def resize_to_height(crop, height, max_width):
    w, h = crop.size
    resized_w = min(max_width, int(math.ceil(height * (w / float(h)))))
    return np.asarray(crop.resize((resized_w, height), Image.BILINEAR), dtype=np.uint8)


def line_batch(grays, height, width):
    """Normalises each grey crop to (x/255-0.5)/0.5 on three channels and right-pads with zeros."""
    batch = np.zeros((len(grays), 3, height, width), dtype=np.float32)
    for i, gray in enumerate(grays):
        norm = gray.astype("float32") / 255
        norm -= 0.5
        norm /= 0.5
        batch[i, :, :, : gray.shape[1]] = norm[None]
    return batch


def ctc_greedy(probs, dictionary):
    """Index 0 is the CTC blank, 1..=n the dictionary lines, n+1 a space; repeats collapse."""
    chars = [""] + dictionary + [" "]
    texts = []
    for seq in probs.argmax(axis=2):
        out, prev = [], -1
        for idx in seq:
            if idx != prev and idx != 0:
                out.append(chars[idx])
            prev = idx
        texts.append("".join(out))
    return texts


def sha256(array):
    return hashlib.sha256(np.ascontiguousarray(array, dtype="<f4").tobytes()).hexdigest()


def session(path):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # deterministic, and this machine is shared
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def run(sess, x):
    return sess.run(None, {sess.get_inputs()[0].name: x})[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onnx-dir", required=True, help="holds det.onnx, rec.onnx and, for v5, cls.onnx")
    parser.add_argument("--dictionary", required=True, help="the recogniser's dictionary, one character per line")
    parser.add_argument("--page", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    page = gray_page(args.page)
    with open(args.dictionary, "rb") as f:
        dictionary = [line.decode("utf-8").strip("\n").strip("\r\n") for line in f.readlines()]

    # Detection.
    det_gray, det_x = det_input(page)
    det_y = run(session(os.path.join(args.onnx_dir, "det.onnx")), det_x)
    # Recognition.
    crops = list(REC_CROPS)
    left, top, _, bottom = crops[-1]
    crops[-1] = (left, top, word_cut(page, top, bottom, 520), bottom)
    ratios = [(r - l) / float(b - t) for l, t, r, b in crops]
    max_ratio = max([REC_MIN_WIDTH / REC_HEIGHT] + ratios)
    rec_width = int(REC_HEIGHT * max_ratio)
    rec_grays = [resize_to_height(page.crop(c), REC_HEIGHT, rec_width) for c in crops]
    rec_x = line_batch(rec_grays, REC_HEIGHT, rec_width)
    rec_y = run(session(os.path.join(args.onnx_dir, "rec.onnx")), rec_x)
    assert rec_y.shape[2] == len(dictionary) + 2, rec_y.shape
    texts = ctc_greedy(rec_y, dictionary)
    # Classifier, where the generation has one: the same crops upright, then turned 180 degrees.
    cls_path = os.path.join(args.onnx_dir, "cls.onnx")
    with_cls = os.path.isfile(cls_path)
    if with_cls:
        cls_h, cls_w = CLS_SHAPE
        upright = [page.crop(c) for c in crops]
        cls_crops = upright + [c.rotate(180) for c in upright]
        cls_grays = [resize_to_height(c, cls_h, cls_w) for c in cls_crops]
        cls_x = line_batch(cls_grays, cls_h, cls_w)
        cls_y = run(session(cls_path), cls_x)

    os.makedirs(args.out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)

    write("det_input.u8", det_gray.tobytes())
    write("det_output.f32", det_y.astype("<f4").tobytes())
    write("rec_input.u8", b"".join(g.tobytes() for g in rec_grays))
    flat = rec_y.astype("<f4").reshape(-1)
    keep = np.nonzero(flat >= REC_FLOOR)[0]
    records = np.zeros(len(keep), dtype=[("index", "<u4"), ("value", "<f4")])
    records["index"] = keep
    records["value"] = flat[keep]
    write("rec_output.sparse", records.tobytes())
    if with_cls:
        write("cls_input.u8", b"".join(g.tobytes() for g in cls_grays))
        write("cls_output.f32", cls_y.astype("<f4").tobytes())

    manifest = {
        "source": {"page": args.page, "onnxruntime": ort.__version__},
        "det": {
            "region": DET_REGION,
            "input": "det_input.u8",
            "input_shape": list(det_x.shape),
            "mean": DET_MEAN,
            "std": DET_STD,
            "input_sha256": sha256(det_x),
            "output": "det_output.f32",
            "output_shape": list(det_y.shape),
        },
        "rec": {
            "crops": [list(c) for c in crops],
            "input": "rec_input.u8",
            "widths": [int(g.shape[1]) for g in rec_grays],
            "input_shape": list(rec_x.shape),
            "input_sha256": sha256(rec_x),
            "output": "rec_output.sparse",
            "output_shape": list(rec_y.shape),
            "floor": REC_FLOOR,
            "texts": texts,
        },
    }
    if with_cls:
        manifest["cls"] = {
            "input": "cls_input.u8",
            "widths": [int(g.shape[1]) for g in cls_grays],
            "input_shape": list(cls_x.shape),
            "input_sha256": sha256(cls_x),
            "output": "cls_output.f32",
            "output_shape": list(cls_y.shape),
        }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("rec texts:", texts)
    if with_cls:
        print("cls labels:", cls_y.argmax(axis=1).tolist())
    print(f"rec probabilities stored: {len(keep)} of {flat.size}; det map max {det_y.max():.4f}")


if __name__ == "__main__":
    main()
