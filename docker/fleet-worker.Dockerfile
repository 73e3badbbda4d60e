# syntax=docker/dockerfile:1.7
# fleet-worker, the ECS container of folio's workers. Build from the repository root:
#
#   docker build -f docker/fleet-worker.Dockerfile --target cpu -t folio/fleet-worker:cpu-$(git rev-parse --short HEAD) .
#   docker build -f docker/fleet-worker.Dockerfile --target gpu -t folio/fleet-worker:gpu-$(git rev-parse --short HEAD) .
#
# Stages: `chef` and `planner` reduce the workspace to fleet-worker's dependency recipe
# (cargo-chef), so `builder-cpu` and `builder-gpu` compile the dependencies in a layer that
# survives source edits; `runtime` is the slim base both images share; `cpu` and `gpu` are the
# images. Both run as uid 10001, the user infra/template.yaml's task definitions name, with the
# scratch directory /work (FOLIO_WORK_DIR) as a volume that uid owns.
#
# The PP-OCRv5 models are compiled into the binary (crates/ocr-models embeds their weights, about
# 22 MB), so the images carry no model files and nothing is downloaded at run time. The `ocr` and
# `ocr-eval` job kinds run on burn's CPU backend in both images; the `gpu` image is built with the
# `gpu` cargo feature (burn's Vulkan backend), which a job selects with `backend = "gpu"` in its
# config. burn's CUDA backend is not used: it cannot be built offline (cubecl-cuda builds
# cubecl-llvm, whose build script downloads an LLVM bundle).

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

# The cook and the build select the same package (-p fleet-worker) and features, so the cooked
# dependencies are the ones the build reuses.
FROM chef AS builder-cpu
COPY --from=planner /src/recipe.json recipe.json
RUN cargo chef cook --release --locked --recipe-path recipe.json -p fleet-worker --bin fleet-worker
COPY . .
RUN cargo build --release --locked -p fleet-worker --bin fleet-worker \
    && install -D -m 0755 target/release/fleet-worker /out/fleet-worker

# The same with burn's Vulkan backend (fleet-worker/gpu → folio-jobs/gpu → folio-ocr/gpu →
# folio-ocr-models/gpu). Vulkan is opened at run time (libvulkan.so.1): the build links nothing
# of it.
FROM chef AS builder-gpu
COPY --from=planner /src/recipe.json recipe.json
RUN cargo chef cook --release --locked --recipe-path recipe.json -p fleet-worker \
        --bin fleet-worker --features gpu
COPY . .
RUN cargo build --release --locked -p fleet-worker --bin fleet-worker --features gpu \
    && install -D -m 0755 target/release/fleet-worker /out/fleet-worker

FROM debian:${DEBIAN_RELEASE}-slim AS runtime
# ca-certificates: the AWS SDK's TLS trusts the system roots. Packages float with the base
# image's security updates: rebuild rather than pin versions.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin folio \
    && install -d -o 10001 -g 10001 -m 0700 /work
ENV FOLIO_WORK_DIR=/work \
    FOLIO_LOG_FORMAT=json

FROM runtime AS cpu
COPY --from=builder-cpu /out/fleet-worker /usr/local/bin/fleet-worker
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

# The GPU image: the shared runtime plus what burn's Vulkan backend needs. It carries the Vulkan
# loader (libvulkan1) and what NVIDIA's Vulkan driver links against but the NVIDIA container
# toolkit does not mount (libGLdispatch from libglvnd0, libXext and libX11). The driver itself,
# libGLX_nvidia.so.0 and its libnvidia-* companions, comes from the host (the ECS GPU-optimised
# AMI) when NVIDIA_DRIVER_CAPABILITIES includes `graphics`; `compute,utility` alone gives CUDA
# and nvidia-smi, not Vulkan. The ICD manifest written here names that library for the loader;
# a toolkit that mounts the host's own manifest at the same path replaces it.
FROM runtime AS gpu
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libvulkan1 libglvnd0 libxext6 \
    && rm -rf /var/lib/apt/lists/* \
    && install -d -m 0755 /etc/vulkan/icd.d \
    && printf '%s\n' '{"file_format_version": "1.0.0", "ICD": {"library_path": "libGLX_nvidia.so.0", "api_version": "1.3.0"}}' \
        >/etc/vulkan/icd.d/nvidia_icd.json
COPY --from=builder-gpu /out/fleet-worker /usr/local/bin/fleet-worker
# NVIDIA_VISIBLE_DEVICES=all for `docker run --runtime nvidia`; on ECS the agent sets it to the
# GPU it assigns the task. XDG_CACHE_HOME: the root filesystem is read-only on ECS and uid 10001
# has no home, so cubecl's caches (compiled SPIR-V kernels, autotune results) and the driver's
# shader cache go to the scratch volume, where they last as long as the container.
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility,graphics \
    XDG_CACHE_HOME=/work/.cache
VOLUME ["/work"]
USER 10001:10001
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/bin/sh", "-c", "touch \"$FOLIO_WORK_DIR/.health\" && rm -f \"$FOLIO_WORK_DIR/.health\""]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/fleet-worker"]
