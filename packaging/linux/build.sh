#!/usr/bin/env bash
# Builds Second Look for Linux: a self-contained app image (jlinked runtime, no JDK needed to run
# it) with an AOT cache for a faster start, a .deb, and a .tar.gz of the image.
#   packaging/linux/build.sh            -> target/dist/SecondLook/, target/dist/*.deb, *.tar.gz
#   packaging/linux/build.sh --image    -> the app image and tar.gz only (no .deb)
# Needs a JDK 21+ (JAVA_HOME or the newest under /usr/lib/jvm), Maven, and for the .deb: fakeroot, dpkg-deb.
# The AOT cache (JDK 25+) is recorded by a training run of the app (--aot-training): under Xvfb if there is no display.
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

# The launcher (packaging/common/launcher.args) runs the JIT's first tier only: at start the optimising tier compiled
# eagerly, from the cache's method profiles too, and cost about 1.3 s of CPU before the first frame on 2 cores, more
# than it gave back in a window that mostly waits for the person. The training run uses the same setting.

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

probe() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else
    command -v xvfb-run >/dev/null || { echo "build.sh: install xvfb (apt-get install xvfb) to record the AOT cache" >&2; exit 2; }
    xvfb-run -a "$@"
  fi
}
java="$image/lib/runtime/bin/java"
app=$(cd "$app" && pwd) # the cache records the jar's path, which must be the one the launcher gives: absolute

# An AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) recorded by the image's own java while
# the app opens its window and walks every step (--aot-training, which uses a throw-away data folder and exits).
# It replaces the app's former CDS archive; the runtime keeps jlink's CDS archive of JDK classes, which still speeds a
# start where the AOT cache cannot be used. A moved image (an unpacked tar.gz, an installed .deb) still uses it; a JVM
# or jar that does not match it is refused by the JVM, and AOTMode=auto then starts quietly without it.
if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  probe "$java" -XX:AOTCacheOutput="$app/second-look.aot" -XX:TieredStopAtLevel=1 -Xlog:aot=error,cds=error \
    -cp "$app/second-look.jar" org.secondlook.app.Launcher --aot-training >/dev/null
  echo "java-options=-XX:AOTCache=\$APPDIR/second-look.aot" >> "$app/SecondLook.cfg"
  echo "java-options=-XX:AOTMode=auto" >> "$app/SecondLook.cfg"
  echo "java-options=-Xlog:aot=off,cds=off,cds+dynamic=off" >> "$app/SecondLook.cfg"
else
  echo "build.sh: $jdk has no AOT cache (JDK 25+ needed); the image starts without one" >&2
fi

# jpackage's native launcher asks rpm and dpkg which package owns it, twice, at every start: about 0.5 s of CPU and
# 1-2 s on a busy machine before the JVM starts. This launcher starts the image's runtime with the same settings (the
# class path, main class and JVM options jpackage wrote into SecondLook.cfg, with $APPDIR) and nothing else.
launcher_options=$(sed -n 's/^java-options=\(.*\)$/"\1"/p' "$app/SecondLook.cfg" | tr '\n' ' ')
classpath=$(sed -n 's/^app.classpath=//p' "$app/SecondLook.cfg")
main_class=$(sed -n 's/^app.mainclass=//p' "$app/SecondLook.cfg")
cat > "$image/bin/SecondLook" <<LAUNCHER
#!/bin/sh
# Starts Second Look on the runtime in this image, with the settings of lib/app/SecondLook.cfg (see packaging/linux/build.sh).
root=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
APPDIR="\$root/lib/app"
exec "\$root/lib/runtime/bin/java" $launcher_options -cp "$classpath" $main_class "\$@"
LAUNCHER
chmod 755 "$image/bin/SecondLook"

smoke=$(probe "$image/bin/SecondLook" --startup-probe 2>&1)
grep -q '^first-frame-ms=' <<<"$smoke" || { echo "build.sh: the app image does not start:" >&2; echo "$smoke" >&2; exit 1; }
echo "Smoke test: $smoke"

tar -C "$dist" -czf "$dist/second-look-$version-linux-x64.tar.gz" SecondLook
if ! $only_image; then
  "$jdk/bin/jpackage" @"$common/jpackage.args" @"$here/deb.args" \
    --type deb --app-version "$version" --app-image "$image" --dest "$dist"
fi
ls -la "$dist"
