#!/usr/bin/env bash
# Smoke-checks a Keycloak that has imported deploy/keycloak/helix-realm.json.
#
#   deploy/keycloak/check-realm.sh [KEYCLOAK_BASE_URL]      (default http://localhost:18180)
#
# For every demo user (password grant via helix-portal) and every confidential client
# (client credentials) it fetches an access token, decodes the payload and asserts:
# iss = <base>/realms/helix, org = expected organisation UUID, expected realm role in
# realm_access.roles, aud contains helix-api, sub present. Also checks that a wrong
# password / wrong secret is rejected with 401, that the org claim reaches the ID token and
# userinfo, and that helix-test-expiry tokens live exactly 2 seconds.
# Prints one line per check, then "N passed, N failed"; exits 1 on any failure.
# Needs curl and either jq or python3.
set -u

BASE="${1:-http://localhost:18180}"
BASE="${BASE%/}"
REALM=helix
ISS="$BASE/realms/$REALM"
TOKEN_URL="$ISS/protocol/openid-connect/token"
USERINFO_URL="$ISS/protocol/openid-connect/userinfo"
PASSWORD=helix-demo
AUDIENCE=helix-api
HELIX_ROLES="admin secretariat gov-officer school-admin enterprise-rep association-rep funder teacher expert student"

org() { printf '00000000-0000-4000-8000-0000000000%s' "$1"; }

if command -v jq >/dev/null 2>&1; then HAVE_JQ=1; else HAVE_JQ=0; fi
if [ "$HAVE_JQ" = 0 ] && ! command -v python3 >/dev/null 2>&1; then
  echo "need jq or python3" >&2; exit 2
fi

passed=0; failed=0
ok()   { passed=$((passed + 1)); echo "PASS  $*"; }
bad()  { failed=$((failed + 1)); echo "FAIL  $*"; }
check() { # check <description> <actual> <expected>
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1 (got '$2', want '$3')"; fi
}

