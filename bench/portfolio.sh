#!/bin/sh
# portfolio.sh REPO DIR N: writes into DIR (replaced) a site of N copies of
# REPO's example product, each with its own ID, name, document IDs and
# asset folder, as generator/speed_test.go's portfolio does. REPO is a
# checkout of jspgen (any commit whose example has halcyon-lvp7).
set -eu
[ $# -eq 3 ] || { echo "usage: portfolio.sh REPO DIR N" >&2; exit 2; }
repo=$1 dir=$2 n=$3
rm -rf "$dir"
mkdir -p "$dir/content"
cp "$repo/jspgen.toml" "$dir/jspgen.toml"
i=1
while [ "$i" -le "$n" ]; do
	num=$(printf '%03d' "$i")
	pid="halcyon-lvp7-$num"
	sed -e "0,/^id = \"halcyon-lvp7\"\$/s//id = \"$pid\"/" \
		-e "0,/^name = \"Halcyon LVP-7 Large-Volume Infusion System\"\$/s//name = \"Halcyon LVP-7 Large-Volume Infusion System $num\"/" \
		-e "s/\"MIS-LVP7-/\"MIS-LVP7-$num-/g" -e "s/\"MIS-SA-/\"MIS-SA-$num-/g" \
		"$repo/content/halcyon-lvp7.toml" >"$dir/content/$pid.toml"
	cp -R "$repo/content/halcyon-lvp7" "$dir/content/$pid"
	i=$((i + 1))
done
