#!/usr/bin/env bash
# Gives an app image an ahead-of-time cache (JDK 25: JEP 483, 514, 515), the classes its start-up
# loads already parsed, linked and profiled: one training run with the app image's own runtime,
# class path and options (`--train-startup`: a new library in a temporary folder, an import,
# thumbnails, list, show and stats, and the window until its first screen of thumbnails is drawn,
# under Xvfb when there is no display), then the launcher is set to use the cache. The cache belongs
# to this runtime and these jars; a launcher whose files changed starts without it.
# Usage: packaging/aot-cache.sh APP_IMAGE (the folder jpackage made, e.g. target/jpackage/image/Pothos)
set -euo pipefail
image="$1"
cfg=$(find "$image" -name 'Pothos.cfg' | head -1)
java=$(find "$image" -path '*runtime*' -name java -type f | head -1)
[ -n "$cfg" ] && [ -n "$java" ] || { echo "aot-cache: no launcher configuration or runtime in $image" >&2; exit 1; }
appdir=$(cd "$(dirname "$cfg")" && pwd)
cache="$appdir/pothos.aot"

# The class path and options exactly as the launcher passes them: the cache is only used by a JVM
# started with the same class path.
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|g" | paste -sd: -)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$appdir|g")
run=("$java" "${options[@]}" "-XX:AOTCacheOutput=$cache" -cp "$classpath" "$main" --train-startup)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}")
fi

# A scratch home: the run must not touch the builder's settings or JavaFX cache.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$cache"
HOME="$scratch" "${run[@]}"
[ -s "$cache" ] || { echo "aot-cache: the training run wrote no cache" >&2; exit 1; }

# The launcher uses it from now on; its log lines are silenced so that a cache the JVM cannot use
# (files changed after installation) costs start-up time, never a message in the command's output.
sed -i '/^java-options=-XX:AOTCache=/d; /^java-options=-Xlog:aot=off/d; /^java-options=-Xlog:cds=off/d' "$cfg"
printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/pothos.aot' 'java-options=-Xlog:aot=off' 'java-options=-Xlog:cds=off' >> "$cfg"
echo "aot-cache: $(du -h "$cache" | cut -f1) cache for $(basename "$image")"
