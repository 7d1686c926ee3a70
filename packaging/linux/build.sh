#!/usr/bin/env bash
# Builds Second Look for Linux: a self-contained app image (jlinked runtime, no JDK needed to run
# it) with a CDS archive for a faster start, a .deb, and a .tar.gz of the image.
#   packaging/linux/build.sh            -> target/dist/SecondLook/, target/dist/*.deb, *.tar.gz
#   packaging/linux/build.sh --image    -> the app image and tar.gz only (no .deb)
# Needs a JDK 21+ (JAVA_HOME or the newest under /usr/lib/jvm), Maven, and for the .deb: fakeroot, dpkg-deb.
# The CDS archive is made by starting the app once with --startup-probe: under Xvfb if there is no display.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
common="$here/../common"
root=$(cd "$here/../.." && pwd)
cd "$root"

only_image=false
[ "${1:-}" = "--image" ] && only_image=true

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    echo "$JAVA_HOME"; return
  fi
  local best="" java
  for java in /usr/lib/jvm/*/bin/jpackage; do
    local home=${java%/bin/jpackage}
    "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && best=$home
  done
  [ -n "$best" ] || { echo "build.sh: no JDK 21+ with jpackage found; set JAVA_HOME" >&2; exit 2; }
  echo "$best"
}
jdk=$(pick_jdk)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist=target/dist
input=target/jpackage-input
echo "Using JDK $jdk, version $version"

mvn -B -q -DskipTests package
rm -rf "$dist" "$input" target/runtime
mkdir -p "$dist" "$input"
cp target/second-look.jar "$input/"

# Only the JDK modules Second Look uses; JavaFX travels inside the jar.
"$jdk/bin/jlink" --add-modules "$(cat "$common/modules.txt" | tr '\n' ',' | sed 's/,$//')" \
  --strip-debug --no-man-pages --no-header-files --include-locales=en,es \
  --add-options="$(tr '\n' ' ' < "$common/runtime-options.txt")" \
  --generate-cds-archive --output target/runtime

"$jdk/bin/jpackage" @"$common/jpackage.args" @"$common/launcher.args" \
  --type app-image --app-version "$version" --runtime-image target/runtime \
  --input "$input" --dest "$dist" --icon assets/png/icon-256.png

image="$dist/SecondLook"
app="$image/lib/app"

# A CDS archive of the app's classes loaded up to the first frame, on top of the runtime's own
# archive of JDK classes (jlink bakes the JVM options in, so both archives agree with every start).
probe() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else
    command -v xvfb-run >/dev/null || { echo "build.sh: install xvfb (apt-get install xvfb) to create the CDS archive" >&2; exit 2; }
    xvfb-run -a "$@"
  fi
}
java="$image/lib/runtime/bin/java"
probe "$java" -XX:ArchiveClassesAtExit="$app/second-look.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$app/second-look.jar" org.secondlook.app.Launcher --startup-probe >/dev/null
# A moved image (an unpacked tar.gz, an installed .deb) no longer matches the archive's recorded
# jar path; the JVM then quietly uses the runtime's own archive instead, which still speeds start-up.
echo "java-options=-XX:SharedArchiveFile=\$APPDIR/second-look.jsa" >> "$app/SecondLook.cfg"
echo "java-options=-Xlog:cds=off,cds+dynamic=off" >> "$app/SecondLook.cfg"

echo "Smoke test: $(probe "$image/bin/SecondLook" --startup-probe)"

tar -C "$dist" -czf "$dist/second-look-$version-linux-x64.tar.gz" SecondLook
if ! $only_image; then
  "$jdk/bin/jpackage" @"$common/jpackage.args" @"$here/deb.args" \
    --type deb --app-version "$version" --app-image "$image" --dest "$dist"
fi
ls -la "$dist"
