#!/usr/bin/env bash
# Puts ahead-of-time caches into a .deb that jpackage built (see packaging/aot-cache.sh) and makes
# its command-line launcher a script (packaging/linux/cli-script.sh). The cache
# must be made from the files as they will be installed: the JVM uses it only while the jars keep
# the size and modification time they had in the training run, and jpackage gives its copies new
# times. So the .deb is unpacked as dpkg will install it, trained there, and packed again; dpkg
# keeps every time it unpacks.
# jpackage leaves the .deb uncompressed (DPKG_DEB_COMPRESSOR_TYPE=none, see the pom): it is
# compressed once, here.
# Usage: packaging/linux/deb-aot-cache.sh DEB_OR_FOLDER [SKIP_CACHE] (a .deb, or the folder holding
# one; SKIP_CACHE "true" leaves the caches out)
set -euo pipefail
deb="$1"
skip_cache="${2:-false}"
[ -d "$deb" ] && deb=$(ls "$deb"/*.deb | head -1)
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT

dpkg-deb --raw-extract "$deb" "$tree"
app=$(dirname "$(find "$tree" -path '*/bin/Pothos' -type f | head -1)")/..
if [ "$skip_cache" != true ]; then
  "$here/aot-cache.sh" "$app"
fi
# After the cache: the command-line launcher becomes a script with the options it was trained with.
"$here/linux/cli-script.sh" "$app"

# The package's own lists must name the changed launcher configuration and the new cache.
if [ -f "$tree/DEBIAN/md5sums" ]; then
  (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
fi
size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
DPKG_DEB_COMPRESSOR_TYPE=xz fakeroot dpkg-deb --build "$tree" "$deb" >/dev/null
size=$(du -h "$deb" | cut -f1)
echo "deb-aot-cache: $(basename "$deb"), $size$([ "$skip_cache" = true ] && echo ', without a start-up cache')"
