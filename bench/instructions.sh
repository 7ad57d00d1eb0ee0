#!/bin/bash
# instructions.sh PORTFOLIO BINARY...: the user-space instructions each
# jspgen binary executes for a clean build of PORTFOLIO (bench/portfolio.sh;
# a few products are enough), counted by valgrind's cachegrind. Unlike wall
# or CPU time, which drift by 5-8 % on a shared machine, the count repeats
# to about 0.5 %, so it can judge a change of a percent or two. It needs
# GOMAXPROCS=1: with more, idle processors spin and the count varies
# threefold. It leaves out the kernel's work (writing files) and the
# cost of cache misses, so confirm a gain with bench/pair.sh.
set -u
[ $# -ge 2 ] || { echo "usage: instructions.sh PORTFOLIO BINARY..." >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind (apt-get install -y valgrind)" >&2; exit 2; }
pf=$(cd "$1" && pwd)
shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for bin in "$@"; do
	# A build that fails under valgrind (one that cannot decode an
	# instruction raises SIGILL: valgrind 3.19 lacks RDTSCP, which some
	# kernels' clock_gettime uses) still prints a count: report the
	# failure instead of that count.
	if (cd "$pf" && GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null "$bin" build --config jspgen.toml --content content \
		--out "$out/site" --jobs 1 --clean >/dev/null 2>"$out/log"); then
		n=$(sed -n 's/.*I *refs: *//p' "$out/log" | tr -d ,)
		printf '%-12s %s instructions\n' "$(basename "$bin")" "${n:-failed}"
	else
		printf '%-12s failed: %s\n' "$(basename "$bin")" "$(grep -m1 -E 'unhandled instruction|SIGILL|error' "$out/log")"
	fi
done
