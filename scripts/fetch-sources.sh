#!/usr/bin/env bash
# Fetches the third-party sources the web build compiles (Dear ImGui 1.86, zlib with minizip)
# from Debian's source packages into build/third_party/, leaving the system's apt configuration
# untouched: apt gets a private source list and state directory (../shared/notes/stack.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/build/third_party"
apt_dir="$dest/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts" "$dest/downloads"

wanted=()
[ -f "$dest/imgui/imgui.h" ] || wanted+=(imgui)
[ -f "$dest/zlib/contrib/minizip/zip.h" ] || wanted+=(zlib)
[ ${#wanted[@]} -eq 0 ] && exit 0

# The machine's own sources, both formats (deb822 .sources files and one-line sources.list),
# turned into source-package entries in a private list.
mkdir -p "$apt_dir/srcparts"
rm -f "$apt_dir/srcparts/"*
for file in /etc/apt/sources.list.d/*.sources; do
  [ -f "$file" ] && sed 's/^Types: deb$/Types: deb-src/' "$file" > "$apt_dir/srcparts/$(basename "$file")"
done
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$file" ] && sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$file" >> "$apt_dir/srcparts/converted.list"
done
opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/srcparts"
      -o "Dir::State::Lists=$apt_dir/lists" -o "Debug::NoLocking=1")
apt-get "${opts[@]}" update -qq
for package in "${wanted[@]}"; do
  (cd "$dest/downloads" && apt-get "${opts[@]}" source --download-only -qq "$package")
  tarball=$(ls "$dest/downloads/${package}_"*.orig.tar.* | head -n 1)
  rm -rf "$dest/$package" "$dest/$package.tmp"
  mkdir -p "$dest/$package.tmp"
  tar -xf "$tarball" -C "$dest/$package.tmp"
  # The tarball holds one top folder (imgui-1.86/, zlib-1.2.13/); give it a stable name.
  mv "$dest/$package.tmp/"* "$dest/$package"
  rmdir "$dest/$package.tmp"
  echo "fetched $package from $(basename "$tarball")"
done
