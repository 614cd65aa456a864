// Policy and schema checks over rendered overlays. Usage: node check.js OVERLAY=FILE...
// Prints one line per failure and "N passed, N failed"; exit 1 on any failure.
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");

const APPS = ["gateway", "governance-service", "talent-exchange-service", "incubation-service", "curriculum-service", "funding-service"];
// Each service's topic name part; the four besides governance replicate governance's organisations (read its topic).
const SERVICE_TOPICS = { "governance-service": "governance", "talent-exchange-service": "talent",
  "incubation-service": "incubation", "curriculum-service": "curriculum", "funding-service": "funding" };
const TOPICS = Object.values(SERVICE_TOPICS).flatMap(s => [`helix.${s}.v1`, `helix.${s}.dlq`]);
// Schemas per apiVersion: the Kubernetes OpenAPI schemas (kubernetes-models) and the operators' CRD schemas where a
// registry serves them (Strimzi and CloudNativePG models generated from their CRDs, npm). Both are ES modules.
const MODELS = {
  "v1": "kubernetes-models/v1", "apps/v1": "kubernetes-models/apps/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1", "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "kafka.strimzi.io/v1beta2": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};
// The Keycloak Operator publishes its CRDs only on GitHub (keycloak-k8s-resources), which no registry here serves:
// its two CRs are checked by the policies below (realm equals the realm file, instances, hostname, database) instead.
const NO_SCHEMA = { "k8s.keycloak.org/v2alpha1": ["Keycloak", "KeycloakRealmImport"] };

let passed = 0, failed = 0;
// The self-test passes a list to collect failures in instead of counting and printing them.
let collect = null;
const check = (ok, what) => {
  if (collect) { if (!ok) collect.push(what); return; }
  if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); }
};

function matches(selector, labels) {
  const ml = (selector && selector.matchLabels) || {};
  return Object.entries(ml).every(([k, v]) => labels[k] === v);
}

