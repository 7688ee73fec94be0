#!/usr/bin/env bash
# Starts the built jar with profile productie against a fresh PostgreSQL database and proves the production
# set-up: Flyway migrates as the owner role, the app connects as a restricted role, the API refuses requests
# without a token (401 problem+json) and accepts a token signed by the identity provider's key.
# Needs: target/*.jar (./mvnw verify or package ran before), PostgreSQL on 127.0.0.1:5432 where user postgres
# may log in without a password, openssl, xxd, curl, python3. Uses only loopback; no outside network.
set -euo pipefail

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$(dirname "$0")/.."

vrije_poort() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_POORT="${APP_POORT:-18080}"
IDP_POORT="${IDP_POORT:-$(vrije_poort)}"
if curl -s -o /dev/null "http://127.0.0.1:${APP_POORT}/" 2>/dev/null; then
    echo "FAIL: port ${APP_POORT} is already in use; set APP_POORT to a free port"
    exit 1
fi
PG=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qtAX)

JAR="$(ls target/*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)"
if [[ -z "$JAR" ]]; then
    echo "FAIL: no jar in target/; run ./mvnw -B verify (or package) first"
    exit 1
fi

ACHTERVOEGSEL="$(openssl rand -hex 4)"
DATABASE="oi_prod_${ACHTERVOEGSEL}"
EIGENAAR="oi_eigenaar_${ACHTERVOEGSEL}"
APPROL="oi_app_${ACHTERVOEGSEL}"
EIGENAAR_WACHTWOORD="$(openssl rand -hex 16)"
APP_WACHTWOORD="$(openssl rand -hex 16)"
WERKMAP="$(mktemp -d)"
APP_PID=""
IDP_PID=""
FOUTEN=0

opruimen() {
    set +e
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -n "$IDP_PID" ]] && kill "$IDP_PID" 2>/dev/null && wait "$IDP_PID" 2>/dev/null
    "${PG[@]}" -d postgres -c "drop database if exists ${DATABASE} with (force)" >/dev/null
    "${PG[@]}" -d postgres -c "drop role if exists ${APPROL}" >/dev/null
    "${PG[@]}" -d postgres -c "drop role if exists ${EIGENAAR}" >/dev/null
    rm -rf "$WERKMAP"
}
trap opruimen EXIT

geslaagd() { echo "PASS: $*"; }
mislukt() { echo "FAIL: $*"; FOUTEN=$((FOUTEN + 1)); }
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# 1. A fresh database, owned by the owner role; the app role may log in but is nothing special.
"${PG[@]}" -d postgres -c "create role ${EIGENAAR} login password '${EIGENAAR_WACHTWOORD}' nosuperuser nobypassrls nocreatedb nocreaterole"
"${PG[@]}" -d postgres -c "create role ${APPROL} login password '${APP_WACHTWOORD}' nosuperuser nobypassrls nocreatedb nocreaterole"
"${PG[@]}" -d postgres -c "create database ${DATABASE} owner ${EIGENAAR}"
"${PG[@]}" -d "${DATABASE}" -c "revoke create on schema public from public"
echo "INFO: database ${DATABASE}, owner ${EIGENAAR}, app role ${APPROL}"

# 2. A tiny identity provider on loopback: an RSA key, its JWKS served as a static file.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WERKMAP/sleutel.pem" 2>/dev/null
MODULUS="$(openssl rsa -in "$WERKMAP/sleutel.pem" -noout -modulus | cut -d= -f2 | xxd -r -p | b64url)"
mkdir -p "$WERKMAP/idp"
printf '{"keys":[{"kty":"RSA","kid":"ci","use":"sig","alg":"RS256","n":"%s","e":"AQAB"}]}' "$MODULUS" \
    > "$WERKMAP/idp/jwks.json"
python3 -m http.server "$IDP_POORT" --bind 127.0.0.1 --directory "$WERKMAP/idp" >"$WERKMAP/idp.log" 2>&1 &
IDP_PID=$!
ISSUER="http://127.0.0.1:${IDP_POORT}"

