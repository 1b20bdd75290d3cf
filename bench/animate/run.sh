#!/usr/bin/env bash
# Animation benchmark: `bordermap export --animate` writing 60 frames at 1920 × 1080 from a store of
# 10,000 claims (make_data.py), as GIF, MP4 and a PNG sequence, each a whole process (start-up,
# store query, drawing, encoding). The peer is ffmpeg assembling the same 60 PNG frames into an MP4
# (libx264) and into a GIF (its two-pass palettegen/paletteuse), which leaves the drawing out: it
# shows what the assembly alone costs. A first PNG-sequence export seeds the store and draws the
# peer's frames; then RUNS rounds each run every command once (hyperfine, one run each), so the
# commands are interleaved and share whatever load the machine has. The load average is printed
# before and after, since the machine may be shared.
# Usage: bench/animate/run.sh [RUNS]   (needs hyperfine and ffmpeg; installs them if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}

source bench/lib/setup.sh
install_missing hyperfine ffmpeg
build_bordermap

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 bench/animate/make_data.py "$work/data"

animate="$bordermap export --animate --data $work/data/geodata --store $work/store.gpkg --from 2021-06-01 --to 2021-07-30 --step day --window 7 --date 2026-12-03"
# The PNG frames the peer assembles, drawn once beforehand (this also seeds the store).
$animate --format png-seq --out "$work/frames" > /dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$runs"); do
  hyperfine --runs 1 --export-json "$work/round-$round.json" \
    -n "bordermap GIF" "$animate --format gif --out $work/out.gif" \
    -n "bordermap MP4" "$animate --format mp4 --out $work/out.mp4" \
    -n "bordermap PNG sequence" "rm -rf $work/seq && $animate --format png-seq --out $work/seq" \
    -n "ffmpeg MP4 from the PNGs" "ffmpeg -v error -y -framerate 2 -i $work/frames/frame-%04d.png -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p $work/peer.mp4" \
    -n "ffmpeg GIF from the PNGs" "ffmpeg -v error -y -framerate 2 -i $work/frames/frame-%04d.png -vf 'split[a][b];[a]palettegen[p];[b][p]paletteuse=dither=none' $work/peer.gif" > /dev/null
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

PYTHONPATH=bench/lib /usr/bin/python3 - "$work"/round-*.json <<'PY'
import sys
import rounds
rounds.print_medians(rounds.load(sys.argv[1:]))
PY
ls -l "$work/out.gif" "$work/out.mp4" "$work/peer.mp4" "$work/peer.gif" | awk '{print $5, $NF}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
