#!/usr/bin/env bash
# Replaces jpackage's binary launcher bin/pothos-cli of an app image with a shell script that starts
# the same JVM with the same class path and options (those of lib/app/pothos-cli.cfg, cache
# included). jpackage's Linux launcher asks `rpm -qf` and `dpkg -S` at every start which package
# owns it (and `dpkg -L` for its files when one does), about 0.2 s on two cores: as much as the rest
# of `pothos-cli --version`. The window's launcher (bin/Pothos, the menu entry's) stays jpackage's.
# Usage: packaging/linux/cli-script.sh APP_IMAGE (the folder holding bin/ and lib/)
set -euo pipefail
image="$1"
cfg="$image/lib/app/pothos-cli.cfg"
[ -f "$cfg" ] || { echo "cli-script: no $cfg" >&2; exit 1; }
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
# $APPDIR stays a variable of the script, set where it runs; the class path keeps the cfg's order,
# which the start-up cache was made with.
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/.*/  "&" \\/')

{
  echo '#!/bin/sh'
  echo '# Pothos on the command line (written at packaging by packaging/linux/cli-script.sh from'
  echo '# lib/app/pothos-cli.cfg). The window is bin/Pothos.'
  # shellcheck disable=SC2016
  echo 'APPDIR=$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd)'
  echo 'exec "$APPDIR/../runtime/bin/java" \'
  printf '%s\n' "$options"
  echo "  -cp \"$classpath\" \\"
  echo "  $main \"\$@\""
} > "$image/bin/pothos-cli.new"
# The cfg's $APPDIR references become the script's variable.
sed -i 's/\$APPDIR/${APPDIR}/g' "$image/bin/pothos-cli.new"
chmod 755 "$image/bin/pothos-cli.new"
mv "$image/bin/pothos-cli.new" "$image/bin/pothos-cli"
