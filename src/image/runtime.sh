#!/usr/bin/env bash
# The Java runtime of the ksa container image, made from what the build machine already has, because no base image
# can be pulled here (only Maven Central and Debian packages are reachable): jlink cuts a runtime with the modules ksa
# and its libraries use out of the JDK that runs Maven, then the shared libraries that runtime and the native
# libraries shipped in the jars (Helm, JNA) link against are copied from this machine (glibc, libstdc++, libz), each
# at the path its loader looks for. Jib lays ksa over it on an empty ("scratch") base, so the image has nothing else:
# no shell, no package manager. Usage: runtime.sh OUTPUT_DIR LIB_DIR
set -euo pipefail
out="$1"
libs="$(cd "$2" && pwd)"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# The modules of ksa and its libraries (jdeps over target/lib gives these; the crypto and DNS providers are loaded by
# name, so jdeps does not see them).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.security.jgss,java.sql,java.xml
modules=$modules,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.unsupported,jdk.zipfs,jdk.localedata

if [ ! -x "$java_home/bin/jlink" ]; then
  echo "runtime.sh: no jlink in $java_home: the container image needs a JDK with jmods (Debian: openjdk-17-jdk-headless);" \
    "build without the image with -Dksa.skipImage" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp"
# java.desktop is there for java.beans only: its window, font, image and sound libraries (X11 and friends) are left out.
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,ko --strip-debug --no-man-pages --no-header-files \
  --exclude-files='**libawt_xawt.so,**libsplashscreen.so,**libjawt.so,**libjsound.so,**libfontmanager.so,**liblcms.so,**libjavajpeg.so,**libmlib_image.so' \
  --compress=2 --output "$out/opt/java" 2>/dev/null

natives="$(mktemp -d)"
trap 'rm -rf "$natives"' EXIT
for jar in "$libs"/*.jar; do
  entries="$("$java_home/bin/jar" tf "$jar" | grep '\.so$' || true)"
  if [ -n "$entries" ]; then
    mkdir -p "$natives/$(basename "$jar")"
    # shellcheck disable=SC2086 # one entry per word
    (cd "$natives/$(basename "$jar")" && "$java_home/bin/jar" xf "$jar" $entries)
  fi
done
# ldd fails on files that are not dynamic executables (a script, a static library): those need nothing.
find "$out/opt/java" "$natives" -type f \( -name '*.so' -o -path "$out/opt/java/bin/*" \) -print0 |
  { xargs -0 -n1 ldd 2>/dev/null || true; } |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
  { grep -v -e "^$out/" -e "^$natives/" || true; } |
  sort -u > "$natives/needed"
while read -r library; do
  mkdir -p "$out$(dirname "$library")"
  cp -L "$library" "$out$library"
done < "$natives/needed"
[ -s "$out/lib64/ld-linux-x86-64.so.2" ] || { echo "runtime.sh: no dynamic loader found for the image (ldd missing?)" >&2; exit 1; }

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
nonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
nonroot:x:65532:
GROUP
echo "ksa: Java runtime for the image in $out ($(du -sh "$out" | cut -f1))"
