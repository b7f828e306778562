#!/usr/bin/env bash
# False alarms on clean text: lints a directory of reports that are known to be (essentially) defect-free, e.g.
# published government work reports, and prints the error and warning findings per 10 000 characters by rule,
# then the findings themselves. Every error or warning on clean text is a false alarm unless it is real residue
# (page furniture of a scraped web page, a genuine slip of the original). Info findings are not counted.
# Usage: bench/false-alarms.sh DIR [reportlint check options, e.g. --rule noise.page-furniture=off]
# (builds the jar first if it is missing; runs without the configuration file unless -c is given)
set -euo pipefail
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: bench/false-alarms.sh DIR [check options]" >&2
  exit 2
fi
dir=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$root/target/reportlint.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)
out=$(mktemp "${TMPDIR:-/tmp}/false-alarms.XXXXXX.json")
trap 'rm -f "$out"' EXIT
config=--no-config
for a in "$@"; do
  case $a in -c|--config|--config=*) config= ;; esac
done
status=0
"$root/reportlint" check "$dir" $config --format json -o "$out" --fail-on never -q "$@" || status=$?
[ -s "$out" ] || exit "$status"  # a usage or configuration error: nothing was linted
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$root/target/reportlint.jar" "$root/bench/FalseAlarms.java" "$out"
