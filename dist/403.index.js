export const id = 403;
export const ids = [403];
export const modules = {

/***/ 3403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeVersions: () => (/* reexport */ describeVersions),
  keyVaultProofSigner: () => (/* reexport */ keyVaultProofSigner),
  listVersions: () => (/* reexport */ listVersions),
  newestUsable: () => (/* reexport */ newestUsable),
  readCertificateVersion: () => (/* reexport */ readCertificateVersion),
  readPfxForB2c: () => (/* reexport */ readPfxForB2c),
  vaultSigner: () => (/* reexport */ vaultSigner)
});

// EXTERNAL MODULE: ./src/crypto/certificates.ts + 1 modules
var certificates = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/keyvault/reference.ts
var reference = __webpack_require__(9896);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var esm = __webpack_require__(1818);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./node_modules/@azure/keyvault-certificates/dist/esm/index.js + 23 modules
var dist_esm = __webpack_require__(4177);
// EXTERNAL MODULE: ./node_modules/@azure/keyvault-keys/dist/esm/index.js + 26 modules
var keyvault_keys_dist_esm = __webpack_require__(5732);
// EXTERNAL MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/index.js + 18 modules
var keyvault_secrets_dist_esm = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/net/pipeline-http-client.ts
var pipeline_http_client = __webpack_require__(4108);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/net/https-transport.ts
var https_transport = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/log-safety.ts
var log_safety = __webpack_require__(8224);
;// CONCATENATED MODULE: ./src/keyvault/vault-errors.ts
/**
 * Key Vault failures as messages a person can act on: the role to assign and on which vault,
 * the firewall, a disabled or expired version, a key that may not sign, a vault that does not
 * exist. The SDK's RestError is read by shape (statusCode, code, details), not by class.
 */




const ROLES = {
    sign: 'Key Vault Crypto User',
    certificate: 'Key Vault Certificate User',
    secret: 'Key Vault Secrets User',
};
function readRefusal(status, body) {
    try {
        const error = JSON.parse(body ?? '').error;
        const text = (value) => (typeof value === 'string' ? value : undefined);
        return { status, code: text(error?.code), inner: text(error?.innererror?.code), message: text(error?.message) };
    }
    catch {
        return { status, code: undefined, inner: undefined, message: undefined };
    }
}
function explainVaultFailure(error, action, vault, context, refusal) {
    if (!(error instanceof Error))
        return new errors/* ActionableError */.f(`Key Vault ${vault.url}: could not ${action.what}: ${String(error)}`);
    const rest = error;
    const sameAnswer = refusal !== undefined && refusal.status === rest.statusCode ? refusal : undefined;
    const inner = sameAnswer?.inner;
    const reference = ` [Key Vault${rest.statusCode ? ` ${rest.statusCode}` : ''}${rest.code ? ` ${rest.code}` : ''}${inner ? `/${inner}` : ''}]`;
    const tried = `Could not ${action.what} in Key Vault ${vault.url}`;
    context.log.debug(`Key Vault failure: ${error.name}: ${firstLine(error.message)}`);
    if (error instanceof https_transport/* TransportFailure */.Az) {
        return new errors/* ActionableError */.f(`${tried}: ${error.message}.${explain/* NETWORK_HINT */.hx}`);
    }
    if (rest.code === 'ENOTFOUND' || rest.code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(error.message)) {
        return new errors/* ActionableError */.f(`${tried}: the host ${new URL(vault.url).host} does not resolve, so the vault does not exist (or not in this cloud). Check the key-vault input and the cloud.${reference}`);
    }
    if (rest.statusCode === 403 && (inner === 'ForbiddenByFirewall' || /firewall|not authorized.*network|client address/i.test(error.message))) {
        return new errors/* ActionableError */.f(`${tried}: the vault's firewall refused this runner's network (ForbiddenByFirewall). Allow the runner's address in the vault's networking settings, ` +
            `or run the job on a runner inside a network the vault allows (a self-hosted runner with a private endpoint).${reference}`);
    }
    if (/disabled/i.test(error.message) || inner === 'KeyDisabled' || inner === 'SecretDisabled' || inner === 'CertificateDisabled') {
        return new errors/* ActionableError */.f(`${tried}: that version is disabled. Enable it in the vault, or name another version (or none, to let the action choose the newest enabled one).${reference}`);
    }
    if (rest.statusCode === 403) {
        const role = ROLES[action.role];
        return new errors/* ActionableError */.f(`${tried}: the identity${clientIdOf(context)} lacks the role ${role} on the vault. Assign it, e.g. ` +
            `\`az role assignment create --role "${role}" --assignee <client-id> --scope $(az keyvault show --name ${vaultName(vault)} --query id -o tsv)\` ` +
            `(a vault using access policies instead of Azure RBAC needs the matching ${accessPolicyOf(action.role)} permission). A new assignment can take a few minutes to apply.${reference}`);
    }
    if (rest.statusCode === 404) {
        return new errors/* ActionableError */.f(`${tried}: it does not exist (check the name and version; a deleted certificate stays in the vault's recycle bin until purged).${reference}`);
    }
    if (rest.statusCode === 401) {
        return new errors/* ActionableError */.f(`${tried}: the vault refused the access token. The sign-in and the vault must be in the same tenant and cloud (check tenant-id, cloud and key-vault).${reference}`);
    }
    const expired = /expired at|can't be used before/.exec(error.message);
    if (expired)
        return new errors/* ActionableError */.f(`${tried}: the key version is outside its validity (${firstLine(error.message)}). Renew the certificate in the vault.`);
    const noSign = /Operation sign is not supported/.exec(error.message);
    if (noSign) {
        return new errors/* ActionableError */.f(`${tried}: the certificate's key does not allow the 'sign' operation. Give its key policy the key operation 'sign' (the default for certificates) and renew it.`);
    }
    return new errors/* ActionableError */.f(`${tried}: ${firstLine(sameAnswer?.message ?? error.message)}${reference}`);
}
/** The SDK's message can carry the service's whole answer: its first line, bounded and redacted. */
function firstLine(text) {
    return (0,log_safety/* serviceText */.Lo)(text.split(/\r?\n/)[0] ?? '');
}
function vaultName(vault) {
    return vault.loopback ? '<vault-name>' : (new URL(vault.url).hostname.split('.')[0] ?? '<vault-name>');
}
function accessPolicyOf(role) {
    return role === 'sign' ? 'keys: get, sign' : role === 'certificate' ? 'certificates: get, list' : 'secrets: get';
}
function clientIdOf(context) {
    return context.clientId ? ` ${context.clientId}` : '';
}

