#!/bin/bash
# run.sh old|new SIZE KEYS OUT [fresh]   (fresh = empty data folder)
t=$1; size=$2; keys=$3; out=$4; fresh=${5:-}
h=$(mktemp -d /tmp/b14/home.XXXX)
[ -z "$fresh" ] && cp -a /tmp/b14/seed-$t.d/. $h/
bin=/work/wt-b14/build/parley; [ $t = old ] && bin=/work/wt-b14-old/build/parley; [ $t = old10 ] && bin=/work/wt-b14-old10/build/parley
PARLEY_HOME=$h /work/shared/tools/look -s $size -w 5 ${keys:+-k $keys} $out -- $bin
