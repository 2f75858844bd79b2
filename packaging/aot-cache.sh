#!/usr/bin/env bash
# Gives each launcher of an app image an ahead-of-time cache (JDK 25: JEP 483, 514, 515), the classes
# its start-up loads already parsed, linked and profiled: one training run with the app image's own
# runtime, class path and options (`--train-startup`: a new library in a temporary folder, an import,
# thumbnails, list, show and stats), then the launcher is set to use its cache.
# - The window's launcher (Pothos) trains the window too, until its first screen of thumbnails is
#   drawn (under Xvfb when there is no display).
# - The command line's launcher (pothos-cli) trains the commands alone. A JVM loads every class of
#   its cache at start: the window's 17,000 classes (JavaFX, its skins and CSS) cost each command
#   about 0.25 s, so the commands have a cache of their own.
# A cache belongs to this runtime and these jars; a launcher whose files changed starts without it.
# Usage: packaging/aot-cache.sh APP_IMAGE (the folder jpackage made, e.g. target/jpackage/image/Pothos)
set -euo pipefail
image="$1"
java=$(find "$image" -path '*runtime*' -name java -type f | head -1)
[ -n "$java" ] || { echo "aot-cache: no runtime in $image" >&2; exit 1; }
main_cfg=$(find "$image" -name 'Pothos.cfg' | head -1)
[ -n "$main_cfg" ] || { echo "aot-cache: no launcher configuration in $image" >&2; exit 1; }
appdir=$(cd "$(dirname "$main_cfg")" && pwd)

# A scratch home: the runs must not touch the builder's settings or JavaFX cache.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for cfg in "$appdir"/*.cfg; do
  launcher=$(basename "$cfg" .cfg)
  cache="$appdir/${launcher,,}.aot"
  # The class path and options exactly as the launcher passes them: the cache is only used by a JVM
  # started with the same class path.
  classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|g" | paste -sd: -)
  main=$(sed -n 's/^app.mainclass=//p' "$cfg")
  mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Xlog:' \
    | sed "s|\$APPDIR|$appdir|g")
  run=("$java" "${options[@]}" "-XX:AOTCacheOutput=$cache" -cp "$classpath" "$main" --train-startup)
  if [[ "$launcher" == *-cli ]]; then
    run=(env -u DISPLAY -u WAYLAND_DISPLAY "${run[@]}")
  elif [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}")
  fi
  rm -f "$cache"
  HOME="$scratch" "${run[@]}"
  [ -s "$cache" ] || { echo "aot-cache: the training run of $launcher wrote no cache" >&2; exit 1; }

  # The launcher uses it from now on. The JVM's own log goes to stderr, errors only, and says nothing
  # of the cache: by default it prints warnings to stdout, into a command's output (`list --json`),
  # and a cache it cannot use (files changed after installation) should cost start-up time, never a
  # message.
  sed -i '/^java-options=-XX:AOTCache=/d; /^java-options=-Xlog:/d' "$cfg"
  printf '%s\n' "java-options=-XX:AOTCache=\$APPDIR/$(basename "$cache")" 'java-options=-Xlog:disable' \
    'java-options=-Xlog:all=error,aot*=off,cds*=off:stderr' >> "$cfg"
  echo "aot-cache: $(du -h "$cache" | cut -f1) cache for the launcher $launcher"
done