;// CONCATENATED MODULE: ./src/keyvault/vault.ts
/**
 * Microsoft's Key Vault SDK clients for one vault, signed in with the Graph credential but for
 * the cloud's vault scope, sending on the action's one transport (bounded in time and size, no
 * redirects, one proxy rule set), and every failure explained (vault-errors.ts).
 * Loaded by import() only in runs that name a vault: the SDKs sit in their own chunk.
 */









/**
 * Per request, as the SDK's own client read it; the transport (vaultHttpClient) bounds every request
 * at its own 30 s anyway. The SDK's retries (at most 3, Retry-After honoured up to 30 s) come on top.
 */
const USER_AGENT = 'b2c-keys-action/1';
const opened = new WeakMap();
/** One set of clients per vault and run, so the challenge and the token are fetched once. */
function openVault(context, vault) {
    const perRun = opened.get(context) ?? new Map();
    opened.set(context, perRun);
    const existing = perRun.get(vault.url);
    if (existing)
        return existing;
    const credential = vaultCredential(context, vault);
    const refusals = {};
    const httpClient = vaultHttpClient();
    // A fresh object per client: the SDKs extend userAgentOptions in place.
    const options = () => ({
        // The emulator's challenge names the real vault resource, which a loopback host cannot end with.
        disableChallengeResourceVerification: vault.loopback,
        retryOptions: { maxRetries: 3, maxRetryDelayInMs: 30_000 },
        redirectOptions: { maxRetries: 0 },
        httpClient,
        userAgentOptions: { userAgentPrefix: USER_AGENT },
        additionalPolicies: [{ position: 'perRetry', policy: requestLog(context, refusals) }],
    });
    const keys = new keyvault_keys_dist_esm/* KeyClient */.xp(vault.url, credential, options());
    let resolved;
    const created = {
        vault,
        certificates: new dist_esm/* CertificateClient */.d3(vault.url, credential, options()),
        secrets: new keyvault_secrets_dist_esm/* SecretClient */._V(vault.url, credential, options()),
        cryptography: (keyId) => {
            const [, , name = '', keyVersion] = new URL(keyId).pathname.split('/');
            return keys.getCryptographyClient(name, keyVersion ? { keyVersion } : {});
        },
        call: async (action, send) => {
            resolved ??= requireResolvable(vault);
            await resolved;
            try {
                return await send();
            }
            catch (error) {
                throw explainVaultFailure(error, action, vault, context, refusals.last);
            }
        },
    };
    perRun.set(vault.url, created);
    return created;
}
/**
 * The Graph sign-in's credential, asked for the cloud's vault scope whatever the challenge
 * names, and for the sign-in's own tenant (the challenge's is ignored). Tokens are masked.
 */
