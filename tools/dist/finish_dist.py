#!/usr/bin/python3
"""Turns the build's stage folder into the folder a web server serves (web/DEPLOY.md).

- every file but the pages gets its content's hash in its name (app.js -> app.<hash>.js), so a
  server may cache it for a year;
- the pages other than index.html (policy.html, checklist.html: addresses people link to and
  print) keep their names like it, and refer to the hashed names of what they use; so does the
  web app manifest (app.webmanifest), which is hashed after the icons it names;
- index.html refers to the hashed names, and lists the loader's files for it in the data-files
  and data-version attributes of its <script> element (no inline script: the CSP forbids it);
- with an address in web/public_url.txt, index.html's share picture (og:image) is given by it,
  as chat apps need, and og:url is that address;
- sw.js (web/sw.js) gets the build's version and the files to keep for offline use;
- manifest.json maps each logical name to its file and size, for tests, tools and people;
- the scripts the page loads first (sx.js, app.js) and the result picture's are minified
  (tools/dist/minify.cjs, Debian's uglify-js): a quarter of the first download was comments;
- every file gets a .br (brotli -q 11) and a .gz (gzip -9 -n) twin, for servers that send
  precompressed files;
- whatever an earlier build left in the folder is removed.

Usage: finish_dist.py --stage DIR --web DIR --out DIR
"""
import argparse
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HASH_CHARS = 10
MINIFIED = ("sx.js", "app.js", "picture.js")  # support.js stays as written: old browsers parse it
NODE_MODULES = "/usr/share/nodejs"  # where Debian's node-uglify-js is
PAGES = ".html"  # pages keep their names (index.html, policy.html, …); so do sw.js and manifest.json
COMPRESSED = (".html", ".js", ".css", ".wasm", ".ttf", ".json", ".webmanifest")
LOADED = (".js", ".wasm", ".ttf")      # what web/loader.js may fetch, listed in data-files
# An attribute naming a file, with an optional #fragment: href="policy.html#第五条".
REFERENCE = re.compile(r'\b(href|src|content)="([^"#]*)(#[^"]*)?"')


def fail(message):
    sys.exit(f"finish_dist.py: {message}")


def digest(data, chars=HASH_CHARS):
    return hashlib.sha256(data).hexdigest()[:chars]


def hashed_name(logical, data):
    path = pathlib.PurePosixPath(logical)
    return str(path.with_name(f"{path.stem}.{digest(data)}{path.suffix}"))


def rewrite_references(text, files):
    """Points href, src and content attributes that name a file at its hashed name."""
    def replace(match):
        name = match.group(2)
        if name not in files:
            return match.group(0)
        return f'{match.group(1)}="{files[name]["file"]}{match.group(3) or ""}"'
    return REFERENCE.sub(replace, text)


def rewrite_manifest(text, files):
    """The web app manifest's icons (any string naming a file) under their hashed names."""
    def walk(value):
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return files[value]["file"] if isinstance(value, str) and value in files else value
    return json.dumps(walk(json.loads(text)), indent=2, ensure_ascii=False) + "\n"


def check_policy(name, text):
    """What the Content-Security-Policy (web/csp.txt) would refuse in a page."""
    if re.search(r"<script(?![^>]*\bsrc=)", text):
        fail(f"{name} has an inline script, which the Content-Security-Policy forbids")
    if re.search(r"<[^>]+\sstyle=", text) or re.search(r"<style", text):
        fail(f'{name} has a <style> block or a style="" attribute; put it in a stylesheet')
    if re.search(r'\b(src|href)="(/|https?:)', text):
        fail(f"{name} has an absolute address; every address is relative")


def finish_pages(pages, files, contents):
    """The pages other than index.html, pointed at the hashed names of what they use."""
    for name, text in pages.items():
        text = rewrite_references(text, files)
        check_policy(name, text)
        contents[name] = text.encode()


def public_url(web):
    """The address the folder is published at (web/public_url.txt: '#' lines are comments), or ''."""
    path = web / "public_url.txt"
    if not path.exists():
        return ""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.strip().startswith("#")]
    if len(lines) > 1 or (lines and not re.fullmatch(r"https?://[^\s\"'<>]+/", lines[0])):
        fail("web/public_url.txt holds one address, starting http:// or https:// and ending in /")
    return lines[0] if lines else ""


def rewrite_index(text, files, version, url=""):
    """Points href/src/content attributes at the hashed names and hands the loader's to it."""
    text = rewrite_references(text, files)
    if url:
        # Chat apps fetch a forwarded link's picture by an absolute address only.
        text, count = re.subn(r'(<meta property="og:image" content=")([^"]+)"', lambda m: f'{m.group(1)}{url}{m.group(2)}"', text)
        if count != 1:
            fail('index.html has no <meta property="og:image" content="…"> to give the address to')
        text = text.replace('<meta property="og:type"', f'<meta property="og:url" content="{url}">\n<meta property="og:type"', 1)
    script = re.search(r'<script src="(sx\.[0-9a-f]+\.js)"></script>', text)
    if not script:
        fail('index.html has no <script src="sx.js"></script> for the loader')
    table = {name: [entry["file"], entry["bytes"]] for name, entry in files.items() if name.endswith(LOADED)}
    listed = json.dumps(table, separators=(",", ":")).replace("&", "&amp;").replace("'", "&#39;")
    attributes = f" data-files='{listed}' data-version=\"{version}\""
    text = text.replace(script.group(0), f'<script src="{script.group(1)}"{attributes}></script>')
    if re.search(r"<script(?![^>]*\bsrc=)", text):
        fail("index.html has an inline script, which the Content-Security-Policy forbids")
    if re.search(r"<[^>]+\sstyle=", text):
        fail('index.html has a style="" attribute; put it in app.css')
    return text


