export const id = 19;
export const ids = [19];
export const modules = {

/***/ 3019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apply: () => (/* binding */ apply)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/graph/keysets.ts
var keysets = __webpack_require__(8398);
;// CONCATENATED MODULE: ./src/keyed-pool.ts
function runKeyed(tasks, limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`limit must be a positive integer, got ${limit}`);
    const outcomes = new Array(tasks.length);
    const waiting = tasks.map((task, index) => ({ task, index }));
    const busy = new Set();
    let running = 0;
    return new Promise((resolve) => {
        const pump = () => {
            if (waiting.length === 0 && running === 0)
                return resolve(outcomes);
            while (running < limit) {
                const next = waiting.findIndex(({ task }) => !busy.has(task.key));
                if (next === -1)
                    return;
                const [{ task, index }] = waiting.splice(next, 1);
                busy.add(task.key);
                running++;
                settle(task.run).then((outcome) => {
                    outcomes[index] = outcome;
                    busy.delete(task.key);
                    running--;
                    pump();
                });
            }
        };
        pump();
    });
}
async function settle(run) {
    try {
        return { status: 'fulfilled', value: await run() };
    }
    catch (reason) {
        return { status: 'rejected', reason };
    }
}

// EXTERNAL MODULE: ./src/log-safety.ts
var log_safety = __webpack_require__(8224);
;// CONCATENATED MODULE: ./src/manifest/manifest.ts
function placeText(place) {
    return `${place.file}:${place.line}:${place.col}`;
}

// EXTERNAL MODULE: ./src/report-file.ts
var report_file = __webpack_require__(3336);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/crypto/certificates.ts + 1 modules
var certificates = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/crypto/pem.ts
var pem = __webpack_require__(159);
// EXTERNAL MODULE: ./src/keyvault/reference.ts
var reference = __webpack_require__(9896);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/keyset-id.ts
var keyset_id = __webpack_require__(4738);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/manifest/read-manifest.ts
/**
 * Manifest text → a checked Manifest, or one InputError listing every problem with its
 * file:line:col. It enforces schema/manifest.schema.json (a test keeps the two in agreement) and
 * the rules a schema cannot say: unparsable dates, duplicate keysets and applications.
 * Written by hand over the YAML syntax tree, not with a schema library, so that every message
 * names its place and the start-up of the action pays for no schema compiler.
 */






