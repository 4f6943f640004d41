#!/usr/bin/env bash
# Time to the first article of `./newsflow run` on the bundled samples, as the README's Performance
# section quotes it: runs the wrapper of ROOT (default: this repository) in a fresh work directory,
# notes when the first output file is non-empty, and reads the process's CPU seconds (utime + stime
# from /proc) at that moment, which says more than the wall clock on shared cores. Linux only.
# Usage: app/scripts/first-article.sh [ROOT] [LABEL] [RUN-OPTION...]; the run options (say
# `-X fetch.max.wait.ms=100`) go to `newsflow run`, the environment (NEWSFLOW_JAVA, NEWSFLOW_CDS,
# NEWSFLOW_JAVA_OPTS) passes through.
set -euo pipefail
root="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
label="${2:-$root}"
shift $(($# < 2 ? $# : 2))
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ticks_per_second="$(getconf CLK_TCK)"
t0="$EPOCHREALTIME"
(cd "$tmp" && exec "$root/newsflow" run --work-dir "$tmp/work" --out "$tmp/out" "$@" >"$tmp/stdout" 2>"$tmp/stderr") &
pid=$!
first=""
while kill -0 "$pid" 2>/dev/null; do
  if [ -z "$first" ] && [ -n "$(find "$tmp/out" -name '*.jsonl' -size +0c -print -quit 2>/dev/null)" ]; then
    t1="$EPOCHREALTIME"
    read -r -a stat <"/proc/$pid/stat" || true
    # Fields 14 and 15 (utime, stime); the command name in field 2 has no spaces here (java).
    first="$(awk -v a="$t0" -v b="$t1" -v c="$((stat[13] + stat[14]))" -v k="$ticks_per_second" \
      'BEGIN { printf "first article %.2f s (process CPU by then %.2f s)", b - a, c / k }')"
  fi
  sleep 0.02
done
code=0
wait "$pid" || code=$?
echo "$label: ${first:-no article}, load $(cut -d' ' -f1 /proc/loadavg), exit code $code"
