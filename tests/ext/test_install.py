#!/usr/bin/env python3
"""The installed package: `cmake --install` into a temporary prefix, then two
separate CMake projects configured against it with find_package(gilectomy):
examples/extension (extension modules, gilectomy::headers) and
examples/embed (a host linking gilectomy::runtime). The host runs Python from
4 threads and imports the separately built extdemo.so; the installed
gilectomy command imports it too.

Usage: test_install.py --build-dir DIR --source-dir DIR --cmake PATH --cxx PATH
                       --build-type TYPE [--launcher PATH]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        print("FAILED:", " ".join(cmd))
        print(p.stdout[-4000:])
        print(p.stderr[-4000:])
        sys.exit(1)
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--cmake", required=True)
    ap.add_argument("--cxx", required=True)
    ap.add_argument("--build-type", default="RelWithDebInfo")
    ap.add_argument("--launcher", default="")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="gilectomy-install-")
    try:
        prefix = os.path.join(tmp, "prefix")
        run([args.cmake, "--install", args.build_dir, "--prefix", prefix])
        for must in ["include/gilectomy/gilectomy.h", "include/gilectomy/object.h", "bin/gilectomy"]:
            if not os.path.exists(os.path.join(prefix, must)):
                print("not installed:", must)
                sys.exit(1)
        if os.path.exists(os.path.join(prefix, "include", "runtime")):
            print("internal headers were installed")
            sys.exit(1)
        common = ["-G", "Ninja", f"-DCMAKE_PREFIX_PATH={prefix}", f"-DCMAKE_CXX_COMPILER={args.cxx}",
                  f"-DCMAKE_BUILD_TYPE={args.build_type}"]
        if args.launcher:
            common.append(f"-DCMAKE_CXX_COMPILER_LAUNCHER={args.launcher}")
        built = {}
        for name in ["extension", "embed"]:
            b = os.path.join(tmp, name)
            run([args.cmake, "-S", os.path.join(args.source_dir, "examples", name), "-B", b, *common])
            run([args.cmake, "--build", b, "-j2"])
            built[name] = b
        ext_dir = built["extension"]
        for so in ["extdemo.so", "extlegacy.so"]:
            if not os.path.exists(os.path.join(ext_dir, so)):
                print("not built:", so)
                sys.exit(1)
        p = subprocess.run([os.path.join(built["embed"], "embed_demo"), ext_dir], capture_output=True,
                           text=True, timeout=300)
        print(p.stdout, end="")
        if p.returncode != 0 or not p.stdout.endswith("ok\n"):
            print("embed_demo failed:", p.returncode, p.stderr)
            sys.exit(1)
        code = (f"import sys; sys.path.insert(0, {ext_dir!r}); import extdemo, extlegacy; "
                "print(extdemo.add(20, 22), extlegacy.apply(abs, -3))")
        env = dict(os.environ, GILECTOMY_AUTOLOCK_WARN="0")
        p = subprocess.run([os.path.join(prefix, "bin", "gilectomy"), "-c", code], capture_output=True,
                           text=True, timeout=120, env=env)
        if p.returncode != 0 or p.stdout != "42 3\n" or p.stderr:
            print("installed gilectomy failed:", p.returncode, p.stdout, p.stderr)
            sys.exit(1)
        print("installed package ok")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
