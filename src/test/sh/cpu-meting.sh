#!/usr/bin/env bash
# CPU seconds that the app (JVM) and its embedded PostgreSQL spend while a command runs, e.g. a benchmark:
#
#   src/test/sh/cpu-meting.sh <jvm pid> <data folder> -- ./mvnw -q exec:java ... Benchmarks ...
#
# Divided by the number of requests this is the cost of one request, which on a busy shared machine says
# more than latency does: on 2 idle cores the app can serve at most 2 s / cost requests per second.
set -euo pipefail
PID=$1; MAP=$2; shift 3
klok=$(getconf CLK_TCK)
som() {
    local postmaster totaal=0 p
    postmaster=$(head -1 "$MAP/postmaster.pid")
    for p in "$PID" "$postmaster" $(pgrep -P "$postmaster"); do
        [ -r "/proc/$p/stat" ] && totaal=$((totaal + $(awk '{print $14 + $15}' "/proc/$p/stat")))
    done
    echo "$totaal"
}
jvm() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
voor=$(som); jvm_voor=$(jvm); begin=$(date +%s%N)
"$@"
na=$(som); jvm_na=$(jvm); eind=$(date +%s%N)
echo "CPU tijdens de meting: app + PostgreSQL $(( (na - voor) * 1000 / klok )) ms (waarvan JVM $(( (jvm_na - jvm_voor) * 1000 / klok )) ms) in $(( (eind - begin) / 1000000 )) ms wandklok"