function vaultCredential(context, vault) {
    return {
        getToken: async (_scopes, options) => {
            const token = await context.credential.getToken(vault.scope, options?.abortSignal ? { abortSignal: options.abortSignal } : {});
            if (token)
                context.mask(token.token);
            return token;
        },
    };
}
/**
 * The SDKs' requests on the action's transport. A dropped connection becomes the RestError the
 * SDK's own client throws, so its retry policy repeats it as before; a timeout, an oversized
 * answer or a redirect stays a TransportFailure, which the policy does not repeat.
 */
function vaultHttpClient() {
    return (0,pipeline_http_client/* pipelineHttpClient */.E)({
        failed: (_host, message, failure) => failure?.kind === 'network' ? new esm/* RestError */.pj(message, { code: failure.code ?? esm/* RestError */.pj.REQUEST_SEND_ERROR }) : (failure ?? new Error(message)),
    });
}
/**
 * One debug line per request sent (retries included), so the request count of a run is readable
 * from the log; and the last refusal's codes, which the SDK's error drops (its inner code tells
 * RBAC from the firewall).
 */
function requestLog(context, refusals) {
    return {
        name: 'b2c-keys-request-log',
        sendRequest: async (request, next) => {
            const response = await next(request);
            if (response.status >= 400)
                refusals.last = readRefusal(response.status, response.bodyAsText);
            context.log.debug(`Key Vault ${request.method} ${new URL(request.url).pathname} → ${response.status}`);
            return response;
        },
    };
}
/**
 * A vault name that does not exist does not resolve. One lookup says so at once, where the SDK
 * would retry the connection for half a minute. Skipped when the vault is reached through a proxy,
 * which resolves for the runner.
 */
async function requireResolvable(vault) {
    if (vault.loopback || (0,proxy/* proxyFor */.i)(new URL(vault.url), process.env) !== undefined)
        return;
    const host = new URL(vault.url).hostname;
    try {
        await (0,promises_.lookup)(host);
    }
    catch (error) {
        if (error.code !== 'ENOTFOUND')
            return; // a DNS hiccup: let the SDK's retries decide
        throw new errors/* ActionableError */.f(`Key Vault ${vault.url} does not exist: ${host} does not resolve. Check the key-vault input (a vault name is expanded with the cloud's vault suffix) and the cloud input.`);
    }
}

