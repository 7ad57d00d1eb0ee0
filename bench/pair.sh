#!/bin/bash
# pair.sh ROUNDS OUTDIR BINARY_A PORTFOLIO_A BINARY_B PORTFOLIO_B: clean
# builds (--jobs 2 --clean) of two jspgen binaries, each on its own
# portfolio (bench/portfolio.sh made from that binary's commit: a binary
# of one commit may not read another's example), interleaved, the order
# alternating each round. Prints each run and the means: wall time, user
# and system CPU, peak RSS; then how many times faster B was than A, by
# the means and in each round.
#
# With FRESH=1, each run starts from nothing, as a fresh checkout's first
# build (CI's) does: its output folder, site and build cache, is removed
# and the file system synced before the run, untimed. Without it, each
# run replaces the site the binary's previous run left, and a jspgen
# with a build cache stores every document in it again.
set -u
[ $# -eq 6 ] || { echo "usage: pair.sh ROUNDS OUTDIR BINARY_A PORTFOLIO_A BINARY_B PORTFOLIO_B" >&2; exit 2; }
rounds=$1 outdir=$2
a=$3 apf=$(cd "$4" && pwd) b=$5 bpf=$(cd "$6" && pwd)
timing=$(mktemp) log=$(mktemp)
trap 'rm -f "$timing" "$timing.err" "$log"' EXIT
run() { # NAME BINARY PORTFOLIO
	if [ "${FRESH:-}" = 1 ]; then
		rm -rf "${outdir:?}/$1"
		sync
	fi
	if ! (cd "$3" && /usr/bin/time -f '%e %U %S %M' -o "$timing" "$2" build --config jspgen.toml --content content --out "$outdir/$1/site" --jobs 2 --clean >/dev/null 2>"$timing.err"); then
		echo "$1: failed"
		tail -3 "$timing.err"
		return
	fi
	read -r wall user sys rss <"$timing"
	printf '%-12s wall %6.2f s  user %6.2f s  sys %5.2f s  rss %4d MB  load %s\n' "$1" "$wall" "$user" "$sys" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
	echo "$1 $wall $user $sys $rss $r" >>"$log"
}
na=$(basename "$a") nb=$(basename "$b")
[ "$na" != "$nb" ] || nb=$nb-b
for r in $(seq 1 "$rounds"); do
	if [ $((r % 2)) = 1 ]; then run "$na" "$a" "$apf"; run "$nb" "$b" "$bpf"; else run "$nb" "$b" "$bpf"; run "$na" "$a" "$apf"; fi
done
awk '{w[$1]+=$2; u[$1]+=$3; s[$1]+=$4; m[$1]+=$5; n[$1]++; if (!($1 in lo) || $2 < lo[$1]) lo[$1]=$2; if ($2 > hi[$1]) hi[$1]=$2}
END {for (k in w) printf "%-12s mean wall %.2f s (%.2f–%.2f)  user %.2f s  sys %.2f s  rss %.0f MB  (%d runs)\n", k, w[k]/n[k], lo[k], hi[k], u[k]/n[k], s[k]/n[k], m[k]/n[k]/1024, n[k]}' "$log"
# How many times faster B is than A: the means' ratio and each round's
# (a round's two runs are next to each other, so they share the
# machine's speed more than runs minutes apart do).
awk -v a="$na" -v b="$nb" -v rounds="$rounds" '{t[$1, $6] = $2; if ($1 == a) { sa += $2; ca++ } else { sb += $2; cb++ }}
END {
	lo = ""; hi = ""; list = ""
	for (r = 1; r <= rounds; r++) {
		if (t[a, r] == "" || t[b, r] == "" || t[b, r] == 0) continue
		x = t[a, r] / t[b, r]; list = list sprintf(" %.2f", x)
		if (lo == "" || x < lo) lo = x
		if (hi == "" || x > hi) hi = x
	}
	if (sb > 0 && ca > 0 && list != "") printf "%s / %s: means %.2fx; per round%s (%.2f–%.2fx)\n", a, b, (sa / ca) / (sb / cb), list, lo, hi
}' "$log"
