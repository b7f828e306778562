#!/usr/bin/env bash
# Regenerates rules/data/misspellings.tsv: common wrong words and their correct forms.
#  1. data/word_checker_zh.txt of Maven Central com.github.houbb:word-checker (Apache-2.0), reviewed: the pairs
#     listed in misspellings-dropped.txt are left out (the "wrong" form is standard or an accepted variant in
#     official prose, the "fix" is itself wrong, or a two-character form also occurs inside ordinary words).
#  2. Derived from rules/data/words.tsv (jieba, MIT): words written with 著 whose 着 spelling, a frequent wrong
#     conversion from traditional text (顯著 -> 显着), is at least 100 times rarer in jieba (显着 -> 显著).
#  3. The two-character core of a source phrase with one wrong character, where jieba knows the right core as a
#     common word (frequency >= 300) and the wrong one hardly (< 5): 布署已定 -> 布署 -> 部署, 劳动锻练 -> 锻练;
#     reviewed like step 1 (misspellings-dropped.txt).
# Columns: wrong form, correct form (first of the source's alternatives), origin.
# Usage: rules/data/gen/misspellings.sh   (needs mvn with access to Maven Central, unzip, python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../misspellings.tsv"
version=1.1.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -q -B dependency:copy -Dartifact="com.github.houbb:word-checker:$version" -DoutputDirectory="$tmp" >/dev/null
jar="$tmp/word-checker-$version.jar"
unzip -p "$jar" data/word_checker_zh.txt > "$tmp/source.txt"
python3 - "$tmp/source.txt" "$here/misspellings-dropped.txt" "$here/../words.tsv" > "$tmp/body.tsv" <<'PY'
import sys
source, dropped, words = sys.argv[1:4]
drop = {l.split('\t')[0] for l in open(dropped, encoding='utf-8') if l.strip() and not l.startswith('#')}
freq = {}
for l in open(words, encoding='utf-8'):
    if not l.startswith('#'):
        w, f = l.rstrip('\n').split('\t')[:2]
        freq[w] = int(f)
rows = {}
for l in open(source, encoding='utf-8'):
    parts = l.split()
    if len(parts) != 2 or parts[0] in drop:
        continue
    wrong, right = parts[0], parts[1].split(',')[0]
    if wrong != right:
        rows.setdefault(wrong, (right, 'word-checker'))
for wrong, (right, origin) in list(rows.items()):
    diff = [i for i in range(len(wrong)) if len(wrong) == len(right) and wrong[i] != right[i]]
    if origin != 'word-checker' or len(diff) != 1:
        continue
    i = diff[0]
    for s in range(max(0, i - 1), min(i, len(right) - 2) + 1):
        core_right, core_wrong = right[s:s + 2], wrong[s:s + 2]
        if core_right != right and freq.get(core_right, 0) >= 300 and freq.get(core_wrong, 0) < 5 \
                and core_wrong not in rows and core_wrong not in drop:
            rows[core_wrong] = (core_right, 'word-checker core')
            break
for w, f in freq.items():
    if '著' in w and f >= 100:
        v = w.replace('著', '着')
        if v not in rows and freq.get(v, 0) * 100 <= f:
            rows[v] = (w, 'jieba 著/着')
for wrong in sorted(rows):
    print(f'{wrong}\t{rows[wrong][0]}\t{rows[wrong][1]}')
PY
{
  echo "# source: Maven Central com.github.houbb:word-checker:$version data/word_checker_zh.txt (reviewed, see gen/misspellings-dropped.txt); 著/着 pairs derived from rules/data/words.tsv (jieba)"
  echo "# licence: Apache-2.0 (word-checker, Copyright houbb); MIT (jieba)"
  echo "# regenerate: rules/data/gen/misspellings.sh"
  echo "# facts: no"
  echo "# columns: wrong form, correct form, origin; $(wc -l < "$tmp/body.tsv") entries"
  cat "$tmp/body.tsv"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
