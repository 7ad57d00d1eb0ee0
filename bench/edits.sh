#!/bin/bash
# edits.sh ROUNDS PORTFOLIO OUTDIR BINARY...: times one-product edits
# only, more of them than compare.sh: each round moves end_of_support of
# product 005 and back, and every binary rebuilds after each move, into
# OUTDIR/<name>/site as compare.sh left it (run compare.sh first, so that
# each binary's site and cache are warm). Prints each binary's wall times,
# sorted, and its mean user and system CPU.
set -u
[ $# -ge 4 ] || { echo "usage: edits.sh ROUNDS PORTFOLIO OUTDIR BINARY..." >&2; exit 2; }
rounds=$1 pf=$(cd "$2" && pwd) outdir=$3
shift 3
file=$pf/content/halcyon-lvp7-005.toml
before='end_of_support = 2028-12-31' after='end_of_support = 2029-06-30'
grep -q "^$before\$" "$file" || { echo "edits.sh: $file has no line '$before'" >&2; exit 1; }
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for r in $(seq 1 "$rounds"); do
	for step in "$before/$after" "$after/$before"; do
		sed -i "s/^${step%/*}\$/${step#*/}/" "$file"
		for bin in "$@"; do
			name=$(basename "$bin")
			out=$(cd "$outdir/$name" && pwd)/site
			(cd "$pf" && /usr/bin/time -f "$name %e %U %S" -a -o "$times" "$bin" build --config jspgen.toml --content content --out "$out" --jobs 2 >/dev/null 2>&1) ||
				echo "$name: build failed" >&2
		done
	done
done
sort -k2 -n "$times" | awk '{w[$1] = w[$1] " " $2; u[$1] += $3; s[$1] += $4; n[$1]++}
	END {for (k in w) printf "%-16s%s  (user %.2f s, sys %.2f s a build)\n", k, w[k], u[k] / n[k], s[k] / n[k]}'
