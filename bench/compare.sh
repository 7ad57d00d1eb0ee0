#!/bin/bash
# compare.sh ROUNDS PORTFOLIO OUTDIR BINARY...: times each jspgen binary on
# the portfolio (bench/portfolio.sh), interleaved, ROUNDS times: a clean
# build, a no-op rebuild, a one-product edit (end_of_support of product
# 005) and the edit undone. Each binary builds into OUTDIR/<name>/site
# with its own cache. Prints wall time, user and system CPU, peak RSS.
set -u
[ $# -ge 4 ] || { echo "usage: compare.sh ROUNDS PORTFOLIO OUTDIR BINARY..." >&2; exit 2; }
rounds=$1 pf=$(cd "$2" && pwd) outdir=$3
shift 3
file=$pf/content/halcyon-lvp7-005.toml
before='end_of_support = 2028-12-31' after='end_of_support = 2029-06-30'
grep -q "^$before\$" "$file" || { echo "compare.sh: $file has no line '$before'" >&2; exit 1; }
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
run() { # LABEL NAME BINARY ARGS...
	local label=$1 name=$2
	shift 2
	if ! (cd "$pf" && /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >/dev/null 2>"$timing.err"); then
		echo "$name $label: failed"
		tail -3 "$timing.err"
		return
	fi
	read -r wall user sys rss <"$timing"
	printf '%-12s %-9s wall %6.2f s  user %6.2f s  sys %5.2f s  rss %4d MB\n' "$name" "$label" "$wall" "$user" "$sys" $((rss / 1024))
}
for r in $(seq 1 "$rounds"); do
	echo "# round $r, load $(cut -d' ' -f1-3 /proc/loadavg)"
	for bin in "$@"; do
		name=$(basename "$bin")
		out=$(mkdir -p "$outdir/$name" && cd "$outdir/$name" && pwd)/site
		build=("$bin" build --config jspgen.toml --content content --out "$out" --jobs 2)
		run clean "$name" "${build[@]}" --clean
		run noop "$name" "${build[@]}"
		sed -i "s/^$before\$/$after/" "$file"
		run edit "$name" "${build[@]}"
		sed -i "s/^$after\$/$before/" "$file"
		run edit-back "$name" "${build[@]}"
	done
done
rm -f "$timing.err"
