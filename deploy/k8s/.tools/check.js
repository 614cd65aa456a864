// Policy and schema checks over rendered overlays. Usage: node check.js OVERLAY=FILE...
// Prints one line per failure and "N passed, N failed"; exit 1 on any failure.
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");

const APPS = ["gateway", "governance-service", "talent-exchange-service", "incubation-service", "curriculum-service", "funding-service"];
const TOPICS = ["governance", "talent", "incubation", "curriculum", "funding"].flatMap(s => [`helix.${s}.v1`, `helix.${s}.dlq`]);
// Core kinds with a kubernetes-models class; operator CRs (Kafka, Keycloak, Cluster, ...) are not schema-checked here.
const MODELS = {
  "v1": "kubernetes-models/v1", "apps/v1": "kubernetes-models/apps/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1", "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
};

let passed = 0, failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } };

function matches(selector, labels) {
  const ml = (selector && selector.matchLabels) || {};
  return Object.entries(ml).every(([k, v]) => labels[k] === v);
}

for (const arg of process.argv.slice(2)) {
  const [overlay, file] = arg.split("=");
  const docs = yaml.loadAll(fs.readFileSync(file, "utf8")).filter(Boolean);
  const of = kind => docs.filter(d => d.kind === kind);
  const at = `[${overlay}]`;

  // Schema: every core object against the Kubernetes OpenAPI schema (kubernetes-models).
  for (const d of docs) {
    const mod = MODELS[d.apiVersion];
    if (!mod) continue;
    const cls = require(mod)[d.kind];
    if (!cls) continue;
    let err = null;
    try { new cls(d).validate(); } catch (e) { err = e.message.split("\n")[0]; }
    check(!err, `${at} schema ${d.kind}/${d.metadata.name}: ${err}`);
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
    check((c.env || []).some(e => e.name === "JAVA_OPTS_APPEND" && /MaxRAMPercentage/.test(e.value)), `${at} ${app}: JVM heap from the container limit`);
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
  const strip = r => { const c = { ...r }; delete c.users; return JSON.stringify(canon(c)); };
  check(ri && strip(ri.spec.realm) === strip(realmFile), `${at} KeycloakRealmImport equals deploy/keycloak/helix-realm.json`);
  check(of("Ingress").some(i => i.spec.rules.some(r => r.http.paths.some(p => p.backend.service.name === "gateway"))), `${at} Ingress for the gateway`);
  check(of("Ingress").some(i => i.spec.rules.some(r => r.http.paths.some(p => p.path.startsWith("/realms")))), `${at} Ingress for Keycloak's public endpoints`);
  if (overlay === "prod") check(of("Ingress").every(i => (i.spec.tls || []).length), `${at} TLS on every Ingress`);
  // PostgreSQL: one database owned by each service (and Keycloak).
  for (const db of ["governance", "talent", "incubation", "curriculum", "funding", "keycloak"])
    check(of("Database").some(d => d.spec.name === db && d.spec.owner === db), `${at} CloudNativePG Database ${db}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
