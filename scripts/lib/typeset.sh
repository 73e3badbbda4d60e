# Shared by make-samples.sh and make-layouts.sh, which source it after defining log and die:
# the Debian packages the page typesetting needs (installed when missing) and the rendering
# steps both scripts take.

# ---------------------------------------------------------------- tools ---
ensure_packages() {
    local missing=()
    # groff-base alone has no PDF device; gropdf comes with the groff package.
    { command -v groff >/dev/null && command -v gropdf >/dev/null; } || missing+=(groff)
    command -v gs >/dev/null || missing+=(ghostscript)
    { command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null \
        && command -v pdffonts >/dev/null && command -v pdfinfo >/dev/null; } \
        || missing+=(poppler-utils)
    command -v optipng >/dev/null || missing+=(optipng)
    command -v python3 >/dev/null || missing+=(python3)
    [[ -x /usr/bin/convert ]] || command -v magick >/dev/null || missing+=(imagemagick)
    if ((${#missing[@]})); then
        log "installing: ${missing[*]}"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
            --no-install-recommends "${missing[@]}" >/dev/null
    fi
    # Prefer the real ImageMagick binary; something else named "convert" may
    # come first on PATH.
    if [[ -x /usr/bin/convert ]]; then
        CONVERT=(/usr/bin/convert)
    elif command -v magick >/dev/null; then
        CONVERT=(magick)
    else
        die "ImageMagick not found"
    fi
}

# ----------------------------------------------------------- rendering ---
# Flatten to 8-bit grayscale, drop metadata (dates) so re-runs are stable.
to_gray_png() { # in out
    "${CONVERT[@]}" "$1" -colorspace Gray -type Grayscale -depth 8 -strip \
        -define png:exclude-chunks=date,time "$2"
}

# Deterministic scan look, as for the W0003 sample volume (make-samples.sh):
# tilt by ANGLE degrees on a white background, crop back to the page size,
# off-white paper and grey ink, seeded Gaussian noise, a slight blur (0.8 px
# at 150 dpi, scaled with the resolution), 32 grey levels.
degrade_png() { # in out angle seed [dpi, 150 when not given]
    local size blur
    size=$("${CONVERT[@]}" "$1" -format '%wx%h' info:)
    blur=$(awk -v d="${5:-150}" 'BEGIN { printf "%.2f", 0.8 * d / 150 }')
    "${CONVERT[@]}" "$1" -colorspace Gray -background white -rotate "$3" \
        -gravity center -extent "$size" +level 5%,92% \
        -seed "$4" -attenuate 0.2 +noise Gaussian -blur "0x$blur" -posterize 32 \
        -colorspace Gray -type Grayscale -depth 8 -strip \
        -define png:exclude-chunks=date,time "$2"
}
