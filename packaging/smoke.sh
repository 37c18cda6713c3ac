#!/usr/bin/env bash
# Frozen smoke test: copy the bundle somewhere else and run its self-test the way a clinic PC would:
# a clean environment (env -i), no Python on PATH, a temp HOME, offscreen. Exit 0 only if it all works.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=dist/patient-reader
[ -x "$bundle/patient-reader" ] || { echo "smoke: no bundle at $bundle (make bundle)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -a "$bundle" "$scratch/app"
mkdir -p "$scratch/home" "$scratch/bin"
run() {
  env -i HOME="$scratch/home" PATH="$scratch/bin" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$scratch/app/patient-reader" "$@"
}
SECONDS=0
run --version
run list >/dev/null
run --self-test
# a misspelt word is found through the fuzzy path (rapidfuzz's distances, numpy without BLAS)
found=$(run search --json nerveafklemnin)
case "$found" in
  *'"slug": "nerveafklemning"'*) ;;
  *) echo "smoke: the misspelt search 'nerveafklemnin' did not find nerveafklemning: $found" >&2; exit 1 ;;
esac
echo "smoke: ok in ${SECONDS} s (a copy of the bundle, clean environment, no Python on PATH)"
