#!/usr/bin/env bash
# Regenerates rules/data/hanzi.tsv: per character, what the typo rules need to judge whether two characters can
# be confused: toneless pinyin readings, radical, stroke count, four-corner code and the most similar-looking
# characters. Only characters that occur in rules/data/words.tsv or rules/data/divisions.tsv are kept.
# Sources (Maven Central): com.github.houbb:nlp-hanzi-similar (Apache-2.0): hanzi_similar_list.txt (first 12
# entries of each list), nlp/pianpangbushou_2w.txt, nlp/bihuashu_2w.txt, nlp/sijiaobianma_2w.txt;
# com.belerweb:pinyin4j (BSD): pinyindb/unicode_to_hanyu_pinyin.txt.
# Columns: character, pinyin (comma-separated, toneless), radical, strokes, four-corner code, similar characters.
# Usage: rules/data/gen/hanzi.sh   (needs mvn with access to Maven Central, unzip, python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../hanzi.tsv"
similar=1.3.0
pinyin=2.5.1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -q -B dependency:copy -Dartifact="com.github.houbb:nlp-hanzi-similar:$similar" -DoutputDirectory="$tmp" >/dev/null
mvn -q -B dependency:copy -Dartifact="com.belerweb:pinyin4j:$pinyin" -DoutputDirectory="$tmp" >/dev/null
(cd "$tmp" && unzip -oq "nlp-hanzi-similar-$similar.jar" 'hanzi_similar_list.txt' 'nlp/*' \
  && unzip -oq "pinyin4j-$pinyin.jar" 'pinyindb/unicode_to_hanyu_pinyin.txt')
python3 - "$tmp" "$here/../words.tsv" "$here/../divisions.tsv" > "$tmp/body.tsv" <<'PY'
import re, sys
tmp, words, divisions = sys.argv[1:4]
used = set()
for f in (words, divisions):
    for l in open(f, encoding='utf-8'):
        if not l.startswith('#'):
            used.update(c for c in l.split('\t')[0] if '\u3400' <= c <= '\u9fff')
def table(name):
    t = {}
    for l in open(f'{tmp}/{name}', encoding='utf-8'):
        p = l.split()
        if len(p) >= 2:
            t.setdefault(p[0], p[1])
    return t
radical, strokes, corner = table('nlp/pianpangbushou_2w.txt'), table('nlp/bihuashu_2w.txt'), table('nlp/sijiaobianma_2w.txt')
similar = {}
for l in open(f'{tmp}/hanzi_similar_list.txt', encoding='utf-8'):
    p = l.split()
    if len(p) == 2:
        similar[p[0]] = ''.join(c for c in p[1] if c in used)[:12]
pinyin = {}
for l in open(f'{tmp}/pinyindb/unicode_to_hanyu_pinyin.txt', encoding='utf-8'):
    m = re.match(r'([0-9A-F]+) \((.*)\)', l.strip())
    if m:
        readings = sorted({re.sub(r'[0-9]', '', r).replace('u:', 'v') for r in m.group(2).split(',') if r and r != 'none0'})
        pinyin[chr(int(m.group(1), 16))] = ','.join(readings)
for c in sorted(used):
    print('\t'.join([c, pinyin.get(c, ''), radical.get(c, ''), strokes.get(c, ''), corner.get(c, ''), similar.get(c, '')]))
PY
{
  echo "# source: Maven Central com.github.houbb:nlp-hanzi-similar:$similar (similar characters, radicals, strokes, four-corner codes); com.belerweb:pinyin4j:$pinyin (readings)"
  echo "# licence: Apache-2.0 (nlp-hanzi-similar, Copyright houbb); BSD (pinyin4j)"
  echo "# regenerate: rules/data/gen/hanzi.sh"
  echo "# facts: no"
  echo "# columns: character, pinyin, radical, strokes, four-corner code, similar characters; $(wc -l < "$tmp/body.tsv") entries"
  cat "$tmp/body.tsv"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
