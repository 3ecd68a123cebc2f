#!/usr/bin/env bash
# Fetches the third-party sources the web build compiles (Dear ImGui 1.86, zlib with minizip, and
# Nayuki's QR Code generator for the result picture's QR code)
# from Debian's source packages into build/third_party/ (or $SX_THIRD_PARTY), leaving the system's
# apt configuration untouched: apt gets a private source list and state directory
# (../shared/notes/stack.md). Each package is pinned to one Debian source version and the SHA-256
# of its .orig tarball; anything else stops the script before it unpacks.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${SX_THIRD_PARTY:-$root/build/third_party}"
case "$dest" in /*) ;; *) dest="$root/$dest" ;; esac

# package, Debian source version (with its epoch), .orig tarball, its SHA-256. To update one:
# review the new upstream release, then take the version and the hash from the new .dsc
# (Checksums-Sha256) and check the hash with sha256sum on the downloaded tarball.
pins=(
  "imgui 1.86+ds-1 imgui_1.86+ds.orig.tar.xz 0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64"
  "zlib 1:1.2.13.dfsg-1 zlib_1.2.13.dfsg.orig.tar.bz2 71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
  "qr-code-generator 1.8.0-1.1 qr-code-generator_1.8.0.orig.tar.gz 2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60"
)
# A file that shows the package is unpacked.
marker() { case "$1" in imgui) echo imgui.h ;; zlib) echo contrib/minizip/zip.h ;; qr-code-generator) echo c/qrcodegen.c ;; esac; }

apt_dir="$dest/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts" "$dest/downloads"

fail() {
  printf 'fetch-sources: %s\n' "$@" >&2
  exit 1
}
hint=("  Nothing was unpacked. If Debian changed this on purpose: review the new upstream source, then"
      "  update this package's pin at the top of scripts/fetch-sources.sh (version, tarball, sha256).")

# The stamp records what an unpacked folder came from; a folder with another stamp is fetched again.
wanted=()
for pin in "${pins[@]}"; do
  read -r package version tarball sha256 <<<"$pin"
  stamp="$dest/$package/.sx-source"
  [ -f "$dest/$package/$(marker "$package")" ] || { wanted+=("$pin"); continue; }
  if [ -f "$stamp" ]; then
    [ "$(cat "$stamp")" = "$package $version $tarball $sha256" ] || wanted+=("$pin")
  elif [ -f "$dest/downloads/$tarball" ] &&
       [ "$(sha256sum "$dest/downloads/$tarball" | cut -d' ' -f1)" = "$sha256" ]; then
    # Unpacked before the pins existed, from the pinned tarball: record it.
    echo "$package $version $tarball $sha256" > "$stamp"
  else
    wanted+=("$pin")
  fi
done
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

for pin in "${wanted[@]}"; do
  read -r package version tarball sha256 <<<"$pin"
  # package=version: apt fetches exactly that version (and checks every file against the signed index).
  # Only the .dsc and the pinned tarball are used: a mirror that lacks the Debian packaging
  # (.debian.tar.xz, as for qr-code-generator) fails apt's download but still gave those two, which
  # are checked below against the pin and the .dsc.
  if ! (cd "$dest/downloads" && apt-get "${opts[@]}" source --download-only -qq "$package=$version") &&
     ! { [ -f "$dest/downloads/${package}_${version#*:}.dsc" ] && [ -f "$dest/downloads/$tarball" ]; }; then
    available=$(apt-cache "${opts[@]}" showsrc "$package" 2>/dev/null | sed -n 's/^Version: //p' | sort -u | paste -sd' ' -)
    fail "$package: Debian's archive does not offer the pinned source version." \
         "  expected version: $version" \
         "  versions offered: ${available:-none}" "${hint[@]}"
  fi
  dsc="$dest/downloads/${package}_${version#*:}.dsc"
  [ -f "$dsc" ] || fail "$package: apt did not leave $dsc." "  Nothing was unpacked."
  dsc_version=$(sed -n 's/^Version: //p' "$dsc")
  [ "$dsc_version" = "$version" ] ||
    fail "$package: the downloaded .dsc is for another version." \
         "  expected version: $version" "  actual version:   $dsc_version" "${hint[@]}"
  [ -f "$dest/downloads/$tarball" ] ||
    fail "$package $version: the pinned tarball $tarball is not among the files apt downloaded:" \
         "  $(sed -n '/^Checksums-Sha256:/,/^[^ ]/s/^ [0-9a-f]* [0-9]* //p' "$dsc" | paste -sd' ' -)" "${hint[@]}"
  actual=$(sha256sum "$dest/downloads/$tarball" | cut -d' ' -f1)
  listed=$(awk -v f="$tarball" '/^Checksums-Sha256:/ { s = 1; next } /^[^ ]/ { s = 0 } s && $3 == f { print $1 }' "$dsc")
  if [ "$actual" != "$sha256" ] || [ "$listed" != "$sha256" ]; then
    fail "$package $version: the SHA-256 of $tarball does not match the pin." \
         "  expected sha256: $sha256" \
         "  actual sha256:   $actual (the .dsc lists ${listed:-nothing})" \
         "  file: $dest/downloads/$tarball" "${hint[@]}"
  fi
  rm -rf "$dest/$package" "$dest/$package.tmp"
  mkdir -p "$dest/$package.tmp"
  tar -xf "$dest/downloads/$tarball" -C "$dest/$package.tmp"
  # The tarball holds one top folder (imgui-1.86/, zlib-1.2.13/, QR-Code-generator-1.8.0/); give it
  # a stable name.
  mv "$dest/$package.tmp/"* "$dest/$package"
  rmdir "$dest/$package.tmp"
  echo "$package $version $tarball $sha256" > "$dest/$package/.sx-source"
  echo "fetched $package $version from $tarball (sha256 $sha256)"
done
