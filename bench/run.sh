#!/usr/bin/env bash
# Benchmark: cold wall time of the launcher on the whole corpus (median of N runs) and warm throughput.
# Usage: bench/run.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f target/reportlint.jar ] || mvn -q -B package -DskipTests
./reportlint check reports-under-test --format json -o /dev/null --fail-on never  # first run may write caches
times=()
for _ in $(seq "$runs"); do
  s=$(date +%s%N)
  ./reportlint check reports-under-test --format json -o /dev/null --fail-on never
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
echo "cold: median ${median} ms over ${runs} runs (all: $(echo $sorted | tr '\n' ' '))"
java -Dfile.encoding=UTF-8 -cp target/reportlint.jar bench/Warm.java 20 reports-under-test
