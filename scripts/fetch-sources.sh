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

sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/*.sources > "$apt_dir/sources.sources"
opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/srcparts"
      -o "Dir::State::Lists=$apt_dir/lists" -o "Debug::NoLocking=1")
mkdir -p "$apt_dir/srcparts"
cp "$apt_dir/sources.sources" "$apt_dir/srcparts/debian.sources"
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
