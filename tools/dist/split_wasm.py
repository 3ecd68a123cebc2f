#!/usr/bin/python3
"""Splits the linked app.wasm in two: what the first frame runs, and the rest (issue 15).

The link (-sSPLIT_MODULE=1) leaves in the stage folder an instrumented app.wasm, which records
the functions it runs, and app.wasm.orig, the module itself, with function names. This script
moves both out of the stage folder (tools/split/profile.mjs uses them) and, from app.wasm.orig,
writes app.deferred.wasm with the functions listed in tools/split/deferred.txt (the ones no start
screen ran when it was recorded) and the stage's app.wasm with everything else. web/loader.js
fetches the deferred module after the first frame; a function of it called before then is
fetched at once.

The list names what goes: a function added or renamed since the recording stays in app.wasm
(among the functions this script's output counts for it), so a change to the code never sends the start to the network;
tests/browser/split.test.mjs says when the start calls a listed function, and then the list
needs recording again (scripts/split-profile.sh).

Usage: split_wasm.py --stage DIR --defer FILE --out DIR
"""
import argparse
import pathlib
import shutil
import subprocess
import sys

# The module's features (Emscripten 3.1.6 with -fwasm-exceptions); wasm-split must accept them.
FEATURES = ["--enable-exception-handling", "--enable-bulk-memory", "--enable-sign-ext",
            "--enable-mutable-globals"]


def fail(message):
    sys.exit(f"split_wasm.py: {message}")


def leb128(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def escaped(name):
    """A name as Binaryen spells it in its lists: bytes other than letters, digits and
    !#$%&'*+-./:<=>?@\\^_`|~ as \\xx (its symbol maps, so tools/split/profile.mjs's list)."""
    safe = set(b"!#$%&'*+-./:<=>?@\\^_`|~") | set(range(ord("0"), ord("9") + 1)) | \
        set(range(ord("a"), ord("z") + 1)) | set(range(ord("A"), ord("Z") + 1))
    return "".join(chr(b) if b in safe else f"\\{b:02x}" for b in name)


def defined_functions(data):
    """The names of the functions the module defines (not imports), from its name section."""
    pos, imported, names = 8, 0, {}
    while pos < len(data):
        section = data[pos]
        size, pos = leb128(data, pos + 1)
        end = pos + size
        if section == 2:  # imports: functions take the first indices
            count, p = leb128(data, pos)
            for _ in range(count):
                for _ in range(2):
                    length, p = leb128(data, p)
                    p += length
                kind = data[p]
                p += 1
                if kind == 0:
                    _, p = leb128(data, p)
                    imported += 1
                elif kind == 1:
                    p += 1
                    flags, p = leb128(data, p)
                    _, p = leb128(data, p)
                    if flags & 1:
                        _, p = leb128(data, p)
                elif kind == 2:
                    flags, p = leb128(data, p)
                    _, p = leb128(data, p)
                    if flags & 1:
                        _, p = leb128(data, p)
                elif kind == 3:
                    p += 2
                elif kind == 4:
                    p += 1
                    _, p = leb128(data, p)
        elif section == 0:
            length, p = leb128(data, pos)
            if data[p:p + length] == b"name":
                p += length
                while p < end:
                    subsection = data[p]
                    subsize, p = leb128(data, p + 1)
                    if subsection == 1:
                        count, q = leb128(data, p)
                        for _ in range(count):
                            index, q = leb128(data, q)
                            length, q = leb128(data, q)
                            names[index] = escaped(data[q:q + length])
                            q += length
                    p += subsize
        pos = end
    return [name for index, name in sorted(names.items()) if index >= imported]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", required=True, type=pathlib.Path)
    parser.add_argument("--defer", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()

    linked = args.stage / "app.wasm"
    original = args.stage / "app.wasm.orig"
    if not original.exists():
        fail(f"{original} is missing: the app must be linked with -sSPLIT_MODULE=1")
    args.out.mkdir(parents=True, exist_ok=True)
    instrumented = args.out / "app.instrumented.wasm"
    whole = args.out / "app.whole.wasm"
    shutil.move(linked, instrumented)
    shutil.move(original, whole)

    names = [line.strip() for line in args.defer.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    deferred = args.stage / "app.deferred.wasm"
    if not names:
        # No list yet: one module, as before (without the names, which only the split needs).
        strip = ["wasm-opt", str(whole), "--strip-debug", "-o", str(linked), *FEATURES]
        if subprocess.run(strip).returncode != 0:
            fail("wasm-opt --strip-debug failed")
        deferred.unlink(missing_ok=True)
        print("split_wasm.py: no list of deferred functions; app.wasm is whole")
        return
    # The listed functions the module still has (--split-funcs names what goes; --keep-funcs
    # would keep every exported function, run at the start or not).
    listed_names = set(names)
    defined = defined_functions(whole.read_bytes())
    going = [name for name in defined if name in listed_names]
    listed = args.out / "deferred.txt"
    listed.write_text("\n".join(going) + "\n", encoding="utf-8")
    command = ["wasm-split", "--split", str(whole), f"--split-funcs=@{listed}", "--placeholdermap",
               "-o1", str(linked), "-o2", str(deferred), "--export-prefix=%",
               "--placeholder-namespace=placeholder", "--import-namespace=primary", *FEATURES]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        fail("wasm-split failed:\n" + result.stdout)
    # Which function each placeholder stands for: the browser test's message names them.
    placeholders = linked.with_name(linked.name + ".placeholders")
    if placeholders.exists():
        shutil.move(placeholders, args.out / "app.placeholders")
    print(f"split_wasm.py: app.wasm {linked.stat().st_size} bytes ({len(defined) - len(going)} functions), "
          f"app.deferred.wasm {deferred.stat().st_size} bytes ({len(going)} functions)")


if __name__ == "__main__":
    main()
