#!/usr/bin/env bash
# Regenerates every icon file from pothos.svg. Needs Debian's librsvg2-bin (rsvg-convert),
# icoutils (icotool) and icnsutils (png2icns):
#   apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 24 32 48 64 128 256 512 1024)
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" --output "pothos-$size.png" pothos.svg
done

# Windows: one .ico with the sizes Explorer, the taskbar and the Start menu ask for; the 256 px
# image is stored as PNG (as Windows itself does) to keep the file small.
icotool --create --output pothos.ico pothos-16.png pothos-24.png pothos-32.png pothos-48.png \
  pothos-64.png pothos-128.png --raw=pothos-256.png

# macOS: .icns holds 16, 32, 48, 128, 256, 512 and 1024 px (Retina) images.
png2icns pothos.icns pothos-16.png pothos-32.png pothos-48.png pothos-128.png pothos-256.png \
  pothos-512.png pothos-1024.png >/dev/null

echo "Icons written to $(pwd)"