def fill_service_worker(text, version, precache):
    """Replaces the two placeholder lines of web/sw.js."""
    lines = {
        "VERSION": f"var VERSION = {json.dumps(version)};",
        "FILES": f"var FILES = {json.dumps(precache, indent=2)};",
    }
    for name, line in lines.items():
        text, count = re.subn(rf"^var {name} = .*?;$", lambda _: line, text, count=1,
                              flags=re.MULTILINE | re.DOTALL)
        if count != 1:
            fail(f"web/sw.js has no 'var {name} = …;' line to fill in")
    return text


def minify(name, data):
    script = pathlib.Path(__file__).with_name("minify.cjs")
    if not (pathlib.Path(NODE_MODULES) / "uglify-js").exists():
        fail("Debian's node-uglify-js is not installed (scripts/install-deps.sh serve installs it)")
    result = subprocess.run(["node", str(script)], input=data, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "NODE_PATH": NODE_MODULES})
    if result.returncode != 0:
        fail(f"minifying {name}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def write_if_changed(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return False
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


def compress(path, changed):
    """Writes path.br and path.gz, unless the file is unchanged and they exist."""
    for suffix, command in ((".br", ["brotli", "-q", "11", "-c", str(path)]),
                            (".gz", ["gzip", "-9", "-n", "-c", str(path)])):
        twin = path.with_name(path.name + suffix)
        if twin.exists() and not changed:
            continue
        if shutil.which(command[0]) is None:
            fail(f"'{command[0]}' is not installed (scripts/install-deps.sh serve installs it)")
        write_if_changed(twin, subprocess.run(command, check=True, stdout=subprocess.PIPE).stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", required=True, type=pathlib.Path)
    parser.add_argument("--web", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()

    files = {}
    contents = {}
    pages = {}
    manifests = {}
    for source in sorted(p for p in args.stage.rglob("*") if p.is_file()):
        logical = source.relative_to(args.stage).as_posix()
        if logical.endswith(PAGES):
            if logical != "index.html":
                pages[logical] = source.read_text(encoding="utf-8")
            continue
        if logical.endswith(".webmanifest"):
            manifests[logical] = source.read_text(encoding="utf-8")
            continue
        data = source.read_bytes()
        if logical in MINIFIED:
            data = minify(logical, data)
        files[logical] = {"file": hashed_name(logical, data), "bytes": len(data)}
        contents[files[logical]["file"]] = data
    # The web app manifest names the icons: hashed after them.
    for logical, text in manifests.items():
        data = rewrite_manifest(text, files).encode()
        files[logical] = {"file": hashed_name(logical, data), "bytes": len(data)}
        contents[files[logical]["file"]] = data
    finish_pages(pages, files, contents)

    url = public_url(args.web)
    index_source = (args.stage / "index.html").read_text(encoding="utf-8")
    # The version names this build's set of files: a new set is a new sw.js, hence an update.
    version = digest((index_source + url + json.dumps(files, sort_keys=True) +
                      "".join(pages[name] for name in sorted(pages))).encode(), 16)
    index = rewrite_index(index_source, files, version, url)
    contents["index.html"] = index.encode()
    precache = ["./"] + sorted(pages) + sorted(entry["file"] for entry in files.values())
    sw = fill_service_worker((args.web / "sw.js").read_text(encoding="utf-8"), version, precache)
    contents["sw.js"] = sw.encode()
    csp = (args.web / "csp.txt").read_text(encoding="utf-8").strip()
    if "\n" in csp or "'unsafe-eval'" in csp:
        fail("web/csp.txt must be one line, without 'unsafe-eval'")
    manifest = {"version": version, "files": files,
                "not_hashed": ["index.html"] + sorted(pages) + ["sw.js", "manifest.json"],
                "precache": precache, "content_security_policy": csp}
    contents["manifest.json"] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()

    args.out.mkdir(parents=True, exist_ok=True)
    keep = set()
    for name, data in contents.items():
        path = args.out / name
        changed = write_if_changed(path, data)
        if name.endswith(COMPRESSED):
            compress(path, changed)
            keep.update({name + ".br", name + ".gz"})
        keep.add(name)
    for path in sorted(args.out.rglob("*"), reverse=True):  # files before their folders
        name = path.relative_to(args.out).as_posix()
        if path.is_file() and name not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    (args.out / "manifest.json").touch()  # the build's record that this ran (CMake's OUTPUT)
    print(f"finish_dist.py: {len(contents)} files in {args.out} (version {version})")


if __name__ == "__main__":
    main()