# --- JSON helpers (jq, else python3) ---------------------------------------------------------
# b64url_decode <segment>: decodes one base64url JWT segment to stdout
b64url_decode() {
  local s
  s=$(printf '%s' "$1" | tr '_-' '/+')
  case $(( ${#s} % 4 )) in 2) s="$s==" ;; 3) s="$s=" ;; esac
  if [ "$HAVE_JQ" = 1 ]; then
    printf '"%s"' "$s" | jq -r '@base64d'
  else
    python3 -c 'import base64,sys; sys.stdout.write(base64.b64decode(sys.argv[1]).decode())' "$s"
  fi
}
# jwt_payload <jwt>
jwt_payload() {
  local p
  p=$(printf '%s' "$1" | cut -d. -f2)
  b64url_decode "$p"
}
# jget <json> <dotted.path>: scalar value ("" if absent); arrays are printed one item per line
jget() {
  if [ "$HAVE_JQ" = 1 ]; then
    printf '%s' "$1" | jq -r --arg p "$2" 'getpath($p | split(".")) // empty | if type == "array" then .[] else . end' 2>/dev/null
  else
    J="$1" python3 -c '
import json, os, sys
v = json.loads(os.environ["J"])
for k in sys.argv[1].split("."):
    v = v.get(k) if isinstance(v, dict) else None
if v is not None:
    for x in (v if isinstance(v, list) else [v]):
        print(x if not isinstance(x, bool) else str(x).lower())
' "$2" 2>/dev/null
  fi
}
# contains <json> <path> <value>: "yes" if value is (in) the claim at path (string or array)
contains() {
  if jget "$1" "$2" | grep -qxF -- "$3"; then echo yes; else echo no; fi
}

# --- token helpers ----------------------------------------------------------------------------
# post_token <curl -d args...>: prints "<http_code> <body>"
post_token() {
  local out code
  out=$(curl -s -m 15 -w '\n%{http_code}' "$TOKEN_URL" "$@") || out=$'\n000'
  code=${out##*$'\n'}
  printf '%s %s' "$code" "${out%$'\n'*}"
}

# assert_claims <label> <access_token> <expected_org> <expected_role|-none->
assert_claims() {
  local label=$1 tok=$2 want_org=$3 want_role=$4 p r found
  p=$(jwt_payload "$tok")
  check "$label: iss" "$(jget "$p" iss)" "$ISS"
  check "$label: org" "$(jget "$p" org)" "$want_org"
  check "$label: aud contains $AUDIENCE" "$(contains "$p" aud "$AUDIENCE")" yes
  if [ -n "$(jget "$p" sub)" ]; then ok "$label: sub present"; else bad "$label: sub missing"; fi
  if [ "$want_role" = "-none-" ]; then
    found=""
    for r in $HELIX_ROLES; do
      [ "$(contains "$p" realm_access.roles "$r")" = yes ] && found="$found $r"
    done
    check "$label: no helix realm role in realm_access.roles" "${found# }" ""
  else
    check "$label: realm_access.roles contains $want_role" "$(contains "$p" realm_access.roles "$want_role")" yes
  fi
}

echo "Checking realm '$REALM' at $BASE"

# --- demo users: password grant through helix-portal (demo only) -----------------------------
USERS="admin:admin:07 secretariat:secretariat:07 gov-officer:gov-officer:01
school-admin:school-admin:02 teacher:teacher:02 student:student:02 student2:student:02
student3:student:02 student4:student:02 student5:student:02
enterprise-rep:enterprise-rep:03 expert:expert:03 association-rep:association-rep:04
funder:funder:05 school-admin-2:school-admin:12 enterprise-rep-2:enterprise-rep:13"
for entry in $USERS; do
  IFS=: read -r user role o <<<"$entry"
  resp=$(post_token -d grant_type=password -d client_id=helix-portal -d scope=openid \
           --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD")
  code=${resp%% *}; body=${resp#* }
  if [ "$code" != 200 ]; then bad "user $user: token (HTTP $code)"; continue; fi
  ok "user $user: token"
  assert_claims "user $user" "$(jget "$body" access_token)" "$(org "$o")" "$role"
  if [ "$user" = teacher ]; then
    at=$(jget "$body" access_token)
    check "user $user: id_token org" "$(jget "$(jwt_payload "$(jget "$body" id_token)")" org)" "$(org "$o")"
    ui=$(curl -s -m 15 -H "Authorization: Bearer $at" "$USERINFO_URL")
    check "user $user: userinfo org" "$(jget "$ui" org)" "$(org "$o")"
  fi
done

# --- confidential clients: client credentials ------------------------------------------------
CLIENTS="governance-service:secretariat:07 talent-exchange-service:secretariat:07
incubation-service:secretariat:07 curriculum-service:secretariat:07 funding-service:secretariat:07
partner-government:gov-officer:01 partner-school:school-admin:02 partner-enterprise:enterprise-rep:03
partner-association:association-rep:04 partner-financial:funder:05 partner-social:-none-:06
helix-test-expiry:secretariat:07"
for entry in $CLIENTS; do
  IFS=: read -r cid role o <<<"$entry"
  resp=$(post_token -d grant_type=client_credentials -d "client_id=$cid" -d "client_secret=$cid-secret")
  code=${resp%% *}; body=${resp#* }
  if [ "$code" != 200 ]; then bad "client $cid: token (HTTP $code)"; continue; fi
  ok "client $cid: token"
  tok=$(jget "$body" access_token)
  assert_claims "client $cid" "$tok" "$(org "$o")" "$role"
  if [ "$cid" = helix-test-expiry ]; then
    p=$(jwt_payload "$tok")
    check "client $cid: exp - iat == 2" "$(( $(jget "$p" exp) - $(jget "$p" iat) ))" 2
  fi
done

# --- negative checks -------------------------------------------------------------------------
resp=$(post_token -d grant_type=password -d client_id=helix-portal \
         --data-urlencode "username=student" --data-urlencode "password=wrong-password")
check "wrong password rejected with 401" "${resp%% *}" 401
resp=$(post_token -d grant_type=client_credentials -d client_id=governance-service -d client_secret=wrong-secret)
check "wrong client secret rejected with 401" "${resp%% *}" 401
resp=$(post_token -d grant_type=password -d client_id=governance-service -d client_secret=governance-service-secret \
         --data-urlencode "username=student" --data-urlencode "password=$PASSWORD")
code=${resp%% *}
if [ "$code" != 200 ] && [ "$code" != 000 ]; then ok "password grant refused for service client (HTTP $code)"
else bad "password grant refused for service client (HTTP $code)"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
