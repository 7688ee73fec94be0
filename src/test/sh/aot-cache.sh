#!/usr/bin/env bash
# Builds the JDK 25 AOT cache (JEP 483/514/515) for the app: extracts the executable jar into target/app
# (the layout the cache is tied to) and does one training run there, which writes target/app/app.aot
# (docs/performance.md, "Start-up and memory"; docs/operations.md, "Faster start-up: the JDK AOT cache (optional)").
#
#   src/test/sh/aot-cache.sh [port]          HEAP=512m (default; train with the heap you run with)
#
# Start the app with the cache, from target/app (the cache only works with this extracted form):
#   cd target/app && java -Xmx512m -XX:AOTCache=app.aot -jar open-inburgering-*.jar
#
# The training run is a real start in profile demo on a throwaway data folder (initdb, migrations, demo data)
# up to the first 200 of /actuator/health, then a normal stop (SIGTERM), so Spring closes the context and
# stops the embedded PostgreSQL. Spring's documented `-Dspring.context.exit=onRefresh` would end the JVM
# with Runtime.halt right after the refresh: the embedded PostgreSQL that the refresh started would be left
# running, and the ready phase (Tomcat start, the runners) would not be trained.
# The cache belongs to this jar and this JDK: rebuild it after every build (the JVM ignores a stale cache
# with a warning and starts without it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
POORT=${1:-18094}
HEAP=${HEAP:-512m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/open-inburgering-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/open-inburgering-*.jar | grep -v plain | head -1)
fi
rm -rf target/app target/aot-training
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination target/app
LOG=$PWD/target/aot-training.log
MAP=$PWD/target/aot-training

begin=$(date +%s)
(cd target/app && exec "$JAVA" -Xmx"$HEAP" -XX:AOTCacheOutput=app.aot -jar "$(basename "$JAR")" \
    --server.port="$POORT" --openinburgering.database.map="$MAP") >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$POORT/actuator/health"; do
    kill -0 $PID 2>/dev/null || { echo "De trainingsrun stopte; zie $LOG"; exit 1; }
    sleep 0.5
done
# Touch the pages a first user meets, so their classes are in the cache too.
curl -sf -o /dev/null "http://127.0.0.1:$POORT/login" || true
curl -sf -o /dev/null "http://127.0.0.1:$POORT/api/v1/openapi.json" || true
kill -TERM $PID
wait $PID || true
trap - EXIT
rm -rf "$MAP"
[ -s target/app/app.aot ] || { echo "Geen AOT-cache gemaakt; zie $LOG"; exit 1; }
echo "AOT-cache: target/app/app.aot ($(( $(stat -c %s target/app/app.aot) / 1048576 )) MB) in $(( $(date +%s) - begin )) s"
