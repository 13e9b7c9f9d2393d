#!/usr/bin/env bash
# Does offercheck work when installed as an ordinary wheel? Builds the wheel from a clean copy of the checkout,
# installs it with its dependencies into a fresh virtual environment outside the checkout, and from a folder
# outside the checkout runs `check` (verdict not "error", report equal to the editable .venv's apart from
# `seconds` and `file`), `rules test` (exit 0, examples > 0) and `doctor` (exit 0).
# Needs the editable .venv (`make install`): it builds the wheel (offline) and gives the reference report.
# Usage: scripts/check_wheel.sh [SAMPLE]   (env: VENV=.venv PYTHON=python3 KEEP=1 keeps the temp folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${VENV:-.venv}
case $venv in /*) ;; *) venv=$root/$venv ;; esac
python=${PYTHON:-python3}
sample=$(realpath "${1:-$root/samples/nb_tilbudsbrev_master.pdf}")
export PIP_DISABLE_PIP_VERSION_CHECK=1
SECONDS=0
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "temp folder: $work" || trap 'rm -rf "$work"' EXIT
fail() { echo "wheel-check FAILED: $*" >&2; exit 1; }

# A clean copy, so no stale build/ or egg-info from the checkout can leak into the wheel.
mkdir "$work/src" "$work/run"
tar -C "$root" --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist --exclude='*.egg-info' \
  --exclude='__pycache__' --exclude='.*_cache' --exclude=./.hypothesis --exclude=./out -cf - . | tar -C "$work/src" -xf -
"$venv/bin/python" -m pip wheel -q --no-deps --no-build-isolation -w "$work/dist" "$work/src" >/dev/null
wheel=$(echo "$work"/dist/offercheck-*.whl)
[ -f "$wheel" ] || fail "no wheel built"
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB, $("$venv/bin/python" -c 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$wheel") files)"

"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "offercheck[ocr] @ file://$wheel"
bin=$work/venv/bin

cd "$work/run"  # nowhere near the checkout: nothing can be found relative to it
where=$("$bin/python" -c 'import analyzer.resources as r; print(r.patterns_dir())')
case $where in "$work/venv/"*) ;; *) fail "the installed offercheck reads its data from $where, not from the wheel" ;; esac

status=0
"$bin/offercheck" check "$sample" --format json >wheel.json || status=$?
[ "$status" -le 1 ] || fail "check exited $status"
status=0
"$venv/bin/offercheck" check "$sample" --format json >editable.json || status=$?
[ "$status" -le 1 ] || fail "check (editable .venv) exited $status"
"$bin/python" - wheel.json editable.json <<'PY' || fail "check: the wheel's report differs from the editable install's"
import json, sys
wheel, editable = (json.load(open(name, encoding="utf-8")) for name in sys.argv[1:3])
if wheel["verdict"] == "error":
    sys.exit(f"verdict is error: {wheel.get('error')}")
for report in (wheel, editable):
    report.pop("seconds", None), report.pop("file", None)
if wheel["fields"] != editable["fields"]:
    sys.exit("fields differ: " + ", ".join(k for k in editable["fields"] if wheel["fields"].get(k) != editable["fields"][k]))
if wheel != editable:
    sys.exit("reports differ in: " + ", ".join(k for k in editable if wheel.get(k) != editable[k]))
print(f"check: verdict {wheel['verdict']}, report identical to the editable install's")
PY

status=0
out=$("$bin/offercheck" rules test) || status=$?
echo "rules test: ${out##*$'\n'}"
[ "$status" -eq 0 ] || fail "rules test exited $status"
case ${out##*$'\n'} in 0/*) fail "rules test ran no examples" ;; esac

status=0
"$bin/offercheck" doctor >doctor.txt || status=$?
[ "$status" -eq 0 ] || { cat doctor.txt; fail "doctor exited $status"; }
echo "doctor: exit 0"
echo "wheel-check passed in ${SECONDS}s"