const KEYSET_KEYS = [
    'id',
    'generate',
    'secret',
    'certificate',
    'pkcs12',
    'key-vault-certificate',
    'key-vault-pkcs12',
    'key-type',
    'use',
    'not-before',
    'expires',
    'rotate-if-expiring-within',
    'upload-again',
    'create-if-missing',
];
const SOURCES = ['generate', 'secret', 'certificate', 'pkcs12', 'key-vault-certificate', 'key-vault-pkcs12'];
const CERTIFICATE_SOURCES = ['certificate', 'pkcs12', 'key-vault-certificate', 'key-vault-pkcs12'];
const APPLICATION_KEYS = ['application', 'target', 'key-vault-certificate', 'proof-key-vault-certificate', 'remove-superseded-after'];
const KEYSET_NAME = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VAULT_CERTIFICATE = /^[0-9A-Za-z-]{1,127}(?:\/[0-9a-fA-F]{32})?$/;
/** More problems than this are cut: the first ones are what the author fixes first anyway. */
const MAX_PROBLEMS = 10;
function readManifest(text, file, now) {
    const checker = new Checker(file);
    const manifest = checker.manifest(text, now);
    if (checker.problems.length > 0 || !manifest) {
        const shown = checker.problems.slice(0, MAX_PROBLEMS);
        const more = checker.problems.length - shown.length;
        throw new errors/* InputError */.d(inputs/* INPUTS */.mc.manifest, `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
    }
    return manifest;
}
class Checker {
    file;
    problems = [];
    lines = new dist/* LineCounter */.HN();
    constructor(file) {
        this.file = file;
    }
    manifest(text, now) {
        const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
        for (const error of document.errors) {
            const { line, col } = this.lines.linePos(error.pos[0]);
            this.problems.push(`${placeText({ file: this.file, line, col })}: ${error.message.split('\n')[0]}`);
        }
        if (this.problems.length > 0)
            return undefined;
        const root = document.contents;
        if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
            this.problems.push(`${this.file}:1:1: the manifest is empty; declare keysets or applications`);
            return undefined;
        }
        const fields = this.fields(root, 'the manifest', ['keysets', 'applications']);
        if (!fields)
            return undefined;
        if (fields.size === 0)
            this.fail(root, 'the manifest declares nothing; give keysets or applications');
        const keysets = this.list(fields.get('keysets')?.value, 'keysets').flatMap((item) => this.keyset(item, now) ?? []);
        const applications = this.list(fields.get('applications')?.value, 'applications').flatMap((item) => this.application(item) ?? []);
        this.refuseDuplicates(keysets.map((entry) => [entry.place, entry.keysetId.toLowerCase(), `keyset ${entry.keysetId}`]));
        this.refuseDuplicates(applications.map((entry) => [entry.place, `${entry.target.kind} ${entry.target.id}`, `${entry.target.kind} ${entry.target.id}`]));
        return { file: this.file, keysets, applications };
    }
    keyset(node, now) {
        const fields = this.fields(node, 'a keyset entry', KEYSET_KEYS, LITERAL_SECRET_HINTS);
        if (!fields)
            return undefined;
        const count = this.problems.length;
        const idNode = fields.get('id')?.value;
        const id = idNode === undefined ? this.fail(node, "a keyset entry needs 'id' (the keyset id, with or without B2C_1A_)") : this.keysetId(idNode);
        const source = this.source(node, fields);
        const declaredType = this.enumOf(fields.get('key-type')?.value, "'key-type'", ['RSA', 'oct']);
        const declaredUse = this.enumOf(fields.get('use')?.value, "'use'", ['sig', 'enc']);
        if (source)
            this.refuseInnerConflicts(node, fields, source, declaredType);
        const notBefore = this.instant(fields.get('not-before')?.value, "'not-before'", now) ?? now;
        const expires = this.instant(fields.get('expires')?.value, "'expires'", notBefore);
        if (expires && expires.getTime() <= notBefore.getTime())
            this.fail(fields.get('expires')?.value ?? node, `'expires' (${expires.toISOString()}) is not after not-before (${notBefore.toISOString()})`);
        else if (expires && expires.getTime() <= now.getTime())
            this.fail(fields.get('expires')?.value ?? node, `'expires' (${expires.toISOString()}) is in the past: the key would never be usable`);
        const rotateWithin = this.duration(fields.get('rotate-if-expiring-within')?.value, "'rotate-if-expiring-within'");
        const uploadAgain = this.uploadAgain(fields.get('upload-again')?.value);
        const createIfMissing = this.boolean(fields.get('create-if-missing')?.value, "'create-if-missing'") ?? true;
        if (this.problems.length > count || id === undefined || !source)
            return undefined;
        return {
            place: this.place(node),
            keysetId: id,
            source: source.kind === 'secret' ? { ...source, use: declaredUse ?? 'sig' } : source,
            notBefore,
            expires,
            rotateWithin,
            uploadAgain,
            createIfMissing,
        };
    }
    /** Exactly one source; its own fields checked. A secret's `use` is filled in by the caller. */
    source(entry, fields) {
        const given = SOURCES.filter((name) => fields.has(name));
        if (given.length !== 1) {
            const list = SOURCES.join(', ');
            return this.fail(entry, given.length === 0 ? `a keyset entry needs one key source: ${list}` : `a keyset entry takes one key source, not ${given.join(' and ')}`);
        }
        const [kind] = given;
        const node = fields.get(kind)?.value ?? null;
        switch (kind) {
            case 'generate': {
                const inner = this.fields(node, "'generate'", ['key-type', 'use']);
                if (!inner)
                    return undefined;
                const keyType = this.enumOf(inner.get('key-type')?.value, "'generate.key-type'", ['RSA', 'oct']) ?? 'RSA';
                const use = this.enumOf(inner.get('use')?.value, "'generate.use'", ['sig', 'enc']) ?? 'sig';
                return { kind, keyType, use };
            }
            case 'secret':
            case 'certificate': {
                const env = this.envRef(node, `'${kind}'`, ['env']);
                return env && (kind === 'secret' ? { kind, env: env.env, use: 'sig' } : { kind, env: env.env });
            }
            case 'pkcs12': {
                const env = this.envRef(node, "'pkcs12'", ['env', 'password-env']);
                return env && { kind, env: env.env, passwordEnv: env.passwordEnv };
            }
            case 'key-vault-certificate':
            case 'key-vault-pkcs12': {
                const certificate = this.pattern(node, `'${kind}'`, VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'");
                return certificate === undefined ? undefined : { kind, certificate };
            }
        }
    }
    /** The contradictions inside one entry that the keyset would refuse later, after other writes. */
    refuseInnerConflicts(entry, fields, source, declaredType) {
        const at = (name) => fields.get(name)?.key ?? entry;
        if (source.kind === 'generate') {
            for (const name of ['key-type', 'use'])
                if (fields.has(name))
                    this.fail(at(name), `give '${name}' inside 'generate', not beside it`);
        }
        else if (source.kind === 'secret' && declaredType === 'RSA') {
            this.fail(at('key-type'), "a secret is an oct key, and this keyset is declared 'key-type: RSA'; a keyset holds one key type");
        }
        else if (CERTIFICATE_SOURCES.includes(source.kind)) {
            if (declaredType === 'oct')
                this.fail(at('key-type'), `a certificate is an RSA key, and this keyset is declared 'key-type: oct'; a keyset holds one key type`);
            for (const name of ['use', 'not-before', 'expires']) {
                if (fields.has(name))
                    this.fail(at(name), `'${name}' does not go with '${source.kind}': the key takes ${name === 'use' ? 'its use from the service' : 'its validity from the certificate'}`);
            }
        }
        if (source.kind !== 'secret' && fields.has('upload-again')) {
            this.fail(at('upload-again'), "'upload-again' is for secrets only: a generated key is never uploaded and a certificate already in the keyset is recognised");
        }
    }
    application(node) {
        const fields = this.fields(node, 'an application entry', APPLICATION_KEYS);
        if (!fields)
            return undefined;
        const count = this.problems.length;
        const idNode = fields.get('application')?.value;
        const id = idNode === undefined ? this.fail(node, "an application entry needs 'application' (its object id or appId)") : this.pattern(idNode, "'application'", GUID, 'an object id or appId (GUID)');
        const certificateNode = fields.get('key-vault-certificate')?.value;
        const certificate = certificateNode === undefined
            ? this.fail(node, "an application entry needs 'key-vault-certificate' (the certificate to keep on it)")
            : this.pattern(certificateNode, "'key-vault-certificate'", VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'");
        const proofNode = fields.get('proof-key-vault-certificate')?.value;
        const proof = proofNode === undefined ? undefined : this.pattern(proofNode, "'proof-key-vault-certificate'", VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'");
        const kind = this.enumOf(fields.get('target')?.value, "'target'", ['application', 'service-principal']) ?? 'application';
        const removeSupersededAfter = this.duration(fields.get('remove-superseded-after')?.value, "'remove-superseded-after'");
        if (this.problems.length > count || id === undefined || certificate === undefined)
            return undefined;
        return { place: this.place(node), target: { kind, id: id.toLowerCase() }, keyVaultCertificate: certificate, proofKeyVaultCertificate: proof, removeSupersededAfter };
    }
    refuseDuplicates(entries) {
        const first = new Map();
        for (const [place, key, label] of entries) {
            const earlier = first.get(key);
            if (earlier)
                this.problems.push(`${placeText(place)}: ${label} is declared twice (first at line ${earlier.line}); declare each once`);
            else
                first.set(key, place);
        }
    }
    // ---- value readers: each reports its own problem and returns undefined on failure ----
    fields(node, what, accepted, hints = {}) {
        if (node === null || !(0,dist/* isMap */.jh)(node))
            return this.fail(node, `${what} must be a mapping of ${accepted.map((key) => `'${key}'`).join(', ')}`);
        const fields = new Map();
        for (const pair of node.items) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string') {
                this.fail(key ?? node, `${what} has a key that is not a plain name`);
                continue;
            }
            if (!accepted.includes(key.value)) {
                this.fail(key, hints[key.value] ?? `unknown key '${key.value}' in ${what}; accepted: ${accepted.join(', ')}`);
                continue;
            }
            const value = pair.value;
            if (value !== null && (0,dist/* isAlias */.Vj)(value)) {
                this.fail(value, 'anchors and aliases are not supported; write the value out');
                continue;
            }
            fields.set(key.value, { key, value });
        }
        return fields;
    }
    list(node, what) {
        if (node === undefined)
            return [];
        if (node === null || !(0,dist/* isSeq */.oP)(node) || node.items.length === 0)
            return this.fail(node, `'${what}' must be a non-empty list of entries`) ?? [];
        return node.items.filter((item) => item !== null && typeof item === 'object');
    }
    /** `{ env: NAME }` (and for pkcs12 `password-env`); a literal value is a secret written down. */
    envRef(node, what, accepted) {
        if (node !== null && (0,dist/* isScalar */.jn)(node))
            return this.fail(node, `${what} must name an environment variable, as { env: NAME }: ${LITERAL_SECRET}`);
        const fields = this.fields(node, what, accepted, { password: `a literal password is refused: name its environment variable with 'password-env'` });
        if (!fields)
            return undefined;
        const envNode = fields.get('env')?.value;
        const env = envNode === undefined ? this.fail(node, `${what} needs 'env': the environment variable that holds it`) : this.variableName(envNode, `${what}.env`);
        const passwordNode = fields.get('password-env')?.value;
        const passwordEnv = passwordNode === undefined ? undefined : this.variableName(passwordNode, `${what}.password-env`);
        return env === undefined ? undefined : { env, passwordEnv };
    }
    keysetId(node) {
        const value = this.pattern(node, "'id'", KEYSET_NAME, "a keyset id of letters, digits, '_', '-' or '.', e.g. 'FacebookSecret'");
        if (value === undefined)
            return undefined;
        const id = (0,keyset_id/* normaliseKeysetId */.Z)(value);
        return id === 'B2C_1A_' ? this.fail(node, "'id' has nothing after the B2C_1A_ prefix") : id;
    }
    /** Not quoted when it is no name: what stands there may be the secret itself, pasted by mistake. */
    variableName(node, what) {
        const value = this.string(node, what);
        if (value === undefined || ENV_NAME.test(value))
            return value;
        return this.fail(node, `${what} is not an environment variable name (letters, digits and '_', not starting with a digit); if it is the secret itself, remove it from the file and replace the secret`);
    }
    pattern(node, what, pattern, expected) {
        const value = this.string(node, what);
        if (value === undefined)
            return undefined;
        return pattern.test(value) ? value : this.fail(node, `${what} '${value}' is not ${expected}`);
    }
    enumOf(node, what, accepted) {
        if (node === undefined)
            return undefined;
        const value = this.string(node, what);
        if (value === undefined)
            return undefined;
        const match = accepted.find((option) => option === value);
        return match ?? this.fail(node, `${what} '${value}' is not accepted: one of ${accepted.map((option) => `'${option}'`).join(', ')}`);
    }
    duration(node, what) {
        if (node === undefined)
            return undefined;
        const value = this.string(node, what);
        if (value === undefined)
            return undefined;
        return (0,time/* parseDuration */.E9)(value) ?? this.fail(node, `${what} '${value}' is not a duration: give ${time/* DURATION_FORMS */.nv}`);
    }
    uploadAgain(node) {
        if (node === undefined)
            return { kind: 'when-due' };
        const value = this.string(node, "'upload-again'");
        if (value === 'when-due' || value === 'always')
            return { kind: value };
        const period = value === undefined ? undefined : (0,time/* parseDuration */.E9)(value);
        if (period)
            return { kind: 'every', period };
        if (value !== undefined)
            this.fail(node, `'upload-again' '${value}' is not accepted: 'when-due', 'always' or a duration (${time/* DURATION_FORMS */.nv})`);
        return { kind: 'when-due' };
    }
    instant(node, what, base) {
        if (node === undefined)
            return undefined;
        const value = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0 ? String(node.value) : this.string(node, what);
        if (value === undefined)
            return undefined;
        const parsed = (0,time/* parseInstant */.nV)(value, base);
        return parsed.ok ? parsed.at : this.fail(node, `${what}: ${parsed.problem}`);
    }
    boolean(node, what) {
        if (node === undefined)
            return undefined;
        if (node !== null && (0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.fail(node, `${what} must be true or false`);
    }
    string(node, what) {
        if (node !== null && (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
            return node.value.trim();
        return this.fail(node, `${what} must be a non-empty text`);
    }
    fail(node, message) {
        this.problems.push(`${placeText(this.place(node))}: ${message}`);
        return undefined;
    }
    place(node) {
        const offset = node?.range?.[0] ?? 0;
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, col };
    }
}
const LITERAL_SECRET = "a literal secret is refused; set the variable from secrets.* in the step's env:";
/** Keys people reach for when they put a secret in the file: refused with the way to do it instead. */
const LITERAL_SECRET_HINTS = {
    value: `a literal secret ('value') is refused: use 'secret: { env: NAME }'; set the variable from secrets.* in the step's env:`,
    k: `a literal secret ('k') is refused: use 'secret: { env: NAME }'; set the variable from secrets.* in the step's env:`,
    password: "a literal password is refused: use 'pkcs12: { env: NAME, password-env: NAME }'",
};

// EXTERNAL MODULE: ./src/operations/generate-key.ts
var generate_key = __webpack_require__(3641);
// EXTERNAL MODULE: ./src/operations/upload-certificate.ts
var upload_certificate = __webpack_require__(271);
// EXTERNAL MODULE: ./src/operations/sources.ts
var sources = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/operations/upload-pkcs12.ts
var upload_pkcs12 = __webpack_require__(4338);
// EXTERNAL MODULE: ./src/operations/upload-secret.ts
var upload_secret = __webpack_require__(8966);
;// CONCATENATED MODULE: ./src/operations/apply-entries.ts
/**
 * From the manifest file to the writes apply may make: the file read from the workspace, each
 * keyset entry's secret or certificate taken from its environment variable (masked at once),
 * and the same KeyWrite the single operation builds. Every problem is found here, before any
 * request, and reported together with its file:line:col.
 */














/**
 * A manifest for a whole tenant is a few hundred lines; the cap keeps a wrong path (a build
 * artefact, a log) from being read whole and parsed before anyone is told.
 */
const MAX_MANIFEST_BYTES = 1024 * 1024;
async function loadManifest(path, environment, now) {
    const file = (0,external_node_path_.resolve)(environment['GITHUB_WORKSPACE'] || process.cwd(), path);
    let text;
    try {
        const { size } = await (0,promises_.stat)(file);
        if (size > MAX_MANIFEST_BYTES) {
            throw new errors/* InputError */.d(inputs/* INPUTS */.mc.manifest, `'${path}' is ${size} bytes; a manifest can be at most 1 MiB (${MAX_MANIFEST_BYTES} bytes), so check the path or split the tenant into several manifests`);
        }
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        const code = error.code ?? String(error);
        throw new errors/* InputError */.d(inputs/* INPUTS */.mc.manifest, `cannot read '${path}' (${file}: ${code}); give a path relative to the workspace, and check out the repository first`);
    }
    return readManifest(text, path, now);
}
/**
 * One item per keyset entry, or one InputError naming every entry that cannot be written:
 * a variable not set, a certificate that does not load, a Key Vault entry without a vault.
 */
function keysetItems(manifest, environment, vault, mask, log) {
    return collect(manifest.keysets, (entry) => `keyset ${entry.keysetId}`, (entry) => {
        const rule = dueRule(entry);
        const { source } = entry;
        if (source.kind === 'key-vault-certificate' || source.kind === 'key-vault-pkcs12') {
            return { entry, rule, vaultCertificate: vaultReference(source.certificate, vault), withKey: source.kind === 'key-vault-pkcs12' };
        }
        return { entry, rule, write: keyWrite(entry, new Variables(environment, mask), log) };
    });
}
/** Key Vault keyset entries: the certificate's public part, or its PFX, read from the vault (reads only). */
async function readVaultCertificates(context, items) {
    return Promise.all(items.map(async (item) => ('write' in item ? item : { entry: item.entry, rule: item.rule, write: await vaultWrite(context, item.vaultCertificate, item.withKey) })));
}
async function vaultWrite(context, ref, withKey) {
    if (!withKey)
        return (0,upload_certificate/* certificateUpload */.N)(await (0,sources/* certificateFrom */.cL)(context, ref));
    const { readPfxForB2c } = await (0,sources/* loadKeyVault */.kB)(context);
    const pfx = await readPfxForB2c(context, ref);
    return (0,upload_pkcs12/* pkcs12Upload */.YL)(pfx.pkcs12, pfx.password, pfx.certificate);
}
/** Application entries as sync-key-vault-certificate runs (without a proof certificate, the sync's default: the same one). */
function applicationItems(manifest, vault) {
    return collect(manifest.applications, (entry) => `${entry.target.kind} ${entry.target.id}`, (entry) => {
        const certificate = vaultReference(entry.keyVaultCertificate, vault);
        const proof = entry.proofKeyVaultCertificate === undefined ? undefined : vaultReference(entry.proofKeyVaultCertificate, vault);
        return { entry, sync: { target: entry.target, certificate, proof, removeSupersededAfter: entry.removeSupersededAfter } };
    });
}
/** Runs `make` on every entry; the problems of all entries become one InputError with their places. */
function collect(entries, label, make) {
    const problems = [];
    const items = entries.flatMap((entry) => {
        try {
            return [make(entry)];
        }
        catch (error) {
            if (!(error instanceof EntryProblem || error instanceof errors/* InputError */.d))
                throw error;
            const problem = error instanceof errors/* InputError */.d ? error.problem : error.message;
            problems.push(`${placeText(entry.place)}: ${label(entry)}: ${problem}`);
            return [];
        }
    });
    if (problems.length > 0)
        throw new errors/* InputError */.d(inputs/* INPUTS */.mc.manifest, problems.join('; '));
    return items;
}
function vaultReference(value, vault) {
    if (vault === undefined)
        throw new EntryProblem(`the Key Vault certificate '${value}' needs the vault: set the key-vault input`);
    return (0,reference/* readCertificateRef */.to)(value, vault, inputs/* INPUTS */.mc.manifest);
}
function keyWrite(entry, variables, log) {
    const { source } = entry;
    const validity = { notBefore: entry.notBefore, expires: entry.expires };
    switch (source.kind) {
        case 'generate':
            return (0,generate_key/* generation */.X)(source.keyType, source.use, validity);
        case 'secret':
            return (0,upload_secret/* secretUpload */.I)(variables.secret(source.env), source.use, validity);
        case 'certificate': {
            const text = variables.value(source.env);
            // Not a secret, but a private key pasted into it is one: masked before it is refused, as for the certificate input.
            for (const key of (0,pem/* privateKeyBlocks */.P5)(text))
                variables.mask(key);
            return (0,upload_certificate/* certificateUpload */.N)((0,certificates/* loadCertificate */.Ih)(text, `env ${source.env}`));
        }
        case 'pkcs12': {
            const pkcs12 = variables.secret(source.env).replace(/\s+/g, '');
            const password = source.passwordEnv === undefined ? '' : variables.secret(source.passwordEnv, { emptyAllowed: true });
            const opened = (0,certificates/* readPkcs12 */.X$)(pkcs12, password, `env ${source.env}`);
            variables.mask(opened.pem);
            (0,upload_pkcs12/* warnIfAes */.Hr)(log, opened.encryption);
            return (0,upload_pkcs12/* pkcs12Upload */.YL)(pkcs12, password, opened.certificate);
        }
        case 'key-vault-certificate':
        case 'key-vault-pkcs12':
            throw new Error('Key Vault entries are read by readVaultCertificates');
    }
}
/**
 * The single operations' decision, with apply's rules: an entry without a rotation window is
 * written only when its keyset has no usable key, a certificate already there is never uploaded
 * again, and `upload-again` decides when a secret, whose value B2C never shows, is sent again.
 */
function dueRule(entry) {
    const again = entry.uploadAgain;
    if (again.kind === 'always')
        return { rotateWithin: undefined, withoutWindow: 'always' };
    return {
        rotateWithin: entry.rotateWithin,
        withoutWindow: 'unless-usable',
        renewAfter: again.kind === 'every' ? again.period : undefined,
        skipSameCertificate: true,
    };
}
class EntryProblem extends Error {
}
/** The step's environment, where the workflow puts secrets (`env: { X: ${{ secrets.X }} }`). */
class Variables {
    environment;
    mask;
    constructor(environment, mask) {
        this.environment = environment;
        this.mask = mask;
    }
    value(name, options = {}) {
        const value = this.environment[name];
        if (value === undefined || (value.trim() === '' && !options.emptyAllowed)) {
            throw new EntryProblem(`environment variable ${name} is ${value === undefined ? 'not set' : 'empty'}; set it in the step's env: (from secrets.*)`);
        }
        // Trimmed, as the runner trims the secret input of upload-secret.
        return value.trim();
    }
    secret(name, options = {}) {
        this.mask(this.environment[name] ?? '');
        const value = this.value(name, options);
        this.mask(value);
        return value;
    }
}

// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/operations/key-facts.ts
var key_facts = __webpack_require__(8623);
;// CONCATENATED MODULE: ./src/operations/apply-report.ts


function applyReport(meta, entries, kids) {
    const counts = { generated: 0, uploaded: 0, added: 0, removed: 0, skipped: 0, planned: 0, failed: 0 };
    for (const entry of entries)
        counts[entry.action]++;
    return { tenant: meta.tenant ?? null, generatedAt: meta.now.toISOString(), manifest: meta.manifest, dryRun: meta.dryRun, counts, kids, entries };
}
/** Keyset id → kid of the key active at `now`, among the keys listed and the keys written. */
function activeKids(keysBefore, written, now) {
    const kids = {};
    for (const [id, keys] of keysBefore) {
        const before = (0,key_facts/* activeKeyAt */.JH)(keys, now);
        const added = written.get(id);
        // On an nbf tie the later write wins (REFERENCE is silent; the emulator models it so).
        const addedWins = added !== undefined && (0,key_facts/* isValidAt */.Ub)(added, now) && (added.nbf ?? 0) >= (before?.nbf ?? Number.NEGATIVE_INFINITY);
        kids[id] = (addedWins ? added : before)?.kid ?? null;
    }
    return kids;
}
/** The step summary: what was applied where, then one row per manifest entry. */
function applySummary(report, detail) {
    const where = `Manifest ${(0,src_report/* code */.aY)(report.manifest)}${report.tenant ? ` on tenant ${(0,src_report/* code */.aY)(report.tenant)}` : ''}${report.dryRun ? ' (dry run)' : ''}.`;
    const rows = report.entries.map((entry) => [(0,src_report/* code */.aY)(entry.place), (0,src_report/* code */.aY)(entry.id), entry.action + (entry.keysetCreated ? ' (keyset created)' : ''), (0,src_report/* code */.aY)(entry.kid ?? undefined) ?? '', (0,src_report/* plain */.pj)(entry.reason)].join(' | '));
    const table = ['| Entry | Keyset or target | Action | kid | Why |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row} |`)];
    return ['### B2C keys: apply', '', where, '', (0,src_report/* plain */.pj)(detail), '', ...table, ''].join('\n');
}

// EXTERNAL MODULE: ./src/operations/keyset-write.ts
var keyset_write = __webpack_require__(5955);
// EXTERNAL MODULE: ./src/operations/sync-key-vault-certificate.ts
var sync_key_vault_certificate = __webpack_require__(6490);
;// CONCATENATED MODULE: ./src/operations/apply.ts
/**
 * apply: converges a tenant to a manifest. Loaded by import(), so other operations never load
 * the YAML parser.
 *
 * Order, so that a refusal never leaves a half-applied tenant:
 *   1. read and check the manifest and every environment variable it names (no request yet);
 *   2. read every keyset with one request (none when the manifest has no keysets), the Key Vault
 *      certificates of keyset entries, and plan each application entry as a dry run of
 *      sync-key-vault-certificate (reads only);
 *   3. decide every keyset entry as the single operation would; any refusal fails the step and
 *      nothing is written;
 *   4. dry run: report the plan. Otherwise write what is due, at most 4 at once and never two
 *      on one keyset or target, and report every entry, failed ones included.
 * A manifest of keysets where nothing is due costs exactly one Graph request.
 */












/** B2C throttles a tenant's keyset writes; four at once keeps a run short without provoking it. */
const MAX_CONCURRENT_WRITES = 4;
async function apply(context, operation, environment = process.env) {
    const now = context.now();
    const manifest = await loadManifest(operation.manifest, environment, now);
    const pending = keysetItems(manifest, environment, operation.keyVault, context.mask, context.log);
    const applications = applicationItems(manifest, operation.keyVault);
    const api = new keysets/* KeysetsApi */.D8(context.graph);
    const [listed, items, syncs] = await Promise.all([
        pending.length > 0 ? api.listKeysets() : [],
        readVaultCertificates(context, pending),
        Promise.all(applications.map(async (item) => ({ item, plan: await planSync(context, item) }))),
    ]);
    refuseSameTarget(syncs);
    const planned = planAll(items, listed, now);
    // Reasons carry service text and directory names: one line each in the log, the report and the summary.
    const outcomes = (context.dryRun ? [...planned.map(dryRunOutcome), ...syncs.map(({ item, plan }) => targetOutcome(item, plan))] : await writeDue(context, api, planned, syncs)).map((outcome) => ({ ...outcome, reason: (0,log_safety/* oneLine */.TN)(outcome.reason) }));
    for (const outcome of outcomes)
        context.log.info(`${outcome.place} ${outcome.id}: ${outcome.action}. ${outcome.reason}`);
    const keysBefore = new Map(planned.map(({ item, decision }) => [item.entry.keysetId, keysOf(listed, decision.keysetId)]));
    const written = new Map(outcomes.filter((outcome) => outcome.kind === 'keyset' && isWrite(outcome)).map((outcome) => [outcome.id, writtenKey(outcome)]));
    const kids = activeKids(keysBefore, written, now);
    const report = applyReport({ tenant: operation.tenant, manifest: operation.manifest, dryRun: context.dryRun, now }, outcomes, kids);
    const failed = outcomes.filter((outcome) => outcome.action === 'failed');
    const summary = detail(operation.manifest, report.counts, context.dryRun);
    return {
        actionTaken: actionTaken(outcomes, context.dryRun),
        detail: summary,
        outputs: { [inputs/* OUTPUTS */.py.report]: await (0,report_file/* writeReportFile */.a)('apply', report, environment), [inputs/* OUTPUTS */.py.kids]: JSON.stringify(kids) },
        summary: applySummary(report, summary),
        ...(failed.length === 0
            ? {}
            : {
                failure: `${failed.length} of ${outcomes.length} manifest entries failed; the others were applied and a re-run converges. ${failed.map((outcome) => `${outcome.place}: ${outcome.id}: ${outcome.reason}`).join(' ')}`,
            }),
    };
}
/** A dry run of the entry's sync: reads only; a refusal names the entry and stops the run before any write. */
async function planSync(context, item) {
    try {
        return await (0,sync_key_vault_certificate/* syncKeyVaultCertificate */.y)({ ...context, dryRun: true }, item.sync);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionableError */.f))
            throw error;
        const { entry } = item;
        throw new errors/* ActionableError */.f(`The manifest was refused and nothing was written: ${placeText(entry.place)}: ${entry.target.kind} ${entry.target.id}: ${error.message}`);
    }
}
/** Two entries may name one target by object id and by appId; only the read tells, and two syncs must not race. */
function refuseSameTarget(syncs) {
    const seen = new Map();
    for (const { item, plan } of syncs) {
        const objectId = plan.target?.objectId;
        if (objectId === undefined)
            continue;
        const key = `${item.entry.target.kind} ${objectId}`;
        const first = seen.get(key);
        if (first) {
            throw new errors/* ActionableError */.f(`The manifest was refused and nothing was written: ${placeText(item.entry.place)}: ${item.entry.target.kind} ${item.entry.target.id} is the same ${item.entry.target.kind} (object id ${objectId}) as the entry at line ${first.entry.place.line}; declare it once`);
        }
        seen.set(key, item);
    }
}
/** Every entry decided from the one list read; any refusal stops the run before a write. */
function planAll(items, listed, now) {
    const byId = new Map(listed.map((keyset) => [keyset.id.toLowerCase(), keyset]));
    const refusals = [];
    const planned = items.flatMap((item) => {
        const { entry } = item;
        try {
            return [{ item, decision: (0,keyset_write/* decideWrite */.gt)(entry.keysetId, byId.get(entry.keysetId.toLowerCase()), item.write, item.rule, now, entry.createIfMissing) }];
        }
        catch (error) {
            if (!(error instanceof errors/* ActionableError */.f))
                throw error;
            refusals.push(`${placeText(entry.place)}: ${error.message}`);
            return [];
        }
    });
    if (refusals.length > 0)
        throw new errors/* ActionableError */.f(`The manifest was refused and nothing was written: ${refusals.join(' ')}`);
    return planned;
}
async function writeDue(context, api, planned, syncs) {
    const keysetTasks = planned.map(({ item, decision }) => ({
        key: `keyset ${decision.keysetId.toLowerCase()}`,
        run: () => (decision.due ? (0,keyset_write/* carryOut */.u0)(api, decision, item.write).then((result) => outcomeOf(item, decision, result)) : Promise.resolve(skipped(item, decision))),
    }));
    const syncTasks = syncs.map(({ item, plan }) => ({
        key: `${item.entry.target.kind} ${item.entry.target.id}`,
        run: async () => targetOutcome(item, plan.actionTaken === 'planned' ? await (0,sync_key_vault_certificate/* syncKeyVaultCertificate */.y)(context, item.sync) : plan),
    }));
    const settled = await runKeyed([...keysetTasks, ...syncTasks], MAX_CONCURRENT_WRITES);
    return settled.map((outcome, index) => {
        if (outcome.status === 'fulfilled')
            return outcome.value;
        const keyset = planned[index];
        return keyset ? failedOutcome(keyset, outcome.reason) : failedTarget(syncs[index - planned.length].item, outcome.reason);
    });
}
function dryRunOutcome({ item, decision }) {
    if (!decision.due)
        return skipped(item, decision);
    const result = (0,keyset_write/* plan */.et)(decision, item.write);
    return { ...base(item), action: 'planned', kid: null, notBefore: result.notBefore ?? null, expires: result.expires ?? null, keysetCreated: false, reason: `Due: ${decision.why}. ${result.detail}` };
}
function skipped(item, decision) {
    const key = decision.covering;
    return { ...base(item), action: 'skipped', kid: key.kid, notBefore: key.nbf ?? null, expires: key.exp ?? null, reason: `Not due: ${decision.why}.` };
}
function outcomeOf(item, decision, result) {
    return {
        ...base(item),
        action: result.actionTaken === 'generated' ? 'generated' : 'uploaded',
        kid: result.kid ?? null,
        notBefore: result.notBefore ?? null,
        expires: result.expires ?? null,
        keysetCreated: decision.create,
        reason: `Due: ${decision.why}. ${result.detail}`,
    };
}
function failedOutcome({ item, decision }, error) {
    return { ...base(item), action: 'failed', kid: null, notBefore: null, expires: null, reason: `Due: ${decision.why}. Failed: ${(0,explain/* explainFailure */.SP)(error, undefined)}` };
}
function targetOutcome(item, result) {
    const action = result.actionTaken === 'added' || result.actionTaken === 'removed' || result.actionTaken === 'planned' ? result.actionTaken : 'skipped';
    return {
        ...targetBase(item),
        action,
        kid: result.kid ?? null,
        notBefore: result.notBefore ?? null,
        expires: result.expires ?? null,
        thumbprint: result.thumbprint ?? null,
        removedKids: result.removedKids ?? [],
        reason: result.detail,
    };
}
function failedTarget(item, error) {
    return { ...targetBase(item), action: 'failed', kid: null, notBefore: null, expires: null, thumbprint: null, removedKids: [], reason: `Failed: ${(0,explain/* explainFailure */.SP)(error, undefined)}` };
}
function targetBase(item) {
    return { kind: item.entry.target.kind, id: item.entry.target.id, place: placeText(item.entry.place), keysetCreated: false };
}
function isWrite(outcome) {
    return ['generated', 'uploaded', 'added', 'removed'].includes(outcome.action);
}
function base(item) {
    return { kind: 'keyset', id: item.entry.keysetId, place: placeText(item.entry.place), thumbprint: item.write.thumbprint ?? null, keysetCreated: false };
}
function keysOf(listed, keysetId) {
    return listed.find((keyset) => keyset.id.toLowerCase() === keysetId.toLowerCase())?.keys ?? [];
}
function writtenKey(outcome) {
    return { kid: outcome.kid ?? '', ...(outcome.notBefore === null ? {} : { nbf: outcome.notBefore }), ...(outcome.expires === null ? {} : { exp: outcome.expires }) };
}
function actionTaken(outcomes, dryRun) {
    if (dryRun)
        return outcomes.some((outcome) => outcome.action === 'planned') ? 'planned' : 'skipped';
    return outcomes.some(isWrite) ? 'applied' : 'skipped';
}
function detail(manifest, counts, dryRun) {
    const written = counts.generated + counts.uploaded + counts.added + counts.removed;
    if (dryRun)
        return `Dry run of ${manifest}: ${counts.planned} entries would be written, ${counts.skipped} are not due. Nothing was written.`;
    return `Applied ${manifest}: ${written} entries written, ${counts.skipped} not due${counts.failed > 0 ? `, ${counts.failed} failed` : ''}.`;
}


/***/ }),

/***/ 3336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The JSON report of a run that covers a whole tenant (audit, apply): written under RUNNER_TEMP,
 * which the runner empties after the job, and only readable by the runner's user. The path is
 * the step's `report` output, so a later step can upload or parse it.
 */




/** Writes `report` as JSON and returns the file's absolute path. `name` is e.g. `audit`. */
async function writeReportFile(name, report, environment = process.env) {
    const directory = environment['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    // Unique per step: a job may run the action several times into the same RUNNER_TEMP.
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `b2c-keys-${name}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return path;
}


/***/ })

};
