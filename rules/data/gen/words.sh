#!/usr/bin/env bash
# Regenerates rules/data/words.tsv: the Chinese word list of jieba (cppjieba's jieba.dict.utf8, MIT licence),
# as shipped in the npm package nodejieba. Columns: word, corpus frequency, part-of-speech tag (ICTCLAS set).
# Usage: rules/data/gen/words.sh   (needs npm and network access to the npm registry)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../words.tsv"
version=3.5.8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "nodejieba@$version" >/dev/null && tar xzf "nodejieba-$version.tgz")
dict="$tmp/package/submodules/cppjieba/dict/jieba.dict.utf8"
{
  echo "# source: jieba dictionary (cppjieba dict/jieba.dict.utf8) from npm package nodejieba@$version"
  echo "# licence: MIT (nodejieba, cppjieba: Copyright (c) 2013 Yanyi Wu)"
  echo "# regenerate: rules/data/gen/words.sh"
  echo "# facts: no"
  echo "# columns: word, frequency, part of speech; $(wc -l < "$dict") entries"
  awk 'NF == 3 { printf "%s\t%s\t%s\n", $1, $2, $3 }' "$dict" | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -u
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
