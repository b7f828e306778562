#!/usr/bin/env bash
# Regenerates src/test/resources/schemas/sarif-2.1.0-rtm.5.json, the SARIF 2.1.0 JSON schema the SARIF output is
# validated against in SarifFormatterTest. Source: the npm package @microsoft/jest-sarif (MIT, Microsoft's SARIF
# SDK for JavaScript), which ships the SARIF 2.1.0 schema as of rtm.5, the release the OASIS 2.1.0 standard was
# approved from. No npm package was found that ships the OASIS-hosted sarif-schema-2.1.0.json file itself.
# Usage: scripts/fetch-sarif-schema.sh   (needs npm and the npm registry)
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=@microsoft/jest-sarif
version=1.0.0-beta.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null && tar xzf ./*.tgz)
out=src/test/resources/schemas
cp "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$out/sarif-2.1.0-rtm.5.json"
integrity=$(cd "$tmp" && npm view "$pkg@$version" dist.integrity 2>/dev/null || true)
sha=$(sha256sum "$out/sarif-2.1.0-rtm.5.json" | cut -d' ' -f1)
cat > "$out/sarif-2.1.0-rtm.5.json.source" <<SRC
file: sarif-2.1.0-rtm.5.json
source: npm package $pkg@$version, path lib/schemas/sarif-2.1.0-rtm.5.json
licence: MIT (package.json of $pkg)
package integrity: $integrity
sha256: $sha
regenerate: scripts/fetch-sarif-schema.sh
SRC
echo "wrote $out/sarif-2.1.0-rtm.5.json ($sha)"