token() { # $1 = JSON claims without iss/iat/exp
    local nu header inhoud
    nu="$(date +%s)"
    header="$(printf '{"alg":"RS256","typ":"JWT","kid":"ci"}' | b64url)"
    inhoud="$(printf '{"iss":"%s","iat":%s,"exp":%s,%s}' "$ISSUER" "$nu" "$((nu + 600))" "$1" | b64url)"
    printf '%s.%s.%s' "$header" "$inhoud" \
        "$(printf '%s.%s' "$header" "$inhoud" | openssl dgst -sha256 -sign "$WERKMAP/sleutel.pem" -binary | b64url)"
}

# 3. The settings of productie, all from the environment. First two starts that must be refused.
INSTELLINGEN=(
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DATABASE}"
    SPRING_DATASOURCE_USERNAME="${APPROL}"
    SPRING_DATASOURCE_PASSWORD="${APP_WACHTWOORD}"
    SPRING_FLYWAY_USER="${EIGENAAR}"
    SPRING_FLYWAY_PASSWORD="${EIGENAAR_WACHTWOORD}"
    OPENINBURGERING_OIDC_ISSUER_URI="${ISSUER}"
    OPENINBURGERING_OIDC_CLIENT_ID="open-inburgering"
    OPENINBURGERING_OIDC_CLIENT_SECRET="$(openssl rand -hex 16)"
    OPENINBURGERING_OIDC_AUTHORIZATION_URI="${ISSUER}/authorize"
    OPENINBURGERING_OIDC_TOKEN_URI="${ISSUER}/token"
    OPENINBURGERING_OIDC_JWK_SET_URI="${ISSUER}/jwks.json"
    OPENINBURGERING_OIDC_END_SESSION_URI="${ISSUER}/logout"
    OPENINBURGERING_JWT_ISSUER_URI="${ISSUER}"
    OPENINBURGERING_JWT_JWK_SET_URI="${ISSUER}/jwks.json"
    OPENINBURGERING_VERWERKINGENLOG_SLEUTEL="$(openssl rand -base64 48)"
    SERVER_PORT="${APP_POORT}"
)

geweigerd() { # $1 = what, $2 = text the refusal must name, rest = settings that override
    local wat="$1" naam="$2"
    shift 2
    if env "${INSTELLINGEN[@]}" "$@" timeout 120 "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=productie \
            >"$WERKMAP/geweigerd.log" 2>&1; then
        mislukt "the app started ${wat}"
    elif grep -q 'weigert te starten' "$WERKMAP/geweigerd.log" && grep -q -- "$naam" "$WERKMAP/geweigerd.log"; then
        geslaagd "the app refuses to start ${wat} and names ${naam}"
    else
        mislukt "the app stopped ${wat}, but without a refusal naming ${naam}:"
        tail -n 30 "$WERKMAP/geweigerd.log"
    fi
}
geweigerd "with the demo key of the processing log" OPENINBURGERING_VERWERKINGENLOG_SLEUTEL \
    OPENINBURGERING_VERWERKINGENLOG_SLEUTEL=demo-sleutel-alleen-voor-het-demoprofiel
geweigerd "when the app connects as a superuser" "superuser 'postgres'" SPRING_DATASOURCE_USERNAME=postgres
# Flyway creates its (empty) history table before the callback runs; no migration may have run.
TABELLEN="$("${PG[@]}" -d "${DATABASE}" -c "select count(*) from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'")"
if [[ "$TABELLEN" == "0" ]]; then
    geslaagd "the superuser start was refused before Flyway migrated (no tables, no grants to the wrong role)"
else
    mislukt "the refused superuser start left ${TABELLEN} tables behind"
fi

env "${INSTELLINGEN[@]}" "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=productie >"$WERKMAP/app.log" 2>&1 &
APP_PID=$!

GEZOND=""
for _ in $(seq 1 120); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        break
    fi
    if curl -fsS "http://127.0.0.1:${APP_POORT}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
        GEZOND=ja
        break
    fi
    sleep 1
done
if [[ -z "$GEZOND" ]]; then
    mislukt "app did not report UP on /actuator/health; last lines of its log:"
    tail -n 60 "$WERKMAP/app.log"
    exit 1
fi
geslaagd "app started in productie and /actuator/health is UP"

# 4. Flyway ran as the owner: every table belongs to the owner role, none to the app role.
EIGENAREN="$("${PG[@]}" -d "${DATABASE}" -c "select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'")"
AANTAL="$("${PG[@]}" -d "${DATABASE}" -c "select count(*) from pg_tables where schemaname = 'public'")"
if [[ "$EIGENAREN" == "$EIGENAAR" && "$AANTAL" -gt 0 ]]; then
    geslaagd "Flyway migrated as the owner: ${AANTAL} tables, all owned by ${EIGENAAR}"