;// CONCATENATED MODULE: ./src/keyvault/versions.ts
function isUsableAt(version, at) {
    const time = at.getTime();
    return version.enabled && (version.notBefore === undefined || version.notBefore.getTime() <= time) && (version.expires === undefined || time < version.expires.getTime());
}
function newestFirst(versions) {
    const time = (date) => date?.getTime() ?? 0;
    return [...versions].sort((a, b) => time(b.created) - time(a.created) || time(b.notBefore) - time(a.notBefore));
}
/** The newest enabled version valid at `at`. */
function newestUsable(versions, at) {
    return newestFirst(versions).find((version) => isUsableAt(version, at));
}
/** The newest enabled version valid at `at` whose thumbprint passes `onTarget`. */
function newestUsableOn(versions, at, onTarget) {
    return newestFirst(versions).find((version) => isUsableAt(version, at) && onTarget(version.thumbprint));
}
/** Why a version may not be used now, or undefined when it may. */
function unusableBecause(version, at) {
    if (!version.enabled)
        return 'is disabled';
    if (version.notBefore && at < version.notBefore)
        return `is not valid before ${version.notBefore.toISOString()}`;
    if (version.expires && at >= version.expires)
        return `expired on ${version.expires.toISOString()}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/keyvault/certificates.ts





async function listVersions(context, ref) {
    const vault = openVault(context, ref.vault);
    return vault.call({ what: `list the versions of certificate '${ref.name}'`, role: 'certificate' }, async () => {
        const versions = [];
        for await (const properties of vault.certificates.listPropertiesOfCertificateVersions(ref.name))
            versions.push(factsOf(properties));
        return versions;
    });
}
/** The version named, or the newest enabled one valid now; refused when it may not be used now. */
async function readCertificateVersion(context, ref, version) {
    const chosen = version ?? ref.version ?? (await chooseNewest(context, ref));
    const vault = openVault(context, ref.vault);
    const got = await vault.call({ what: `read certificate '${ref.name}/${chosen}'`, role: 'certificate' }, () => vault.certificates.getCertificateVersion(ref.name, chosen));
    if (!got.cer || !got.keyId || !got.secretId)
        throw new errors/* ActionableError */.f(`${(0,reference/* describeRef */.Ro)({ name: ref.name, version: chosen }, ref.vault)} has no issued certificate yet (a pending request?).`);
    const read = {
        ...factsOf(got.properties),
        name: ref.name,
        certificate: (0,certificates/* loadCertificate */.Ih)(Buffer.from(got.cer).toString('base64'), ref.input),
        keyId: got.keyId,
        secretId: got.secretId,
    };
    const problem = unusableBecause(read, context.now());
    if (problem) {
        throw new errors/* ActionableError */.f(`${(0,reference/* describeRef */.Ro)({ name: ref.name, version: chosen }, ref.vault)} ${problem}: name another version in ${ref.input}, or none to use the newest enabled version that is valid now.`);
    }
    return read;
}
async function chooseNewest(context, ref) {
    const versions = await listVersions(context, ref);
    const newest = newestUsable(versions, context.now());
    if (newest)
        return newest.version;
    throw new errors/* ActionableError */.f(`${(0,reference/* describeRef */.Ro)(ref, ref.vault)} has no enabled version that is valid now (${describeVersions(versions, context.now())}). Renew it in the vault, or enable a valid version.`);
}
function describeVersions(versions, now) {
    if (versions.length === 0)
        return 'it has no versions';
    return newestFirst(versions)
        .map((version) => `${version.version} ${unusableBecause(version, now) ?? 'is usable'}`)
        .join('; ');
}
function factsOf(properties) {
    return {
        version: properties.version ?? '',
        enabled: properties.enabled !== false,
        notBefore: properties.notBefore,
        expires: properties.expiresOn,
        created: properties.createdOn,
        thumbprint: properties.x509Thumbprint ? Buffer.from(properties.x509Thumbprint).toString('hex').toUpperCase() : '',
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/crypto/pkcs12.ts
var crypto_pkcs12 = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/crypto/pbe.ts + 1 modules
var pbe = __webpack_require__(9173);
;// CONCATENATED MODULE: ./src/crypto/pkcs12-writer.ts
/**
 * Writes a PKCS#12 file the legacy way (RFC 7292 with pbeWithSHAAnd3-KeyTripleDES-CBC for the
 * key and the certificate, and an HMAC-SHA-1 MAC), as `openssl pkcs12 -export -legacy` does with
 * `-certpbe PBE-SHA1-3DES`. B2C is known to refuse AES-encrypted (PBES2) files, which is what
 * Key Vault and openssl 3 produce; node:crypto writes no PKCS#12 at all.
 */


const ITERATIONS = 2048;
const OID = {
    data: '1.2.840.113549.1.7.1',
    encryptedData: '1.2.840.113549.1.7.6',
    pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    localKeyId: '1.2.840.113549.1.9.21',
    sha1: '1.3.14.3.2.26',
};
/** DER of a PFX holding `privateKey` and `certificateDer`, encrypted and MACed with `password`. */
function writeLegacyPkcs12(privateKey, certificateDer, password) {
    const bmp = (0,pbe/* bmpPassword */.VM)(password);
    const localKeyId = set(octetString((0,external_node_crypto_.createHash)('sha1').update(certificateDer).digest()));
    const attributes = set(sequence(oid(OID.localKeyId), localKeyId));
    const certBag = sequence(oid(OID.certBag), explicit(0, sequence(oid(OID.x509Certificate), explicit(0, octetString(certificateDer)))), attributes);
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
    const keyBag = sequence(oid(OID.pkcs8ShroudedKeyBag), explicit(0, encrypted(pkcs8, bmp)), attributes);
    const [algorithm, encryptedCertificates] = encryptedParts(sequence(certBag), bmp);
    const certificates = sequence(oid(OID.encryptedData), explicit(0, sequence(integer(0), sequence(oid(OID.data), algorithm, implicitOctets(0, encryptedCertificates)))));
    const keys = sequence(oid(OID.data), explicit(0, octetString(sequence(keyBag))));
    const authenticatedSafe = sequence(certificates, keys);
    const macSalt = (0,external_node_crypto_.randomBytes)(8);
    const macKey = (0,pbe/* pkcs12Kdf */.W)(pbe/* PKCS12_SHA1 */.bK, bmp, macSalt, 3, ITERATIONS, 20);
    const mac = (0,external_node_crypto_.createHmac)('sha1', macKey).update(authenticatedSafe).digest();
    const macData = sequence(sequence(sequence(oid(OID.sha1), NULL), octetString(mac)), octetString(macSalt), integer(ITERATIONS));
    return sequence(integer(3), sequence(oid(OID.data), explicit(0, octetString(authenticatedSafe))), macData);
}
/** EncryptedPrivateKeyInfo-shaped: AlgorithmIdentifier, OCTET STRING. */
function encrypted(plain, bmp) {
    const [algorithm, data] = encryptedParts(plain, bmp);
    return sequence(algorithm, octetString(data));
}
function encryptedParts(plain, bmp) {
    const salt = (0,external_node_crypto_.randomBytes)(8);
    const key = (0,pbe/* pkcs12Kdf */.W)(pbe/* PKCS12_SHA1 */.bK, bmp, salt, 1, ITERATIONS, 24);
    const iv = (0,pbe/* pkcs12Kdf */.W)(pbe/* PKCS12_SHA1 */.bK, bmp, salt, 2, ITERATIONS, 8);
    const cipher = (0,external_node_crypto_.createCipheriv)('des-ede3-cbc', key, iv);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [sequence(oid(pbe/* OID_PBE_SHA1_3DES */.tt), sequence(octetString(salt), integer(ITERATIONS))), data];
}
// ── a minimal DER writer: only what the structure above needs ───────────────────────────────
const NULL = Buffer.from([0x05, 0x00]);
function tlv(tag, content) {
    const length = content.length;
    if (length < 0x80)
        return Buffer.concat([Buffer.from([tag, length]), content]);
    const bytes = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest & 0xff);
    return Buffer.concat([Buffer.from([tag, 0x80 | bytes.length, ...bytes]), content]);
}
function sequence(...elements) {
    return tlv(0x30, Buffer.concat(elements));
}
function set(...elements) {
    return tlv(0x31, Buffer.concat(elements));
}
function explicit(tagNumber, element) {
    return tlv(0xa0 | tagNumber, element);
}
function implicitOctets(tagNumber, data) {
    return tlv(0x80 | tagNumber, data);
}
function octetString(data) {
    return tlv(0x04, data);
}
function integer(value) {
    const bytes = [];
    for (let rest = value; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest & 0xff);
    // Stryker disable next-line LogicalOperator: the writer's INTEGERs are 0, 3 and 2048, none with its high bit set; the zero keeps a larger one positive
    if (bytes.length === 0 || (bytes[0] ?? 0) & 0x80)
        bytes.unshift(0);
    return tlv(0x02, Buffer.from(bytes));
}
function oid(dotted) {
    const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
    const bytes = [first * 40 + second];
    for (const arc of rest) {
        const chunk = [arc & 0x7f];
        for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
            chunk.unshift(0x80 | (value & 0x7f));
        bytes.push(...chunk);
    }
    return tlv(0x06, Buffer.from(bytes));
}

;// CONCATENATED MODULE: ./src/keyvault/pfx.ts
/**
 * upload-pkcs12 from Key Vault: the certificate's PFX is its secret (base64, blank password,
 * AES-encrypted by Key Vault, with the key only when the key is exportable). B2C is known to
 * refuse AES-encrypted files, so the PFX is re-wrapped on the runner as legacy 3DES/SHA-1 with a
 * random password, masked before anything could print it.
 */






async function readPfxForB2c(context, ref) {
    const version = await readCertificateVersion(context, ref);
    const vault = openVault(context, ref.vault);
    const secretVersion = version.secretId.split('/').pop();
    const secret = await vault.call({ what: `read the PFX (secret) of certificate '${ref.name}/${version.version}'`, role: 'secret' }, () => vault.secrets.getSecret(ref.name, { version: secretVersion ?? version.version }));
    const value = secret.value ?? '';
    context.mask(value);
    const source = `Key Vault certificate '${ref.name}/${version.version}'`;
    if (secret.properties.contentType === 'application/x-pem-file') {
        throw new errors/* ActionableError */.f(`${source} stores its secret as PEM; upload-pkcs12 needs a certificate created with content type application/x-pkcs12.`);
    }
    let contents;
    try {
        contents = (0,crypto_pkcs12/* parsePkcs12 */.qs)(Buffer.from(value, 'base64'), '');
    }
    catch (error) {
        if (error instanceof crypto_pkcs12/* Pkcs12Error */.pK)
            throw new errors/* ActionableError */.f(`${source}: its secret is not a PKCS#12 the action can open (${error.message}).`);
        throw error;
    }
    const privateKey = contents.privateKeys[0];
    if (!privateKey) {
        throw new errors/* ActionableError */.f(`${source} has a non-exportable key, so its secret holds no private key and B2C cannot get one: create the certificate with an exportable key ` +
            '(policy keyProperties.exportable: true; HSM keys never are), or upload only its public part with upload-certificate.');
    }
    const password = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    context.mask(password);
    const pkcs12 = writeLegacyPkcs12(privateKey, version.certificate.der, password).toString('base64');
    context.mask(pkcs12);
    context.log.info(`The PFX of ${source} was re-wrapped on the runner as a legacy 3DES/SHA-1 PKCS#12 with a random, masked password (B2C refuses the AES-encrypted PFX Key Vault exports).`);
    return { pkcs12, password, certificate: version.certificate, encryption: 'legacy-3des' };
}

// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/operations/credential-facts.ts
var credential_facts = __webpack_require__(4755);
;// CONCATENATED MODULE: ./src/keyvault/proof-signer.ts
/**
 * The proof signed inside Key Vault: RS256 over the SHA-256 digest of the JWT's signing input,
 * by the key of a certificate version; the private key never leaves the vault.
 */






/**
 * Without a version: the newest enabled version valid now that is on the target and valid
 * there. When none is, the newest usable version, so that the caller's check explains.
 */
async function keyVaultProofSigner(context, ref, target, known) {
    let version = ref.version;
    if (version === undefined) {
        const now = context.now();
        const versions = known ?? (await listVersions(context, ref));
        const onTarget = (thumbprint) => {
            const credential = (0,applications/* findByThumbprint */.mq)(target.keyCredentials, thumbprint);
            return credential !== undefined && (0,credential_facts/* isValidAt */.Ub)(credential, now);
        };
        version = (newestUsableOn(versions, now, onTarget) ?? newestUsable(versions, now))?.version;
    }
    const read = await readCertificateVersion(context, ref, version);
    context.log.info(`The proof is signed in Key Vault by certificate '${read.name}' version ${read.version} (thumbprint ${read.certificate.thumbprint}).`);
    return vaultSigner(context, ref, read);
}
function vaultSigner(context, ref, version) {
    const vault = openVault(context, ref.vault);
    return {
        certificate: version.certificate,
        sign: async (signingInput) => {
            const digest = (0,external_node_crypto_.createHash)('sha256').update(signingInput).digest();
            const client = vault.cryptography(version.keyId);
            const signed = await vault.call({ what: `sign with the key of certificate '${version.name}/${version.version}'`, role: 'sign' }, () => client.sign('RS256', digest));
            return Buffer.from(signed.result);
        },
    };
}

;// CONCATENATED MODULE: ./src/keyvault/index.ts
/** What operations load with import() when a run names a vault: one chunk, beside the SDKs' chunk. */






/***/ })

};