// Checks one rendered overlay.
async function checkOverlay(overlay, docs, failures = null) {
  collect = failures;
  const of = kind => docs.filter(d => d.kind === kind);
  const at = `[${overlay}]`;

  // Schema: every object against its schema; an object of a kind without one fails, unless listed in NO_SCHEMA.
  for (const d of docs) {
    const id = `${at} schema ${d.apiVersion} ${d.kind}/${d.metadata.name}`;
    if ((NO_SCHEMA[d.apiVersion] || []).includes(d.kind)) continue;
    const cls = MODELS[d.apiVersion] && (await import(MODELS[d.apiVersion]))[d.kind];
    if (!cls) { check(false, `${id}: no schema to check it against`); continue; }
    let err = null;
    try { new cls(d).validate(); } catch (e) { err = e.message.split("\n").slice(0, 3).join("; "); }
    check(!err, `${id}: ${err}`);
  }

  // Every workload container: probes, limits, non-root, read-only root fs, dropped caps, pinned image.
  for (const d of docs.filter(d => ["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(d.kind))) {
    const pod = d.spec.template.spec;
    for (const c of [...(pod.initContainers || []), ...pod.containers]) {
      const id = `${at} ${d.kind}/${d.metadata.name} container ${c.name}`;
      const sc = c.securityContext || {}, psc = pod.securityContext || {};
      check(c.readinessProbe && c.livenessProbe && c.startupProbe, `${id}: startup, liveness and readiness probes`);
      check(c.resources && c.resources.limits && c.resources.limits.memory && c.resources.limits.cpu
        && c.resources.requests && c.resources.requests.memory, `${id}: memory/cpu limits and requests`);
      check(sc.runAsNonRoot === true || (psc.runAsNonRoot === true && sc.runAsNonRoot !== false), `${id}: runAsNonRoot`);
      check(sc.readOnlyRootFilesystem === true, `${id}: readOnlyRootFilesystem`);
      check(sc.allowPrivilegeEscalation === false && ((sc.capabilities || {}).drop || []).includes("ALL"), `${id}: no privilege escalation, all capabilities dropped`);
      check(((sc.seccompProfile || psc.seccompProfile) || {}).type === "RuntimeDefault", `${id}: seccomp RuntimeDefault`);
      const img = c.image || "", tag = img.includes("@") ? "digest" : (img.split("/").pop().split(":")[1] || "");
      check(tag && tag !== "latest", `${id}: pinned image tag (${img})`);
      const tmp = (c.volumeMounts || []).find(m => m.mountPath === "/tmp");
      const vol = tmp && (pod.volumes || []).find(v => v.name === tmp.name);
      check(vol && vol.emptyDir, `${id}: writable /tmp emptyDir`);
    }
  }

  // Every app: Deployment, Service, ServiceAccount, ConfigMap, creds reference, JVM sizing, labels, NetworkPolicy.
  const policies = of("NetworkPolicy");
  check(policies.some(p => Object.keys(p.spec.podSelector || {}).length === 0 && p.spec.policyTypes.includes("Ingress")
    && !p.spec.ingress), `${at} a namespace-wide default-deny ingress NetworkPolicy`);
  for (const app of APPS) {
    const dep = of("Deployment").find(d => d.metadata.name === app);
    check(dep, `${at} Deployment ${app}`);
    if (!dep) continue;
    const labels = dep.spec.template.metadata.labels || {};
    check(["name", "instance", "component", "part-of", "managed-by"].every(k => labels[`app.kubernetes.io/${k}`]), `${at} ${app}: app.kubernetes.io/* labels`);
    check(of("Service").some(s => matches({ matchLabels: s.spec.selector }, labels)), `${at} ${app}: a Service selects it`);
    check(of("ServiceAccount").some(s => s.metadata.name === dep.spec.template.spec.serviceAccountName), `${at} ${app}: its ServiceAccount`);
    const c = dep.spec.template.spec.containers[0];
    const cm = (c.envFrom || []).find(e => e.configMapRef && e.configMapRef.name.startsWith(`${app}-config`));
    check(cm && of("ConfigMap").some(m => m.metadata.name === cm.configMapRef.name), `${at} ${app}: ConfigMap ${app}-config`);
    check((c.envFrom || []).some(e => e.secretRef && e.secretRef.name.startsWith(`${app}-creds`)), `${at} ${app}: Secret reference ${app}-creds`);
    check((c.env || []).some(e => e.name === "JAVA_TOOL_OPTIONS" && /MaxRAMPercentage/.test(e.value)), `${at} ${app}: JVM heap from the container limit`);
    check((dep.spec.template.spec.topologySpreadConstraints || []).length > 0, `${at} ${app}: topology spread`);
    check(policies.some(p => matches(p.spec.podSelector, labels) && ((p.spec.ingress || []).length || (p.spec.egress || []).length)),
      `${at} ${app}: a NetworkPolicy that allows its traffic`);
    check(policies.some(p => matches(p.spec.podSelector, labels) && p.spec.policyTypes.includes("Egress")), `${at} ${app}: egress restricted`);
    if (overlay === "prod") {
      check(of("PodDisruptionBudget").some(p => matches(p.spec.selector, labels)), `${at} ${app}: PodDisruptionBudget`);
      check(of("HorizontalPodAutoscaler").some(h => h.spec.scaleTargetRef.name === app), `${at} ${app}: HorizontalPodAutoscaler`);
      check(dep.spec.replicas >= 2, `${at} ${app}: several replicas`);
    }
  }

  // Kafka: KRaft with node pools, and a KafkaTopic for every topic and dead-letter topic.
  const kafka = of("Kafka")[0];
  check(kafka && kafka.metadata.annotations["strimzi.io/node-pools"] === "enabled" && !kafka.spec.zookeeper, `${at} Kafka in KRaft mode with node pools`);
  const nodes = of("KafkaNodePool").reduce((n, p) => n + p.spec.replicas, 0);
  check(overlay === "prod" ? nodes >= 3 : nodes >= 1, `${at} Kafka nodes (${nodes})`);
  const listeners = (kafka && kafka.spec.kafka.listeners) || [];
  check(listeners.length && listeners.every(l => l.tls === true && l.authentication && l.authentication.type),
    `${at} every Kafka listener has TLS and authentication`);
  check(kafka && kafka.spec.kafka.authorization && kafka.spec.kafka.authorization.type === "simple", `${at} Kafka ACLs on`);
  for (const [app, topic] of Object.entries(SERVICE_TOPICS)) {
    const user = of("KafkaUser").find(u => u.metadata.name === app);
    const allows = (type, name, op) => user && ((user.spec.authorization || {}).acls || []).some(a =>
      a.resource.type === type && a.resource.name === name && a.operations.includes(op));
    check(user && user.spec.authentication.type === "scram-sha-512", `${at} KafkaUser ${app} (SCRAM-SHA-512)`);
    check(allows("topic", `helix.${topic}.v1`, "Write"), `${at} KafkaUser ${app}: may write helix.${topic}.v1`);
    if (app !== "governance-service") {
      check(allows("topic", "helix.governance.v1", "Read") && allows("group", app, "Read")
        && allows("topic", `helix.${topic}.dlq`, "Write"), `${at} KafkaUser ${app}: may consume governance events, write its DLQ`);
    }
    const dep = of("Deployment").find(d => d.metadata.name === app);
    const env = dep ? dep.spec.template.spec.containers[0].env || [] : [];
    const fromSecret = (name, secret) => env.some(e => e.name === name && e.valueFrom && e.valueFrom.secretKeyRef
      && e.valueFrom.secretKeyRef.name === secret);
    check(fromSecret("KAFKA_SASL_JAAS_CONFIG", app) && fromSecret("KAFKA_SSL_TRUSTSTORE_CERTIFICATES", "helix-cluster-ca-cert"),
      `${at} ${app}: Kafka password from its KafkaUser's Secret, broker CA from Strimzi's`);
    const cm = of("ConfigMap").find(m => m.metadata.name.startsWith(`${app}-config`));
    const port = cm && Number(String(cm.data.KAFKA_BOOTSTRAP_SERVERS || "").split(":")[1]);
    check(cm && cm.data.KAFKA_SECURITY_PROTOCOL === "SASL_SSL" && cm.data.KAFKA_SASL_MECHANISM === "SCRAM-SHA-512"
      && listeners.some(l => l.port === port), `${at} ${app}: SASL_SSL to the TLS listener's port (${port})`);
  }
  for (const t of TOPICS) {
    const kt = of("KafkaTopic").find(k => (k.spec.topicName || k.metadata.name) === t);
    check(kt, `${at} KafkaTopic ${t}`);
    if (kt) check(kt.spec.replicas <= nodes && Number(kt.spec.config["min.insync.replicas"]) <= kt.spec.replicas, `${at} KafkaTopic ${t}: replicas/min.insync fit ${nodes} node(s)`);
  }

  // Keycloak realm import rendered from the realm file, and the Ingresses.
  const realmFile = JSON.parse(fs.readFileSync(`${__dirname}/../../keycloak/helix-realm.json`, "utf8"));
  const ri = of("KeycloakRealmImport")[0];
  // Key order aside (kustomize sorts keys); prod drops the demo users on purpose.
  const canon = v => Array.isArray(v) ? v.map(canon) : v && typeof v === "object"
    ? Object.fromEntries(Object.keys(v).sort().map(k => [k, canon(v[k])])) : v;
  // prod may differ from the file only where render-realm-import.py says: demo users, test clients, secrets, portal
  // URLs and the portal's password grant.
  const isTestClient = id => id.startsWith("helix-test-");
  const prodView = r => {
    const c = { ...r, clients: r.clients.filter(k => !isTestClient(k.clientId))
      .map(k => { const x = { ...k }; delete x.secret; delete x.redirectUris; delete x.webOrigins;
        if (x.clientId === "helix-portal") delete x.directAccessGrantsEnabled; return x; }),
      users: (r.users || []).filter(u => u.serviceAccountClientId && !isTestClient(u.serviceAccountClientId)) };
    return JSON.stringify(canon(c));
  };
  const same = overlay === "prod" ? prodView : (r => JSON.stringify(canon(r)));
  check(ri && same(ri.spec.realm) === same(realmFile), `${at} KeycloakRealmImport equals deploy/keycloak/helix-realm.json`);
  if (overlay === "prod" && ri) {
    const realm = ri.spec.realm, placeholders = ri.spec.placeholders || {};
    const users = realm.users || [];
    check(users.every(u => u.serviceAccountClientId && !u.credentials), `${at} prod realm import without demo users`);
    const portal = realm.clients.find(k => k.clientId === "helix-portal");
    check(portal && portal.directAccessGrantsEnabled === false,
      `${at} prod portal client helix-portal: password grant (direct access grants) disabled`);
    // Partner clients get their roles and org claim from their service-account users: dropping those breaks them.
    const fileUsers = realmFile.users || [];
    for (const k of realm.clients.filter(k => k.serviceAccountsEnabled)) {
      const account = users.find(u => u.serviceAccountClientId === k.clientId);
      const inFile = fileUsers.find(u => u.serviceAccountClientId === k.clientId);
      check(account && inFile && JSON.stringify(canon(account.realmRoles || [])) === JSON.stringify(canon(inFile.realmRoles || []))
        && JSON.stringify(((account.attributes || {}).org) || null) === JSON.stringify(((inFile.attributes || {}).org) || null)
        && ((account.attributes || {}).org || []).length > 0,
        `${at} prod client ${k.clientId}: service-account user kept with its roles and org`);
    }
    check(!realm.clients.some(k => k.clientId.startsWith("helix-test-")), `${at} prod realm import without test clients`);
    for (const k of realm.clients.filter(k => !k.publicClient && k.secret !== undefined)) {
      const name = (/^\$\{([A-Z0-9_]+)\}$/.exec(k.secret) || [])[1];
      const ref = name && placeholders[name] && placeholders[name].secret;
      check(ref && ref.name === "helix-realm-client-secrets" && ref.key === k.clientId,
        `${at} prod client ${k.clientId}: secret from Secret helix-realm-client-secrets, not from git`);
    }
    const urls = realm.clients.flatMap(k => [...(k.redirectUris || []), ...(k.webOrigins || [])]);
    check(urls.length && urls.every(u => /^https:\/\//.test(u)), `${at} prod redirect URIs and web origins are https (${urls.join(" ")})`);
  }
  check(of("Ingress").some(i => i.spec.rules.some(r => r.http.paths.some(p => p.backend.service.name === "gateway"))), `${at} Ingress for the gateway`);
  check(of("Ingress").some(i => i.spec.rules.some(r => r.http.paths.some(p => p.path.startsWith("/realms")))), `${at} Ingress for Keycloak's public endpoints`);
  // Health and metrics are for the cluster (probes, Prometheus), never for the internet.
  for (const internal of ["/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"]) {
    const exposing = of("Ingress").flatMap(i => i.spec.rules.flatMap(r => r.http.paths
      .filter(p => ingressPathMatches(p, internal)).map(p => `${i.metadata.name} ${p.pathType} ${p.path}`)));
    check(!exposing.length, `${at} no Ingress exposes ${internal} (${exposing.join(", ")})`);
  }
  if (overlay === "prod") check(of("Ingress").every(i => (i.spec.tls || []).length), `${at} TLS on every Ingress`);
  // PostgreSQL: one database owned by each service (and Keycloak).
  for (const db of ["governance", "talent", "incubation", "curriculum", "funding", "keycloak"])
    check(of("Database").some(d => d.spec.name === db && d.spec.owner === db), `${at} CloudNativePG Database ${db}`);
}

// Whether an Ingress path rule sends `path` to its backend. Prefix matches whole path elements (Kubernetes
// semantics); ImplementationSpecific is taken as a plain string prefix, the widest reading.
function ingressPathMatches(rule, path) {
  const p = rule.path || "/";
  if (rule.pathType === "Exact") return p === path;
  if (rule.pathType === "Prefix") {
    const prefix = p.endsWith("/") ? p.slice(0, -1) : p;
    return prefix === "" || path === prefix || path.startsWith(prefix + "/");
  }
  return path.startsWith(p);
}

// Proves the checks can fail: each broken copy of a rendered overlay must produce the named failure.
async function selfTest(overlay, docs) {
  const broken = [
    ["Kafka listener port as text (Strimzi CRD schema)", "schema kafka.strimzi.io/v1beta2 Kafka",
      d => d.kind === "Kafka" && (d.spec.kafka.listeners[0].port = "9092")],
    ["Database without owner (CloudNativePG CRD schema)", "schema postgresql.cnpg.io/v1 Database",
      d => d.kind === "Database" && delete d.spec.owner],
    ["Deployment replicas as text (Kubernetes schema)", "schema apps/v1 Deployment",
      d => d.kind === "Deployment" && (d.spec.replicas = "one")],
    ["an object of a kind without schema", "no schema to check it against",
      d => d.kind === "Service" && (d.apiVersion = "example.org/v1")],
    ["a container without probes", "startup, liveness and readiness probes",
      d => d.kind === "Deployment" && delete d.spec.template.spec.containers[0].livenessProbe],
    ["an image tagged latest", "pinned image tag",
      d => d.kind === "Deployment" && (d.spec.template.spec.containers[0].image = "helix/gateway:latest")],
    ["a topic without KafkaTopic", "KafkaTopic helix.funding.dlq",
      d => d.kind === "KafkaTopic" && d.spec.topicName === "helix.funding.dlq" && (d.spec.topicName = "other")],
    ["a client secret written into the prod realm import", "secret from Secret helix-realm-client-secrets",
      d => d.kind === "KeycloakRealmImport" && (d.spec.realm.clients.find(k => k.clientId === "partner-school").secret = "s3cret"),
      "prod"],
    ["a plain Kafka listener", "every Kafka listener has TLS and authentication",
      d => d.kind === "Kafka" && !(d.spec.kafka.listeners[0].tls = false)],
    ["a service without its Kafka password", "Kafka password from its KafkaUser's Secret",
      d => d.kind === "Deployment" && d.metadata.name === "funding-service" && (d.spec.template.spec.containers[0].env = [])],
    ["a localhost redirect URI in prod", "redirect URIs and web origins are https",
      d => d.kind === "KeycloakRealmImport" && d.spec.realm.clients.find(k => k.redirectUris && k.redirectUris.length).redirectUris.push("http://localhost:*"),
      "prod"],
    ["the password grant left on for the portal in prod", "password grant (direct access grants) disabled",
      d => d.kind === "KeycloakRealmImport" && (d.spec.realm.clients.find(k => k.clientId === "helix-portal").directAccessGrantsEnabled = true),
      "prod"],
    ["a partner client's service-account user dropped in prod", "partner-school: service-account user kept",
      d => d.kind === "KeycloakRealmImport" && (d.spec.realm.users = d.spec.realm.users.filter(u => u.serviceAccountClientId !== "partner-school")),
      "prod"],
    ["a demo user with a password in prod", "without demo users",
      d => d.kind === "KeycloakRealmImport" && d.spec.realm.users.push({ username: "admin", credentials: [{ type: "password", value: "x" }] }),
      "prod"],
    ["the whole gateway behind the Ingress", "no Ingress exposes /q/metrics",
      d => d.kind === "Ingress" && d.metadata.name === "gateway" && (d.spec.rules[0].http.paths[0] = { ...d.spec.rules[0].http.paths[0], path: "/", pathType: "Prefix" })],
    ["health by an exact path", "no Ingress exposes /q/health/ready",
      d => d.kind === "Ingress" && d.metadata.name === "gateway" && d.spec.rules[0].http.paths.push({ ...d.spec.rules[0].http.paths[0], path: "/q/health/ready", pathType: "Exact" })],
    ["everything under /q", "no Ingress exposes /q/health",
      d => d.kind === "Ingress" && d.metadata.name === "gateway" && d.spec.rules[0].http.paths.push({ ...d.spec.rules[0].http.paths[0], path: "/q", pathType: "ImplementationSpecific" })],
  ].filter(([, , , only]) => !only || only === overlay);
  let caught = 0;
  for (const [what, expected, mutate] of broken) {
    const copy = JSON.parse(JSON.stringify(docs));
    if (!copy.map(mutate).some(Boolean)) { console.log(`SELF-TEST could not break: ${what}`); continue; }
    const failures = [];
    await checkOverlay(overlay, copy, failures);
    if (failures.some(f => f.includes(expected))) caught++;
    else console.log(`SELF-TEST not caught: ${what} (expected a failure naming "${expected}")`);
  }
  console.log(`self-test: ${caught} of ${broken.length} broken overlays caught`);
  return caught === broken.length;
}

async function main() {
  const args = process.argv.slice(2);
  const selfTesting = args[0] === "--self-test";
  for (const arg of selfTesting ? args.slice(1) : args) {
    const [overlay, file] = arg.split("=");
    const docs = yaml.loadAll(fs.readFileSync(file, "utf8")).filter(Boolean);
    if (selfTesting) { if (!(await selfTest(overlay, docs))) process.exit(1); continue; }
    await checkOverlay(overlay, docs);
  }
  if (selfTesting) return;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch(e => { console.error(e); process.exit(2); });