else
    mislukt "table owners are '${EIGENAREN}' (${AANTAL} tables), expected only ${EIGENAAR}"
fi

# 5. The app's connections use the restricted role only.
GEBRUIKERS="$("${PG[@]}" -d postgres -c "select string_agg(distinct usename, ',') from pg_stat_activity where datname = '${DATABASE}'")"
if [[ "$GEBRUIKERS" == "$APPROL" ]]; then
    geslaagd "the app's connections use only the restricted role ${APPROL}"
else
    mislukt "connections to ${DATABASE} use '${GEBRUIKERS}', expected only ${APPROL}"
fi
ROLINFO="$("${PG[@]}" -d postgres -c "select rolsuper::text || ',' || rolbypassrls::text from pg_roles where rolname = '${APPROL}'")"
if [[ "$ROLINFO" == "false,false" ]]; then
    geslaagd "${APPROL} is NOSUPERUSER NOBYPASSRLS"
else
    mislukt "${APPROL} has rolsuper,rolbypassrls = ${ROLINFO}"
fi

verzoek() { # $1 = output prefix, rest = curl arguments; writes status, headers and body
    curl -sS -o "$WERKMAP/$1.body" -D "$WERKMAP/$1.headers" -w '%{http_code}' "${@:2}" || true
}
API="http://127.0.0.1:${APP_POORT}/api/v1/inburgeraars"

# 6. No token: 401 with a Bearer challenge and a problem+json body.
STATUS="$(verzoek anoniem "$API")"
if [[ "$STATUS" == "401" ]] && grep -qi '^content-type: application/problem+json' "$WERKMAP/anoniem.headers" \
        && grep -qi '^www-authenticate: Bearer' "$WERKMAP/anoniem.headers" && grep -q '"status":401' "$WERKMAP/anoniem.body"; then
    geslaagd "GET /api/v1/inburgeraars without a token: 401 application/problem+json with a Bearer challenge"
else
    mislukt "GET without a token gave ${STATUS}: $(cat "$WERKMAP/anoniem.body")"
fi
if grep -qi '^strict-transport-security: max-age=31536000' "$WERKMAP/anoniem.headers"; then
    geslaagd "HSTS is sent over plain HTTP too (TLS ends at the proxy)"
else
    mislukt "no Strict-Transport-Security header on the API answer"
fi

# 7. A valid token of a consulent of Dalfsen: 200.
CONSULENT="$(token '"sub":"ci-1","preferred_username":"consulent.ci","roles":["offline_access","CONSULENT"],"gemeentecode":"0148"')"
STATUS="$(verzoek consulent -H "Authorization: Bearer ${CONSULENT}" "$API")"
if [[ "$STATUS" == "200" ]]; then
    geslaagd "GET /api/v1/inburgeraars with a signed JWT (role CONSULENT, gemeente 0148): 200"
else
    mislukt "GET with a valid consulent token gave ${STATUS}: $(cat "$WERKMAP/consulent.body")"
fi

# 8. A valid token whose role may not list inburgeraars: 403 problem+json.
AANBIEDER="$(token '"sub":"ci-2","roles":"AANBIEDER","aanbieder_id":"6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01"')"
STATUS="$(verzoek aanbieder -H "Authorization: Bearer ${AANBIEDER}" "$API")"
if [[ "$STATUS" == "403" ]] && grep -qi '^content-type: application/problem+json' "$WERKMAP/aanbieder.headers"; then
    geslaagd "GET /api/v1/inburgeraars as AANBIEDER: 403 application/problem+json"
else
    mislukt "GET with an aanbieder token gave ${STATUS}: $(cat "$WERKMAP/aanbieder.body")"
fi

# 9. A token signed with another key: 401.
VREEMD="$(token '"sub":"ci-3","roles":["CONSULENT"],"gemeentecode":"0148"' | sed 's/\.[^.]*$/.aW52YWxpZA/')"
STATUS="$(verzoek vreemd -H "Authorization: Bearer ${VREEMD}" "$API")"
if [[ "$STATUS" == "401" ]] && grep -qi 'invalid_token' "$WERKMAP/vreemd.headers"; then
    geslaagd "a JWT with a bad signature: 401 invalid_token"
