#!/usr/bin/env bash
# Builds Second Look for macOS (run on a Mac with a JDK 21+ and Maven): a self-contained .app over a
# jlinked runtime, packed as a .dmg in target/dist/. Unsigned; sign and notarise with your own
# Developer ID (--mac-sign --mac-signing-key-user-name ...) before giving it to people.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
common="$here/../common"
root=$(cd "$here/../.." && pwd)
cd "$root"
jdk=${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

mvn -B -q -DskipTests package
rm -rf target/dist target/jpackage-input target/runtime
mkdir -p target/dist target/jpackage-input
cp target/second-look.jar target/jpackage-input/

"$jdk/bin/jlink" --add-modules "$(tr '\n' ',' < "$common/modules.txt" | sed 's/,$//')" \
  --strip-debug --no-man-pages --no-header-files --include-locales=en,es \
  --add-options="$(tr '\n' ' ' < "$common/runtime-options.txt")" \
  --generate-cds-archive --output target/runtime

"$jdk/bin/jpackage" @"$common/jpackage.args" @"$common/launcher.args" @"$here/dmg.args" \
  --type dmg --app-version "$version" --runtime-image target/runtime \
  --input target/jpackage-input --dest target/dist --icon assets/icon.icns
ls -la target/dist
