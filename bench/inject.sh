#!/usr/bin/env sh
# Defect-injection benchmark (bench/inject.py): inject known defects into clean reports, lint, score per kind.
# Usage: bench/inject.sh CLEAN_DIR [options]   (bench/inject.sh --help for the options)
# Builds the jar first when it is missing or older than the sources (set NO_BUILD=1 to skip).
set -eu
DIR=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ -z "${NO_BUILD:-}" ]; then
  JAR="$DIR/target/reportlint.jar"
  if [ ! -f "$JAR" ] || [ -n "$(find "$DIR/src/main" "$DIR/pom.xml" -newer "$JAR" -print -quit)" ]; then
    (cd "$DIR" && mvn -q -B package -DskipTests) >&2
  fi
fi
exec python3 "$DIR/bench/inject.py" "$@"