else
    mislukt "a JWT with a bad signature gave ${STATUS}"
fi

# 10. Row-level security binds the app role: a record of Dalfsen is invisible to Staphorst, and to the app
#     role itself when no gemeente is set for the transaction.
"${PG[@]}" -U "${EIGENAAR}" -d "${DATABASE}" -c "insert into gemeente (code, naam) values ('0148', 'Dalfsen'), ('0180', 'Staphorst')"
NIEUW='{"bsn":"999996708","voornamen":"Amina","geslachtsnaam":"Haddad","geboortedatum":"1994-05-17","doelgroep":"ASIELSTATUSHOUDER","datumStartInburgeringsplicht":"2026-01-12","datumVestigingGemeente":"2026-02-02"}'
STATUS="$(verzoek registratie -X POST -H "Authorization: Bearer ${CONSULENT}" -H 'Content-Type: application/json' -d "$NIEUW" "$API")"
ID="$(grep -o '"id":"[0-9a-f-]*"' "$WERKMAP/registratie.body" | head -n 1 | cut -d'"' -f4 || true)"
if [[ "$STATUS" == "201" && -n "$ID" ]]; then
    geslaagd "POST /api/v1/inburgeraars as consulent of 0148: 201"
    STAPHORST="$(token '"sub":"ci-4","roles":["CONSULENT"],"gemeentecode":"0180"')"
    EIGEN="$(verzoek eigen -H "Authorization: Bearer ${CONSULENT}" "$API/$ID")"
    ANDER="$(verzoek ander -H "Authorization: Bearer ${STAPHORST}" "$API/$ID")"
    if [[ "$EIGEN" == "200" && "$ANDER" == "404" ]]; then
        geslaagd "the record is visible to its own gemeente (200) and not to another gemeente (404)"
    else
        mislukt "GET of a 0148 record: own gemeente ${EIGEN}, other gemeente ${ANDER} (expected 200 and 404)"
    fi
    ZONDER="$("${PG[@]}" -U "${APPROL}" -d "${DATABASE}" -c "select count(*) from inburgeraar")"
    MET="$(PGOPTIONS='-c openinburgering.gemeentecode=0148' "${PG[@]}" -U "${APPROL}" -d "${DATABASE}" -c "select count(*) from inburgeraar")"
    if [[ "$ZONDER" == "0" && "$MET" == "1" ]]; then
        geslaagd "RLS applies to ${APPROL}: 0 rows without a gemeente, 1 row with gemeente 0148"
    else
        mislukt "as ${APPROL}: ${ZONDER} rows without a gemeente, ${MET} with 0148 (expected 0 and 1)"
    fi
    LOGREGELS="$("${PG[@]}" -U "${EIGENAAR}" -d "${DATABASE}" -c "select count(*) from verwerking where gemeentecode = '0148' and gebruiker = 'consulent.ci' and betrokkene <> '999996708'")"
    if [[ "$LOGREGELS" -ge 1 ]]; then
        geslaagd "the processing log holds ${LOGREGELS} pseudonymised row(s) for consulent.ci"
    else
        mislukt "no processing-log row for consulent.ci"
    fi
else
    mislukt "POST /api/v1/inburgeraars gave ${STATUS}: $(cat "$WERKMAP/registratie.body")"
fi

# 11. The UI sends an anonymous visitor to the identity provider (OIDC login), not to a local form.
STATUS="$(verzoek ui "http://127.0.0.1:${APP_POORT}/oauth2/authorization/oidc")"
if [[ "$STATUS" == "302" ]] && grep -qi "^location: ${ISSUER}/authorize?" "$WERKMAP/ui.headers"; then
    geslaagd "the UI login redirects to the identity provider's authorization endpoint"
else
    mislukt "GET /oauth2/authorization/oidc gave ${STATUS}, expected 302 to ${ISSUER}/authorize"
fi

if [[ "$FOUTEN" -gt 0 ]]; then
    echo "FAIL: ${FOUTEN} check(s) failed; last lines of the app log:"
    tail -n 40 "$WERKMAP/app.log"
    exit 1
fi
echo "PASS: productie check complete"
