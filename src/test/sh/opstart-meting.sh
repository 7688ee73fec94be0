#!/usr/bin/env bash
# Start-up time and resident memory of the app (profile demo, embedded PostgreSQL) on a data folder, by
# default the national dataset in data/nationaal (docs/performance.md, "Benchmarks").
#
#   src/test/sh/opstart-meting.sh [data folder] [port]      HEAP=512m (default), BLIJF=1 keeps it running
#
# AOT=1 starts the extracted app in target/app with the JDK AOT cache target/app/app.aot (made by
# src/test/sh/aot-cache.sh, which must run again after every build), as docs/operations.md describes.
# DEMO=1 leaves the demo data loaders on (default off: they must not add demo people to the national dataset).
#
# Measures: wall time from `java` to the first 200 of /actuator/health, the JVM's CPU time up to then,
# Spring's own "Started ... in" line, the JVM's RSS, and the PSS (shared pages divided fairly) of the
# embedded PostgreSQL processes.
set -euo pipefail
cd "$(dirname "$0")/../../.."
MAP=$(realpath -m "${1:-data/nationaal}")
POORT=${2:-18093}
HEAP=${HEAP:-512m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/open-inburgering-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/open-inburgering-*.jar | grep -v plain | head -1)
fi
LOG=$PWD/target/opstart-meting.log
START=(-Xmx"$HEAP" -jar "$JAR")
if [ -n "${AOT:-}" ]; then
    [ -s target/app/app.aot ] || { echo "Geen target/app/app.aot: eerst src/test/sh/aot-cache.sh"; exit 1; }
    # target/app holds its own copy of the jar: after a new build it would measure the old code.
    [ "$JAR" -nt target/app/app.aot ] && echo "Let op: $JAR is nieuwer dan de AOT-cache; draai src/test/sh/aot-cache.sh opnieuw" >&2
    START=(-Xmx"$HEAP" -XX:AOTCache=app.aot -jar "$(basename "$JAR")")
fi
DEMO_GEGEVENS=false
[ -n "${DEMO:-}" ] && DEMO_GEGEVENS=true

begin=$(date +%s%N)
(if [ -n "${AOT:-}" ]; then cd target/app; fi
 exec "$JAVA" "${START[@]}" --server.port="$POORT" --openinburgering.database.map="$MAP" \
    --openinburgering.demo.gegevens=$DEMO_GEGEVENS) >"$LOG" 2>&1 &
PID=$!
# Waits for the stop, so a next run on the same folder finds the embedded PostgreSQL stopped.
trap '[ -z "${BLIJF:-}" ] && kill $PID 2>/dev/null && wait $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$POORT/actuator/health"; do
    kill -0 $PID 2>/dev/null || { echo "De app stopte; zie $LOG"; exit 1; }
    sleep 0.1
done
eind=$(date +%s%N)
# CPU time the JVM used up to that moment (all threads, user + system, in clock ticks): on a shared machine
# the wall time depends on the other processes' load, this number much less.
cpu_ticks=$(awk '{print $14 + $15}' "/proc/$PID/stat")
sleep 2 # let the start-up settle (JIT, first GC) before reading memory

pss_van() { awk '/^Pss:/ {s += $2} END {print s + 0}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
# pg_ctl detaches the postmaster from the JVM: find it through its pid file, then its children.
postmaster=$(head -1 "$MAP/postmaster.pid")
pg_pss=$(pss_van "$postmaster")
for p in $(pgrep -P "$postmaster"); do pg_pss=$((pg_pss + $(pss_van "$p"))); done
jvm_rss=$(awk '/^VmRSS:/ {print $2}' /proc/$PID/status)

echo "Opstarttijd tot /actuator/health = 200: $(( (eind - begin) / 1000000 )) ms${AOT:+ (AOT-cache)}"
echo "CPU-tijd van de JVM tot dan: $(awk -v t="$cpu_ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}') s"
grep -o "Started OpenInburgeringApplication in [0-9.]* seconds (process running for [0-9.]*)" "$LOG" || true
echo "JVM (-Xmx$HEAP) RSS: $((jvm_rss / 1024)) MB; ingebedde PostgreSQL PSS: $((pg_pss / 1024)) MB"
if [ -n "${BLIJF:-}" ]; then
    echo "De app draait op poort $POORT (pid $PID); stop met: kill $PID"
fi
