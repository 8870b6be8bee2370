export const id = 566;
export const ids = [566];
export const modules = {

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SignInTransportError),
/* harmony export */   o: () => (/* binding */ SignInFailures)
/* harmony export */ });
/** Sign-in got no usable answer: the host, what arrived (or did not), and nothing secret. */
class SignInTransportError extends Error {
    host;
    reason;
    name = 'SignInTransportError';
    constructor(host, reason) {
        super(reason);
        this.host = host;
        this.reason = reason;
    }
}
class SignInFailures {
    last;
    record(failure) {
        this.last = failure;
        return failure;
    }
    /** A new request is on its way: an earlier failure that was retried must not be blamed later. */
    forget() {
        this.last = undefined;
    }
    /** A credential that reports the recorded failure instead of the library's rewording of it. */
    reporting(credential) {
        return {
            getToken: async (scopes, options) => {
                this.forget();
                try {
                    return await credential.getToken(scopes, options);
                }
                catch (error) {
                    throw this.last ?? error;
                }
            },
        };
    }
}


/***/ }),

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ localSigner),
/* harmony export */   RR: () => (/* binding */ PROOF_LIFETIME_SECONDS),
/* harmony export */   SF: () => (/* binding */ signProof),
/* harmony export */   gZ: () => (/* binding */ PROOF_AUDIENCE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The proof-of-possession JWT that Graph's addKey / removeKey demand (REFERENCE §2). Every field
 * is fixed by Graph and any mistake comes back as the same opaque 401, so the header and claims
 * are returned too: the caller can then explain a 401 against what was actually sent.
 */

/** The legacy Azure AD Graph application id. Not Microsoft Graph's 00000003-…: Graph checks this. */
const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';
/** Graph refuses a proof that lives longer than ten minutes. */
const PROOF_LIFETIME_SECONDS = 600;
/** A signer whose key is on the runner. */
function localSigner(signer) {
    return { certificate: signer.certificate, sign: async (input) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', input, signer.privateKey) };
}
/**
 * Signs the proof with `signer`, which must hold a certificate currently valid on the target:
 * checking that is the caller's business, since only it knows the target's key credentials.
 */
async function signProof(signer, targetObjectId, now) {
    const nbf = Math.floor(now.getTime() / 1000);
    const claims = { aud: PROOF_AUDIENCE, iss: targetObjectId, nbf, exp: nbf + PROOF_LIFETIME_SECONDS };
    const header = { alg: 'RS256', typ: 'JWT', x5t: signer.certificate.x5t, kid: signer.certificate.thumbprint };
    // base64url without padding, which Graph requires; no claims beyond Graph's four.
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    // Buffer.from encodes as UTF-8, which is the signing input's ASCII byte for byte.
    const signature = await signer.sign(Buffer.from(signingInput));
    return { jwt: `${signingInput}.${signature.toString('base64url')}`, header, claims };
}
function base64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   YC: () => (/* binding */ UNEXPECTED),
/* harmony export */   hx: () => (/* binding */ NETWORK_HINT)
/* harmony export */ });
/* harmony import */ var _auth_sign_in_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8557);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/* harmony import */ var _graph_keysets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8398);
/* harmony import */ var _log_safety_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8224);
/* harmony import */ var _service_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6639);
/**
 * Every failure becomes one message a person can act on: what went wrong, the likely causes and
 * what to change. Raw stacks stay in debug output.
 */






const KEYSET_WRITE_PERMISSION = 'TrustFrameworkKeySet.ReadWrite.All';
/** How a failure nothing could explain begins. */
const UNEXPECTED = 'Unexpected failure: ';
function explainFailure(error, settings) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f)
        return error.message;
    if (error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9)
        return explainGraphError(error, settings);
    if (error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphTransportError */ .kQ)
        return explainTransport(error, settings);
    if (error instanceof _auth_sign_in_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .SignInTransportError */ .C)
        return explainSignInTransport(error, settings);
    const authentication = explainAuthenticationError(error, settings);
    if (authentication)
        return authentication;
    return `${UNEXPECTED}${error instanceof Error ? error.message : String(error)} (run with step debug logging for details)`;
}
function explainGraphError(error, settings) {
    return (0,_service_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .graphFailure */ .pL)(error, graphFix(error, settings));
}
/** The likely fix for a Graph refusal, or undefined when the service's own words are all there is. */
function graphFix(error, settings) {
    const operation = settings?.operation.name;
    const onKeysets = error.path.startsWith('/beta/trustFramework');
    if (error.status === 403 && onKeysets) {
        const read = operation === 'get-active-key' ? ' (TrustFrameworkKeySet.Read.All is enough for get-active-key)' : '';
        return (`The identity${clientIdOf(settings)} may not manage B2C keysets: grant it the Microsoft Graph application permission ` +
            `${KEYSET_WRITE_PERMISSION}${read} and have an administrator consent to it. A new grant can take a few minutes to apply.`);
    }
    if (error.status === 403 && /^\/v1\.0\/(applications|servicePrincipals)\b/.test(error.path)) {
        return explainDirectoryDenied(error, settings);
    }
    if (error.status === 401 && error.code === 'InvalidAuthenticationToken') {
        return (`The access token was issued for another cloud or Graph endpoint than ${settings?.connection.graphEndpoint ?? 'the one called'}, ` +
            `or for another tenant: check the cloud, graph-endpoint and tenant-id inputs.`);
    }
    if (error.hasCode('AADB2C90213', 'AADB2C95025')) {
        const aes = settings?.operation.name === 'upload-pkcs12' && 'encryption' in settings.operation && settings.operation.encryption === 'aes-pbes2'
            ? ' This file IS AES-encrypted (the openssl 3 default),'
            : ' It is also reported for AES-encrypted files,';
        return (`B2C could not open the PKCS#12 with the given password. The action opened it locally with the same pkcs12-password, so the password itself is right.` +
            `${aes} which B2C rejects with this code even with the right password: re-export it with legacy encryption ` +
            '(`openssl pkcs12 -in old.pfx -nodes -out all.pem && openssl pkcs12 -export -legacy -in all.pem -out new.pfx`) and upload that.');
    }
    if (error.hasCode('AADB2C95043') || error.status === 429) {
        return 'Graph kept throttling the requests after every retry (waiting as Retry-After asked). Run again later, or spread scheduled jobs over time.';
    }
    if (error.hasCode('AADB2C95053')) {
        return ('Another client kept writing to the same keyset at the same moment, even after retries. Serialise jobs that write one keyset ' +
            '(for example with a workflow `concurrency:` group per keyset).');
    }
    if (onKeysets && (error.status === 404 || error.hasCode(_graph_keysets_js__WEBPACK_IMPORTED_MODULE_3__/* .KEYSET_MISSING_CODE */ .zN))) {
        return _service_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .KEYSET_MISSING_FIX */ .Ty;
    }
    if (error.status >= 500)
        return `Microsoft Graph failed on its side; ${sentTimes(error.attempts)}. This is usually transient: run the step again.`;
    return undefined;
}
/**
 * Reading a target needs a permission unless the app reads itself; so does changing its keys.
 * The target is already named by what was tried.
 */
function explainDirectoryDenied(error, settings) {
    const [what, permission] = error.method === 'GET'
        ? ['read it', 'Application.Read.All']
        : ['change its certificates', 'Application.ReadWrite.All (or Application.ReadWrite.OwnedBy, as an owner of it)'];
    return (`The identity${clientIdOf(settings)} may not ${what}: grant it the Microsoft Graph application permission ${permission} and have an administrator consent to it, ` +
        'or let the application roll its own certificate by signing in as that application (client-id = application), which may read itself and change its own keys without any permission.');
}
function explainTransport(error, settings) {
    const write = error.method !== 'GET';
    const caution = write
        ? ' The request may or may not have taken effect; re-running the step converges (check the keyset or application first if in doubt).'
        : '';
    return `No usable answer from Microsoft Graph at ${settings?.connection.graphEndpoint ?? 'its endpoint'} to ${error.method} ${error.path}: ${error.reason}; ${sentTimes(error.attempts)}.${caution}${NETWORK_HINT}`;
}
const NETWORK_HINT = ' If it persists, check the runner\'s network, proxy (HTTPS_PROXY, NO_PROXY) and firewall.';
function sentTimes(attempts) {
    return attempts <= 1 ? 'the request was sent once' : `the request was retried ${attempts - 1} time${attempts === 2 ? '' : 's'}`;
}
function explainSignInTransport(error, settings) {
    const auth = settings?.connection.auth;
    return `Sign-in (auth: ${auth?.method ?? 'unknown'}${clientIdOf(settings)}) got no usable answer from ${error.host}: ${error.reason.replace(/[.\s]+$/, '')}.${NETWORK_HINT}`;
}
/** @azure/identity wraps Entra's answers; the AADSTS code inside says what to fix. */
function explainAuthenticationError(error, settings) {
    if (!(error instanceof Error))
        return undefined;
    const text = error.message;
    // Matched by what Entra and @azure/identity say, not by class: the bundle may hold more than one copy of the classes.
    const fromIdentity = /AADSTS\d+/.test(text) || /^(Authentication|CredentialUnavailable|AggregateAuthentication)Error$/.test(error.name);
    if (!fromIdentity)
        return undefined;
    const auth = settings?.connection.auth;
    const code = /AADSTS(\d+)/.exec(text)?.[1];
    const first = (0,_log_safety_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceText */ .Lo)(text.split('\n')[0] ?? text, 500);
    const hint = code === undefined ? undefined : AADSTS_HINTS[code];
    if (auth?.method === 'azure-cli') {
        const why = auth.fallback
            ? " auth: auto chose azure-cli because neither client-secret nor client-certificate is set and the job cannot request a GitHub ID token: for OIDC, add `permissions: id-token: write`."
            : '';
        return `Could not get a token from the Azure CLI session: ${first}. Run azure/login earlier in the job (or use another auth).${why}`;
    }
    const prefix = `Sign-in to Entra ID failed (auth: ${auth?.method ?? 'unknown'}${clientIdOf(settings)})`;
    if (code === '90002' || /endpoints_resolution_error/.test(text))
        return `${prefix}: ${tenantNotFound(settings)}${code ? ` [AADSTS${code}]` : ''}`;
    if (code === '700027' && settings?.operation.name === 'remove-key' && auth?.method === 'client-certificate') {
        return `${prefix}: ${signInCertificateGone(auth.certificate.certificate.thumbprint)} [AADSTS${code}]`;
    }
    return hint ? `${prefix}: ${hint} [AADSTS${code}]` : `${prefix}: ${first}`;
}
/**
 * MSAL reports a tenant it cannot resolve as endpoints_resolution_error (its OpenID metadata
 * request failed), Entra as AADSTS90002. A B2C sign-in host is the usual mistake.
 */
function tenantNotFound(settings) {
    const connection = settings?.connection;
    const tenant = connection?.auth.tenantId;
    const b2cHost = tenant !== undefined && /\.b2clogin\.(com|cn)$/i.test(tenant) ? ` ('${tenant}' is a B2C sign-in host, not a tenant name)` : '';
    return (`tenant not found${tenant ? ` at ${connection.authorityHost}` : ''}${b2cHost}: use the *.onmicrosoft.com name or the tenant GUID in tenant-id. ` +
        'If the tenant is right, check that the runner can reach the authority host (network, proxy, firewall) and that cloud and authority-host match it');
}
/**
 * A re-run of the README's remove step signs in with the certificate the first run removed:
 * Entra no longer knows it.
 */
function signInCertificateGone(thumbprint) {
    return (`the client certificate ${thumbprint} is not registered on the app. If an earlier run of this remove-key step removed it, ` +
        'the step must now sign in with the certificate that stays: set client-certificate to the new certificate (the one add-key added), with its private key');
}
const AADSTS_HINTS = {
    '70021': 'no federated credential of the app matches the GitHub ID token. Compare its issuer, subject and audience with the claims logged above ' +
        "(subject 'repo:OWNER/REPO:ref:refs/heads/BRANCH', 'repo:OWNER/REPO:environment:NAME', or for repositories created after 2026-06-18 " +
        "'repo:OWNER-ID/REPO-ID:…'; audience api://AzureADTokenExchange, or the cloud's own)",
    '7000215': 'the client secret is wrong or expired. Create a new one and update the secret the workflow passes as client-secret',
    '7000222': 'the client secret has expired. Create a new one and update the secret the workflow passes as client-secret',
    '700016': 'no application with this client-id exists in the tenant. Check client-id and tenant-id (and the cloud)',
    '700027': 'the client certificate is not registered on the app, or the assertion was malformed. Upload the certificate to the app registration',
    '700024': 'the client assertion is not within its valid time range. Check the runner clock',
    '500011': 'the Graph resource was not found in the tenant: graph-endpoint does not match the cloud',
};
function clientIdOf(settings) {
    const auth = settings?.connection.auth;
    return auth && 'clientId' in auth ? ` ${auth.clientId}` : '';
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ ApplicationsApi),
/* harmony export */   mq: () => (/* binding */ findByThumbprint),
/* harmony export */   rK: () => (/* binding */ thumbprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/**
 * Typed calls of Graph v1.0 applications and service principals (REFERENCE §2): read the target
 * with its certificates, addKey and removeKey with a proof-of-possession JWT.
 */



const SELECT = '$select=id,appId,displayName,keyCredentials';
const COLLECTIONS = { application: '/v1.0/applications', 'service-principal': '/v1.0/servicePrincipals' };
class ApplicationsApi {
    graph;
    constructor(graph) {
        this.graph = graph;
    }
    /**
     * Reads the target named by an id that may be its appId or its object id (both are GUIDs), in
     * one round trip: Graph has no single GET for both forms, and a `$filter` list returns each
     * keyCredential's `key` as null, so both single-object GETs go in one JSON batch. Undefined when
     * neither form names an object. Any other answer in the batch, or a batch Graph refuses, is
     * read again one form at a time, so that retries and error explanations are the client's usual.
     */
    async find(kind, appIdOrObjectId) {
        const paths = lookupPaths(kind, appIdOrObjectId);
        let answers;
        try {
            const batch = await this.graph.request('POST', '/v1.0/$batch', {
                body: { requests: paths.map((url, i) => ({ id: String(i), method: 'GET', url: url.replace(/^\/v1\.0/, '') })) },
                idempotent: true,
            });
            answers = paths.map((_, i) => batch?.responses?.find((response) => response.id === String(i)) ?? { id: String(i), status: 0 });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9))
                throw error;
            return this.findOneByOne(kind, paths);
        }
        const found = answers.find((answer) => answer.status === 200 && isDirectoryObject(answer.body));
        if (found)
            return toTarget(kind, found.body);
        if (answers.every((answer) => answer.status === 404))
            return undefined;
        return this.findOneByOne(kind, paths);
    }
    /** The appId form first: the `application` input defaults to client-id, an appId. */
    async findOneByOne(kind, paths) {
        for (const path of paths) {
            try {
                return toTarget(kind, await this.graph.get(path));
            }
            catch (error) {
                if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9 && error.status === 404))
                    throw error;
            }
        }
        return undefined;
    }
    async read(kind, objectId) {
        return toTarget(kind, await this.graph.get(`${objectPath(kind, objectId)}?${SELECT}`));
    }
    /**
     * Adds a certificate. The documented answer may lack keyId; then, as after a lost answer, the
     * target is read again and the credential found by its thumbprint. Never sent twice blindly.
     */
    async addKey(kind, objectId, credential, proof) {
        const keyCredential = {
            type: 'AsymmetricX509Cert',
            usage: 'Verify',
            key: credential.key,
            ...(credential.displayName === undefined ? {} : { displayName: credential.displayName }),
        };
        const findAdded = async () => findByThumbprint((await this.read(kind, objectId)).keyCredentials, credential.thumbprint);
        const answer = await this.graph.request('POST', `${objectPath(kind, objectId)}/addKey`, {
            body: { keyCredential, passwordCredential: null, proof },
            reconcile: findAdded,
        });
        if (typeof answer?.keyId === 'string')
            return answer;
        const added = await findAdded();
        if (added === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`Graph accepted addKey for certificate ${credential.thumbprint} on ${objectId}, but its answer has no keyId and the target read back does not list the certificate. ` +
                'It may still be replicating: check the target in a minute; re-running the step converges.');
        }
        return added;
    }
    /**
     * Removes a certificate. When an answer is lost, the request is sent again with the same
     * proof (still within its lifetime); a 404 to that repeat means the first one removed it.
     */
    async removeKey(kind, objectId, keyId, proof) {
        let repeated = false;
        try {
            await this.graph.request('POST', `${objectPath(kind, objectId)}/removeKey`, {
                body: { keyId, proof },
                reconcile: async () => {
                    repeated = true;
                    return undefined;
                },
            });
        }
        catch (error) {
            if (repeated && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9 && error.status === 404)
                return;
            throw error;
        }
    }
}
/** The certificate's thumbprint: from `key` when Graph returned it, else from customKeyIdentifier. */
function thumbprintOf(credential) {
    if (credential.key)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(Buffer.from(credential.key, 'base64')).digest('hex').toUpperCase();
    return credential.customKeyIdentifier?.toUpperCase() ?? undefined;
}
function findByThumbprint(credentials, thumbprint) {
    const wanted = thumbprint.toUpperCase();
    return credentials.find((credential) => thumbprintOf(credential) === wanted);
}
function lookupPaths(kind, appIdOrObjectId) {
    const collection = COLLECTIONS[kind];
    const id = encodeURIComponent(appIdOrObjectId);
    return [`${collection}(appId='${id}')?${SELECT}`, `${collection}/${id}?${SELECT}`];
}
function isDirectoryObject(body) {
    return typeof body === 'object' && body !== null && typeof body.id === 'string';
}
function objectPath(kind, objectId) {
    return `${COLLECTIONS[kind]}/${encodeURIComponent(objectId)}`;
}
function toTarget(kind, object) {
    return {
        kind,
        id: object.id,
        appId: object.appId ?? undefined,
        displayName: object.displayName ?? undefined,
        keyCredentials: object.keyCredentials ?? [],
    };
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ graphErrorFrom),
/* harmony export */   h9: () => (/* binding */ GraphError),
/* harmony export */   kQ: () => (/* binding */ GraphTransportError)
/* harmony export */ });
/** Graph's error envelope, kept whole enough for a person to act on and to quote to support. */
class GraphError extends Error {
    method;
    path;
    status;
    code;
    graphMessage;
    requestId;
    name = 'GraphError';
    /** How long the service asked us to wait (Retry-After), when it did. */
    retryAfterMs;
    /** How many times the request was sent before this answer was final. */
    attempts = 1;
    constructor(method, path, status, code, graphMessage, requestId) {
        super(`${method} ${path} failed: HTTP ${status} ${code}: ${graphMessage}${requestId ? ` (request-id ${requestId})` : ''}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.code = code;
        this.graphMessage = graphMessage;
        this.requestId = requestId;
    }
    /** B2C reports its own conditions in `error.code`, with HTTP statuses that are not documented. */
    hasCode(...codes) {
        return codes.includes(this.code);
    }
}
/**
 * No usable answer: a dropped connection, a timeout, a redirect, an oversized body, or a 2xx that
 * is not the JSON Graph sends. The request may or may not have taken effect.
 */
class GraphTransportError extends Error {
    method;
    path;
    reason;
    retriable;
    timedOut;
    name = 'GraphTransportError';
    /** How many times the request was sent. */
    attempts = 1;
    constructor(method, path, reason, 
    /** Whether sending again may help (a timeout or a dropped connection, not a redirect). */
    retriable = true, 
    /** Set when the failure was a timeout: stalls are retried less than other failures. */
    timedOut = false) {
        super(`${method} ${path}: no usable answer from Microsoft Graph (${reason})`);
        this.method = method;
        this.path = path;
        this.reason = reason;
        this.retriable = retriable;
        this.timedOut = timedOut;
    }
}
function graphErrorFrom(method, path, status, body, headerRequestId) {
    const error = body?.error;
    const code = typeof error?.code === 'string' ? error.code : `HTTP${status}`;
    const message = typeof error?.message === 'string' ? error.message : '(no message)';
    const bodyRequestId = error?.innerError?.['request-id'];
    const requestId = headerRequestId ?? (typeof bodyRequestId === 'string' ? bodyRequestId : undefined);
    return new GraphError(method, path, status, code, message, requestId);
}


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ KeysetsApi),
/* harmony export */   U9: () => (/* binding */ isKeysetMissing),
/* harmony export */   tK: () => (/* binding */ isKeysetExisting),
/* harmony export */   zN: () => (/* binding */ KEYSET_MISSING_CODE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1486);


/** Codes B2C answers with when a keyset already exists (HTTP status not documented). */
const KEYSET_EXISTS_CODES = ['AADB2C95028', 'AADB2C95038'];
const KEYSET_MISSING_CODE = 'AADB2C95052';
function isKeysetMissing(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 && (error.status === 404 || error.hasCode(KEYSET_MISSING_CODE));
}
function isKeysetExisting(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 && (error.status === 409 || error.hasCode(...KEYSET_EXISTS_CODES));
}
const BASE = '/beta/trustFramework/keySets';
class KeysetsApi {
    graph;
    constructor(graph) {
        this.graph = graph;
    }
    /** Every keyset with its keys inline: one request (more only if the service pages). */
    listKeysets() {
        return (0,_paging_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)(this.graph, BASE);
    }
    get(id) {
        return this.graph.get(this.keyset(id));
    }
    /** Only `id` in the body: `@odata.type` makes the service answer 400. */
    create(id) {
        return this.graph.request('POST', BASE, { body: { id }, idempotent: true });
    }
    /** GET, whatever some pages say: the service does not answer POST here. */
    getActiveKey(id) {
        return this.graph.get(`${this.keyset(id)}/getActiveKey`);
    }
    uploadSecret(id, body) {
        return this.write(id, 'uploadSecret', body, (key) => key.kty === 'oct' && sameKeySlot(key, body));
    }
    generateKey(id, body) {
        return this.write(id, 'generateKey', body, (key) => key.kty === body.kty && sameKeySlot(key, body));
    }
    uploadCertificate(id, derBase64, x5t) {
        return this.write(id, 'uploadCertificate', { key: derBase64 }, (key) => key.x5t === x5t);
    }
    uploadPkcs12(id, pfxBase64, password, x5t) {
        return this.write(id, 'uploadPkcs12', { key: pfxBase64, password }, (key) => key.x5t === x5t);
    }
    /**
     * A lost answer to a key write is resolved by reading the keyset: the key is there (same
     * slot, or same certificate) or it is not and the write is sent again. Never twice blindly.
     */
    write(id, action, body, isTheWrittenKey) {
        return this.graph.request('POST', `${this.keyset(id)}/${action}`, {
            body,
            reconcile: async () => (await this.get(id)).keys.find(isTheWrittenKey),
        });
    }
    keyset(id) {
        return `${BASE}/${encodeURIComponent(id)}`;
    }
}
function sameKeySlot(key, sent) {
    return key.use === sent.use && key.nbf === sent.nbf && key.exp === sent.exp;
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oO: () => (/* binding */ forEachPage),
/* harmony export */   s$: () => (/* binding */ readAllPages)
/* harmony export */ });
/* unused harmony export PagingError */
/** A service answer the pager refuses to follow. */
class PagingError extends Error {
    name = 'PagingError';
}
/** Calls `onPage` with each page's items, in order; returns how many pages were read. */
async function forEachPage(graph, firstPath, onPage) {
    const seen = new Set([firstPath]);
    let path = firstPath;
    let pages = 0;
    while (path !== undefined) {
        const page = await graph.get(path);
        pages++;
        if (!Array.isArray(page?.value))
            throw new PagingError(`GET ${path}: the answer has no 'value' list`);
        onPage(page.value);
        path = nextPath(graph.endpoint, page['@odata.nextLink'], path);
        if (path !== undefined && seen.has(path))
            throw new PagingError(`GET ${path}: the service sent a next page link that was already read; stopping instead of looping`);
        if (path !== undefined)
            seen.add(path);
    }
    return pages;
}
/** All items of a collection, every page. */
async function readAllPages(graph, firstPath) {
    const items = [];
    await forEachPage(graph, firstPath, (page) => {
        for (const item of page)
            items.push(item);
    });
    return items;
}
/** The path (and query) of the next page, or undefined at the end; refuses another origin. */
function nextPath(endpoint, nextLink, current) {
    if (nextLink === undefined || nextLink === null)
        return undefined;
    if (typeof nextLink !== 'string')
        throw new PagingError(`GET ${current}: '@odata.nextLink' is not a string`);
    let url;
    try {
        url = new URL(nextLink, endpoint);
    }
    catch {
        throw new PagingError(`GET ${current}: '@odata.nextLink' is not a URL`);
    }
    const origin = new URL(endpoint).origin;
    if (url.origin !== origin)
        throw new PagingError(`GET ${current}: '@odata.nextLink' points to ${url.origin}, not to the Graph endpoint ${origin}; not sending the token there`);
    return url.pathname + url.search;
}


/***/ }),

/***/ 8224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ serviceText),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   X0: () => (/* binding */ capList),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fH: () => (/* binding */ safeMarkdown),
/* harmony export */   om: () => (/* binding */ safeLine),
/* harmony export */   qG: () => (/* binding */ whatArrived)
/* harmony export */ });
/* unused harmony exports redact, neutralise, cut */
/**
 * Everything the action writes passes through here (the runner adapter applies it), because the
 * job log is not plain text: the runner reads `::command::` at the start of any line, and service
 * answers can echo what they were sent (a client secret, the proof JWT, a token).
 * Order matters: redact first, then cut, so a cut can never leave half a secret that the
 * runner's own masking would no longer recognise.
 */
const REDACTED = '***';
/**
 * Redacting very short values would blank out ordinary words (a test secret `s`, a password
 * `wrong`); the runner still masks those itself. Real credentials are far longer.
 */
const MIN_REDACTED_LENGTH = 8;
/** CR, LF and every other character a log viewer may break a line at, plus the remaining C0/C1 controls. */
const LINE_BREAKING = /[\r\n\v\f\u0085\u2028\u2029\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const SERVICE_TEXT_MAX = 300;
const LINE_MAX = 4000;
const known = new Set();
let ordered = [];
/** Registers a secret and the forms it takes on the wire (JSON, URL, form and base64 encoded). */
function registerSecret(secret) {
    if (secret === '')
        return;
    const forms = [
        secret,
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        Buffer.from(secret).toString('base64'),
        Buffer.from(secret).toString('base64').replace(/=+$/, ''),
        Buffer.from(secret).toString('base64url'),
    ];
    for (const form of forms)
        if (form.length >= MIN_REDACTED_LENGTH)
            known.add(form);
    // Longest first, so a secret containing another is replaced whole.
    ordered = [...known].sort((a, b) => b.length - a.length);
}
function redact(text) {
    let out = text;
    for (const secret of ordered)
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    return out;
}
/** Replaces line breaks and control characters, so nothing after them can start a line. */
function neutralise(text) {
    return text.replace(LINE_BREAKING, ' ');
}
/**
 * Text from a service or a directory (a display name, a failure reason) as one line of a message,
 * a table row or a report entry: each run of line breaks and control characters, tabs included,
 * becomes one space.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
/** At most `max` characters, cut at a word boundary near the end when there is one, never inside a surrogate pair. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const space = text.lastIndexOf(' ', end);
    if (space > 0 && space > max - 40)
        end = space;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** Text a service sent, ready to quote inside a message: redacted, on one line, bounded. */
function serviceText(text, max = SERVICE_TEXT_MAX) {
    return cut(neutralise(redact(text)), max);
}
/** What a service sent instead of the expected JSON: `HTTP 200 (text/html) with a body starting '<html>…'`. */
function whatArrived(status, contentType, body) {
    const start = body === '' ? 'an empty body' : `a body starting '${serviceText(body, 120)}'`;
    return `HTTP ${status} (${serviceText(contentType ?? 'no content type', 80)}) with ${start}`;
}
/** One log line or annotation as the runner adapter writes it. */
function safeLine(text) {
    return cut(neutralise(redact(text)), LINE_MAX);
}
/** Multi-line Markdown (the step summary): secrets redacted, only LF kept as a line break. */
function safeMarkdown(text) {
    return redact(text).replace(/\r\n/g, '\n').replace(LINE_BREAKING, (character) => (character === '\n' ? '\n' : ' '));
}
/** `a, b, c and 7 more`: lists from a service (keys in a keyset) can be arbitrarily long. */
function capList(items, separator = ', ', max = 10) {
    const shown = items.slice(0, max).join(separator);
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}


/***/ }),

/***/ 1566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/auth/token-provider.ts
// Renew early: a token that expires between two retries would turn a 429 into a 401.
const RENEW_BEFORE_MS = 5 * 60_000;
/**
 * The run's credential with a token cache per scope, shared by the Graph client and every Key
 * Vault SDK client: each SDK client keeps its own token, so without this every client asked the
 * sign-in again. Requests sent together (apply's concurrent reads and writes, the vault's clients)
 * share one token request. Every token is registered as a secret as soon as it is obtained (the
 * Azure CLI's ones did not cross our transport).
 */
function cachingCredential(credential, mask, now = Date.now) {
    const cached = new Map();
    const pending = new Map();
    const fetch = (scope, options) => {
        const request = credential.getToken(scope, options).finally(() => pending.delete(scope));
        pending.set(scope, request);
        return request;
    };
    return {
        getToken: async (scopes, options) => {
            const scope = [scopes].flat().join(' ');
            const current = cached.get(scope);
            if (current && current.expiresOnTimestamp - RENEW_BEFORE_MS > now())
                return current;
            const token = await (pending.get(scope) ?? fetch(scope, options));
            if (!token)
                return null;
            mask(token.token);
            cached.set(scope, token);
            return token;
        },
    };
}
/** The Graph client's token source: the run's cached credential, asked for the Graph scope. */
function graphTokenProvider(tokens, graphEndpoint) {
    const scope = `${graphEndpoint}/.default`;
    return async () => {
        const token = await tokens.getToken(scope);
        if (!token)
            throw new Error(`the credential returned no token for ${scope}`);
        return token.token;
    };
}

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 172 modules
var esm = __webpack_require__(9907);
;// CONCATENATED MODULE: ./src/auth/credential.ts
/** Settings → an @azure/identity credential, one per auth method; never DefaultAzureCredential, which probes many sources. */

function createCredential(connection, dependencies) {
    const { auth } = connection;
    const options = {
        authorityHost: connection.authorityHost,
        // Discovery asks the public cloud about the authority: wrong for a private or test authority.
        disableInstanceDiscovery: connection.authorityOverridden,
        httpClient: dependencies.httpClient,
    };
    switch (auth.method) {
        case 'oidc':
            // The callback runs whenever MSAL needs a new assertion, so a long job never presents an expired GitHub token.
            return new esm/* ClientAssertionCredential */.XI(auth.tenantId, auth.clientId, () => dependencies.getIdToken(auth.audience), options);
        case 'client-secret':
            return new esm/* ClientSecretCredential */.HC(auth.tenantId, auth.clientId, auth.clientSecret, options);
        case 'client-certificate':
            return new esm/* ClientCertificateCredential */.m0(auth.tenantId, auth.clientId, { certificate: auth.certificate.pem }, options);
        case 'azure-cli':
            return new esm/* AzureCliCredential */.nG(auth.tenantId === undefined ? {} : { tenantId: auth.tenantId });
    }
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js + 4 modules
var decode_jwt = __webpack_require__(9937);
// EXTERNAL MODULE: ./src/net/https-transport.ts
var https_transport = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/log-safety.ts
var log_safety = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/auth/sign-in-failures.ts
var sign_in_failures = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/auth/github-id-token.ts
/**
 * The GitHub ID token that OIDC auth exchanges with Entra. Its claims decide whether a federated
 * credential matches, so they are logged (never the token itself) to make a mismatch readable.
 */




function readIdTokenClaims(token) {
    const claims = (0,decode_jwt/* decodeJwt */.i)(token);
    const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '');
    return { iss: claims.iss ?? '', sub: claims.sub ?? '', aud };
}
/** Wraps an ID-token source so that the first token's claims are reported once. */
function reportingClaims(getIdToken, report) {
    let reported = false;
    return async (audience) => {
        const token = await getIdToken(audience);
        if (!reported) {
            reported = true;
            report(readIdTokenClaims(token));
        }
        return token;
    };
}
/** Renew a cached ID token this long before it expires: Entra must still accept it on arrival. */
const RENEW_BEFORE_SECONDS = 60;
const ATTEMPTS = 2;
/**
 * ID tokens from GitHub over the action's own transport (bounded, same proxy rules), fetched once
 * per audience and reused while valid: MSAL asks for the assertion more than once per sign-in.
 * Each token is masked the moment it arrives.
 */
function githubIdTokens(endpoint, mask, failures, transport = https_transport/* httpsTransport */.tt, now = Date.now) {
    const cache = new Map();
    // The runner masks its request token itself; registering it again costs nothing and covers other runners.
    mask(endpoint.requestToken);
    return async (audience) => {
        const cached = cache.get(audience);
        if (cached && cached.expiresAt - RENEW_BEFORE_SECONDS * 1000 > now())
            return cached.token;
        const token = await fetchIdToken(endpoint, audience, mask, failures, transport);
        cache.set(audience, { token, expiresAt: expiryOf(token, endpoint, failures) });
        return token;
    };
}
async function fetchIdToken(endpoint, audience, mask, failures, transport) {
    const url = new URL(endpoint.url);
    url.searchParams.set('audience', audience);
    const host = url.host;
    let failure;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
            const response = await transport(url.href, { method: 'GET', headers: { authorization: `Bearer ${endpoint.requestToken}`, accept: 'application/json' } });
            const text = await response.text();
            const value = idTokenIn(text);
            if (response.ok && value !== undefined) {
                mask(value);
                return value;
            }
            failure = new sign_in_failures/* SignInTransportError */.C(host, idTokenRefusal(host, response.status, text));
            if (response.status < 500)
                break;
        }
        catch (error) {
            if (!(error instanceof https_transport/* TransportFailure */.Az))
                throw error;
            failure = new sign_in_failures/* SignInTransportError */.C(host, `GitHub's ID-token endpoint: ${error.message}`);
            if (!error.retriable)
                break;
        }
    }
    throw failures.record(failure ?? new sign_in_failures/* SignInTransportError */.C(host, `no ID token from ${host}`));
}
function expiryOf(token, endpoint, failures) {
    try {
        return ((0,decode_jwt/* decodeJwt */.i)(token).exp ?? 0) * 1000;
    }
    catch {
        const host = new URL(endpoint.url).host;
        throw failures.record(new sign_in_failures/* SignInTransportError */.C(host, `GitHub's ID-token endpoint (${host}) answered a value that is not a JWT`));
    }
}
function idTokenIn(text) {
    try {
        const value = JSON.parse(text)?.value;
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function idTokenRefusal(host, status, text) {
    const said = text === '' ? 'an empty body' : `'${(0,log_safety/* serviceText */.Lo)(text)}'`;
    const hint = status === 401 || status === 403 ? ' The job needs `permissions: id-token: write`.' : '';
    return `GitHub's ID-token endpoint (${host}) answered HTTP ${status} with ${said}, not an ID token.${hint}`;
}

// EXTERNAL MODULE: ./src/net/pipeline-http-client.ts
var pipeline_http_client = __webpack_require__(4108);
;// CONCATENATED MODULE: ./src/auth/sign-in-http-client.ts




const NETWORK_ATTEMPTS = 3;
const NETWORK_RETRY_DELAY_MS = 500;
/** Fields of sign-in requests and answers that are credentials. */
const SECRET_FIELDS = ['access_token', 'id_token', 'refresh_token', 'client_assertion', 'client_secret'];
function signInHttpClient(mask, failures, transport = https_transport/* httpsTransport */.tt) {
    return (0,pipeline_http_client/* pipelineHttpClient */.E)({
        send: (url, init) => sendWithRetries(transport, url, init),
        beforeSend: (body) => {
            failures.forget();
            if (typeof body === 'string')
                maskFields(new URLSearchParams(body), mask);
        },
        failed: (host, message) => failures.record(new sign_in_failures/* SignInTransportError */.C(host, message)),
        received: (response, text, host) => {
            const parsed = parseObject(text);
            if (parsed === undefined) {
                const arrived = (0,log_safety/* whatArrived */.qG)(response.status, response.headers.get('content-type'), text);
                throw failures.record(new sign_in_failures/* SignInTransportError */.C(host, `${host} answered ${arrived}, not the JSON Entra ID sends`));
            }
            maskFields(new Map(Object.entries(parsed)), mask);
        },
    });
}
/**
 * A dropped or refused connection is sent again, as the Azure SDK's own client did (sign-in
 * requests are safe to repeat); a timeout is not: a stalled sign-in fails after one, not four.
 */
async function sendWithRetries(transport, url, init) {
    for (let attempt = 1;; attempt++) {
        try {
            return await transport(url, init);
        }
        catch (error) {
            if (!(error instanceof https_transport/* TransportFailure */.Az) || error.kind !== 'network' || attempt >= NETWORK_ATTEMPTS)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS * attempt));
        }
    }
}
function maskFields(fields, mask) {
    for (const name of SECRET_FIELDS) {
        const value = fields.get(name);
        if (typeof value === 'string' && value !== '')
            mask(value);
    }
}
/** Every sign-in answer (tokens, metadata, errors) is a JSON object. */
function parseObject(text) {
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/crypto/pem.ts
var pem = __webpack_require__(159);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/graph/errors.ts
var errors = __webpack_require__(869);
;// CONCATENATED MODULE: ./src/graph/retry.ts
/**
 * When and how long to wait before sending a request again. Graph asks for patience with 429,
 * 503 and 504 and a `Retry-After` header; B2C adds its own throttling and concurrency codes.
 */

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    maxTotalWaitMs: 120_000,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
};
/** Requests that got no answer within the timeout are sent at most this often: a stalled service costs 2 timeouts, not 5. */
const MAX_TIMED_OUT_ATTEMPTS = 2;
const RETRIED_STATUSES = new Set([429, 503, 504]);
const B2C_THROTTLED = 'AADB2C95043';
const B2C_CONCURRENT_WRITE = 'AADB2C95053';
/**
 * A refusal the service made before doing anything: sending again cannot write twice.
 * 504 is absent on purpose: a gateway timeout may hide a write that happened.
 */
function isRefusedBeforeProcessing(error) {
    return error.status === 429 || error.status === 503 || error.hasCode(B2C_THROTTLED, B2C_CONCURRENT_WRITE);
}
function isRetriable(error) {
    return RETRIED_STATUSES.has(error.status) || error.hasCode(B2C_THROTTLED, B2C_CONCURRENT_WRITE);
}
/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
function parseRetryAfter(header, nowMs) {
    if (header === null || header === undefined)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // Only an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which is what toUTCString prints.
    // Date.parse alone accepts nonsense such as "-5", 31 Feb (as 3 Mar) and a wrong weekday: a date
    // that does not print back exactly as it was sent is not one the server meant.
    const at = Date.parse(value);
    if (Number.isNaN(at) || new Date(at).toUTCString() !== value)
        return undefined;
    return Math.max(0, at - nowMs);
}
function backoffDelay(policy, attempt) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

;// CONCATENATED MODULE: ./src/graph/client.ts
/**
 * A small Microsoft Graph client: JSON over HTTPS, Graph's error envelope as a typed error,
 * retries that honour Retry-After, and a per-request timeout. Writes that are not idempotent
 * are never sent twice blindly: when their outcome is unknown, the caller's `reconcile` looks
 * for the effect first.
 */





/** How much of an error body is kept; messages quote far less, after redaction. */
const KEPT_ERROR_TEXT = 64 * 1024;
class GraphClient {
    options;
    /** Requests sent, retries included: reported in debug logs and by the benchmark. */
    requestCount = 0;
    transport;
    sleep;
    now;
    debug;
    policy;
    constructor(options) {
        this.options = options;
        this.transport = options.transport ?? https_transport/* httpsTransport */.tt;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.now = options.now ?? Date.now;
        this.debug = options.debug ?? (() => undefined);
        this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    }
    /** Origin of Graph the requests go to (paging checks next links against it). */
    get endpoint() {
        return this.options.endpoint;
    }
    get(path) {
        return this.request('GET', path);
    }
    async request(method, path, options = {}) {
        const repeatable = method !== 'POST' || options.idempotent === true;
        let waited = 0;
        let timedOut = 0;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                return await this.send(method, path, options.body);
            }
            catch (error) {
                if (!(error instanceof errors/* GraphError */.h9 || error instanceof errors/* GraphTransportError */.kQ))
                    throw error;
                error.attempts = attempt;
                if (error instanceof errors/* GraphError */.h9 && !isRetriable(error))
                    throw error;
                failure = error;
            }
            const outcomeUnknown = failure instanceof errors/* GraphTransportError */.kQ || !isRefusedBeforeProcessing(failure);
            if (outcomeUnknown && !repeatable) {
                if (!options.reconcile)
                    throw failure;
                this.debug(`${method} ${path}: outcome unknown (${failure.message}); checking whether it took effect`);
                const landed = await options.reconcile();
                if (landed !== undefined)
                    return landed;
            }
            if (failure instanceof errors/* GraphTransportError */.kQ && !failure.retriable)
                throw failure;
            // A service that stalls once may answer the next time; one that stalls twice is down.
            if (failure instanceof errors/* GraphTransportError */.kQ && failure.timedOut && ++timedOut >= MAX_TIMED_OUT_ATTEMPTS)
                throw failure;
            if (attempt >= this.policy.maxAttempts)
                throw failure;
            const delay = this.delayBefore(attempt + 1, failure);
            if (waited + delay > this.policy.maxTotalWaitMs)
                throw failure;
            this.debug(`${method} ${path}: ${failure.message}; attempt ${attempt + 1} in ${Math.round(delay / 100) / 10} s`);
            await this.sleep(delay);
            waited += delay;
        }
    }
    delayBefore(attempt, failure) {
        const asked = failure instanceof errors/* GraphError */.h9 ? failure.retryAfterMs : undefined;
        return asked ?? backoffDelay(this.policy, attempt - 1);
    }
    async send(method, path, body) {
        const token = await this.options.getToken();
        const headers = {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            'client-request-id': (0,external_node_crypto_.randomUUID)(),
            'user-agent': this.options.userAgent ?? 'b2c-keys-action',
        };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        const started = this.now();
        this.requestCount++;
        this.debug(`→ ${method} ${path}`);
        let response;
        try {
            response = await this.transport(this.options.endpoint + path, {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
            });
        }
        catch (error) {
            if (error instanceof https_transport/* TransportFailure */.Az)
                throw new errors/* GraphTransportError */.kQ(method, path, error.message, error.retriable, error.kind === 'timeout');
            throw new errors/* GraphTransportError */.kQ(method, path, describeTransportFailure(error));
        }
        const requestId = response.headers.get('request-id');
        const text = await response.text();
        this.debug(`← ${response.status} ${method} ${path} in ${this.now() - started} ms${requestId ? ` (request-id ${requestId})` : ''}`);
        if (response.ok)
            return successBody(method, path, response, text);
        const error = (0,errors/* graphErrorFrom */.$I)(method, path, response.status, errorBody(response.status, text), requestId);
        error.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
        throw error;
    }
}
/**
 * Only a real answer is success: Graph answers 204 with nothing, every other 2xx with a JSON
 * object. Anything else (a proxy's HTML page, `null`, an empty body) did not come from Graph as
 * it documents itself, and whether a write landed is unknown.
 */
function successBody(method, path, response, text) {
    if (response.status === 204)
        return undefined;
    const parsed = parseJson(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed;
    const arrived = (0,log_safety/* whatArrived */.qG)(response.status, response.headers.get('content-type'), text);
    throw new errors/* GraphTransportError */.kQ(method, path, `${arrived}, not the JSON object Graph sends`, false);
}
function errorBody(status, text) {
    if (text === '')
        return undefined;
    return parseJson(text) ?? { error: { code: `HTTP${status}`, message: text.slice(0, KEPT_ERROR_TEXT) } };
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
/** Errors from a transport other than ours (tests hand in fetch): duck-typed, their class may be from another realm. */
function describeTransportFailure(error) {
    const failure = error;
    const cause = failure?.cause ?? failure;
    const message = typeof cause?.message === 'string' ? cause.message : String(error);
    const code = cause?.code;
    return typeof code === 'string' ? `${code}: ${message}` : message;
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/masking.ts
/**
 * The runner masks a registered value wherever it appears, but a multi-line secret (a PEM) can be
 * printed one line at a time, so each line of it is registered too.
 */
const PEM_ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
// Masking very short fragments would blank out ordinary words in every log line.
const MIN_MASKED_LINE = 8;
function maskableParts(secret) {
    const parts = new Set([secret]);
    for (const line of secret.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed.length >= MIN_MASKED_LINE && !PEM_ARMOUR.test(trimmed) && !/^[A-Za-z-]+:/.test(trimmed))
            parts.add(trimmed);
    }
    return [...parts].filter((part) => part.trim() !== '');
}

// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
// EXTERNAL MODULE: ./src/operations/certificate-roll.ts
var certificate_roll = __webpack_require__(7013);
// EXTERNAL MODULE: ./src/operations/sources.ts
var sources = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/operations/credential-facts.ts
var credential_facts = __webpack_require__(4755);
// EXTERNAL MODULE: ./src/operations/wording.ts
var wording = __webpack_require__(6798);
;// CONCATENATED MODULE: ./src/operations/add-key.ts






async function addKey(context, operation) {
    const api = new applications/* ApplicationsApi */.IW(context.graph);
    const target = await (0,certificate_roll/* readTarget */._E)(api, operation.target);
    const now = context.now();
    const newCertificate = await (0,sources/* certificateFrom */.cL)(context, operation.newCertificate);
    const proof = await (0,sources/* proofSignerFor */.k_)(context, operation.proof, target);
    const signerOnTarget = (0,applications/* findByThumbprint */.mq)(target.keyCredentials, proof.certificate.thumbprint);
    const dryRun = context.dryRun ? 'Dry run: ' : '';
    // A re-run converges even after the old certificate (the proof) was removed: checked first.
    const existing = (0,applications/* findByThumbprint */.mq)(target.keyCredentials, newCertificate.thumbprint);
    if (existing) {
        return skipped(target, existing, signerOnTarget, `${dryRun}${(0,wording/* capitalise */.sK)((0,certificate_roll/* describeTarget */.ff)(target))} already has certificate ${newCertificate.thumbprint} as ${(0,credential_facts/* describeCredential */.t8)(existing, false)}; nothing was added.`);
    }
    if (operation.rotateWithin !== undefined) {
        const due = (0,time/* addDuration */.Gw)(now, operation.rotateWithin);
        const covering = (0,credential_facts/* longestValid */.X7)(target.keyCredentials, now);
        const end = covering && (0,credential_facts/* windowOf */.Ou)(covering).end;
        if (covering && (end === undefined || end > due)) {
            return skipped(target, covering, signerOnTarget, `${dryRun}Not due: the valid certificate of ${(0,certificate_roll/* describeTarget */.ff)(target)} that expires last, ${(0,credential_facts/* describeCredential */.t8)(covering)}, lasts past ${(0,wording/* iso */.KH)(due)}; nothing was added.`);
        }
    }
    const firstCertificate = `add the first certificate by updating the ${(0,certificate_roll/* kindName */.Ep)(target.kind)} itself, e.g. ${(0,certificate_roll/* azCredentialCommand */.i6)(target, 'reset', '--cert @new.pem --append')} or a PATCH of its keyCredentials; this action can roll it from then on`;
    const signer = (0,certificate_roll/* requireSigner */.Sz)(target, proof.certificate, now, firstCertificate);
    if (context.dryRun)
        return planned(target, newCertificate, signer);
    const added = await (0,certificate_roll/* sendWithProof */.tN)(context, target, proof, 'addKey', (jwt) => api.addKey(target.kind, target.id, { key: newCertificate.der.toString('base64'), thumbprint: newCertificate.thumbprint, displayName: operation.displayName }, jwt));
    // Graph's documented answer may leave the dates out: the certificate's own validity stands in.
    const validity = (0,credential_facts/* validitySeconds */.MH)(added, newCertificate);
    return {
        actionTaken: 'added',
        detail: `Added certificate ${newCertificate.thumbprint} (${newCertificate.subject}) to ${(0,certificate_roll/* describeTarget */.ff)(target)} as keyId ${added.keyId}, ` +
            `valid from ${(0,wording/* isoSeconds */.nE)(validity.notBefore)} until ${(0,wording/* isoSeconds */.nE)(validity.expires)}; the proof was signed by keyId ${signer.keyId}.`,
        kid: added.keyId,
        thumbprint: newCertificate.thumbprint,
        ...validity,
        previousKid: signer.keyId,
        target: (0,certificate_roll/* resultTarget */.FC)(target),
    };
}
/** Nothing to write; outputs describe the credential that makes the write unnecessary. */
function skipped(target, credential, signerOnTarget, detail) {
    return {
        actionTaken: 'skipped',
        detail,
        kid: credential.keyId,
        thumbprint: (0,applications/* thumbprintOf */.rK)(credential),
        ...(0,credential_facts/* validitySeconds */.MH)(credential, undefined),
        // The key a follow-up remove-key would retire; never the key just reported as kid.
        previousKid: signerOnTarget?.keyId === credential.keyId ? undefined : signerOnTarget?.keyId,
        target: (0,certificate_roll/* resultTarget */.FC)(target),
    };
}
function planned(target, certificate, signer) {
    return {
        actionTaken: 'planned',
        detail: `Dry run: would add certificate ${certificate.thumbprint} (${certificate.subject}) to ${(0,certificate_roll/* describeTarget */.ff)(target)}, with a proof signed by keyId ${signer.keyId}. Nothing was written.`,
        thumbprint: certificate.thumbprint,
        ...(0,credential_facts/* validitySeconds */.MH)(undefined, certificate),
        previousKid: signer.keyId,
        target: (0,certificate_roll/* resultTarget */.FC)(target),
    };
}

// EXTERNAL MODULE: ./src/graph/keysets.ts
var keysets = __webpack_require__(8398);
// EXTERNAL MODULE: ./src/operations/keyset-write.ts
var keyset_write = __webpack_require__(5955);
;// CONCATENATED MODULE: ./src/operations/create-keyset.ts


/** One request: create, and an "already exists" answer means there is nothing to do. */
async function createKeyset(context, operation) {
    const api = new keysets/* KeysetsApi */.D8(context.graph);
    const { keysetId } = operation;
    if (context.dryRun) {
        const keyset = await (0,keyset_write/* readKeyset */.yg)(api, keysetId);
        return keyset
            ? { actionTaken: 'skipped', detail: `Dry run: keyset ${keysetId} already exists with ${keyset.keys.length} key(s); nothing to do.`, keysetId }
            : { actionTaken: 'planned', detail: `Dry run: would create keyset ${keysetId}. Nothing was written.`, keysetId };
    }
    const created = await (0,keyset_write/* ensureKeyset */._n)(api, keysetId);
    return created
        ? { actionTaken: 'created', detail: `Created keyset ${keysetId}.`, keysetId }
        : { actionTaken: 'skipped', detail: `Keyset ${keysetId} already exists; nothing to do.`, keysetId };
}

// EXTERNAL MODULE: ./src/operations/generate-key.ts
var generate_key = __webpack_require__(3641);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/service-failure.ts
var service_failure = __webpack_require__(6639);
// EXTERNAL MODULE: ./src/operations/key-facts.ts
var key_facts = __webpack_require__(8623);
;// CONCATENATED MODULE: ./src/operations/get-active-key.ts






/** Asks the service itself (getActiveKey): the answer B2C's policies will actually use. */
async function getActiveKey(context, operation) {
    const api = new keysets/* KeysetsApi */.D8(context.graph);
    const { keysetId } = operation;
    let key;
    try {
        key = await api.getActiveKey(keysetId);
    }
    catch (error) {
        if (!(0,keysets/* isKeysetMissing */.U9)(error))
            throw error;
        throw await explainNoActiveKey(api, keysetId, context.now(), error);
    }
    return {
        actionTaken: 'found',
        detail: `Active key of ${keysetId}: ${(0,key_facts/* describeKey */.Rx)(key)}.`,
        kid: key.kid,
        keysetId,
        notBefore: key.nbf,
        expires: key.exp,
        thumbprint: (0,key_facts/* thumbprintOfKey */.G9)(key),
    };
}
/** Says which of the two it is, and why no key qualifies: policies using the keyset fail at sign-in. */
async function explainNoActiveKey(api, keysetId, now, missing) {
    const keyset = await (0,keyset_write/* readKeyset */.yg)(api, keysetId);
    if (!keyset)
        return new src_errors/* ActionableError */.f((0,service_failure/* graphFailure */.pL)(missing, service_failure/* KEYSET_MISSING_FIX */.Ty));
    if (keyset.keys.length === 0)
        return new src_errors/* ActionableError */.f(`Keyset ${keysetId} has no keys, so no active key; policies that use it fail at sign-in.`);
    const nowSeconds = now.getTime() / 1000;
    const reasons = keyset.keys.map((key) => {
        const why = key.exp !== undefined && key.exp <= nowSeconds ? 'expired' : key.nbf !== undefined && key.nbf > nowSeconds ? 'not yet valid' : 'not active';
        return `${(0,key_facts/* describeKey */.Rx)(key)}: ${why}`;
    });
    return new src_errors/* ActionableError */.f(`Keyset ${keysetId} has no active key; policies that use it fail at sign-in. Its keys: ${(0,log_safety/* capList */.X0)(reasons, '; ')}.`);
}

;// CONCATENATED MODULE: ./src/operations/remove-key.ts
/**
 * remove-key: removes a certificate from an application or service principal with Graph's
 * removeKey, proving possession of another certificate the target keeps.
 *
 * Costs in Graph requests (the token request aside; a target named by its object id costs one
 * GET more, see ApplicationsApi.find): removed 2 (read, removeKey), already gone 1, dry run 1.
 */







async function removeKey(context, operation) {
    const api = new applications/* ApplicationsApi */.IW(context.graph);
    const target = await (0,certificate_roll/* readTarget */._E)(api, operation.target);
    const now = context.now();
    const doomed = target.keyCredentials.find((credential) => credential.keyId.toLowerCase() === operation.keyId);
    if (!doomed) {
        return {
            actionTaken: 'skipped',
            detail: `${context.dryRun ? 'Dry run: ' : ''}${(0,wording/* capitalise */.sK)((0,certificate_roll/* describeTarget */.ff)(target))} has no certificate with keyId ${operation.keyId} (already removed); nothing to do.`,
            kid: operation.keyId,
            target: (0,certificate_roll/* resultTarget */.FC)(target),
        };
    }
    const withoutProof = `remove it by updating the target itself, e.g. ${(0,certificate_roll/* azCredentialCommand */.i6)(target, 'delete', `--key-id ${doomed.keyId}`)}`;
    const proof = await (0,sources/* proofSignerFor */.k_)(context, operation.proof, target);
    const signer = (0,certificate_roll/* requireSigner */.Sz)(target, proof.certificate, now, withoutProof);
    if (!operation.allowUnsafeRemoval)
        refuseUnsafeRemoval(target, doomed, signer, now);
    const outputs = { kid: doomed.keyId, thumbprint: (0,applications/* thumbprintOf */.rK)(doomed), ...(0,credential_facts/* validitySeconds */.MH)(doomed, undefined), target: (0,certificate_roll/* resultTarget */.FC)(target) };
    if (context.dryRun) {
        return {
            actionTaken: 'planned',
            detail: `Dry run: would remove certificate ${(0,credential_facts/* describeCredential */.t8)(doomed)} from ${(0,certificate_roll/* describeTarget */.ff)(target)}, with a proof signed by keyId ${signer.keyId}. Nothing was written.`,
            ...outputs,
        };
    }
    await (0,certificate_roll/* sendWithProof */.tN)(context, target, proof, 'removeKey', (jwt) => api.removeKey(target.kind, target.id, doomed.keyId, jwt));
    return {
        actionTaken: 'removed',
        detail: `Removed certificate ${(0,credential_facts/* describeCredential */.t8)(doomed)} from ${(0,certificate_roll/* describeTarget */.ff)(target)}; the proof was signed by keyId ${signer.keyId}.`,
        ...outputs,
    };
}
/**
 * Refuses to remove the certificate that signs the proof. The signer has just been checked to be
 * valid on the target, so the target's last valid certificate can only be the signer itself:
 * that case is named in the same refusal.
 */
function refuseUnsafeRemoval(target, doomed, signer, now) {
    if (doomed.keyId !== signer.keyId)
        return;
    const othersValid = target.keyCredentials.filter((credential) => credential !== doomed && (0,credential_facts/* isValidAt */.Ub)(credential, now));
    const consequence = othersValid.length === 0
        ? `it is also the last currently valid certificate of ${(0,certificate_roll/* describeTarget */.ff)(target)}: without it no proof could be signed again, and only an update of the target itself could add a certificate. Add its successor first (operation: add-key)`
        : `sign the proof with another valid certificate of the target (${(0,log_safety/* capList */.X0)(othersValid.map((credential) => credential.keyId))}), typically the one add-key added`;
    throw new src_errors/* ActionableError */.f(`Refusing to remove keyId ${doomed.keyId}: it is the certificate that signs this step's proof (proof-certificate, which defaults to client-certificate); ` +
        `${consequence}, or set allow-unsafe-removal: true if this removal is really meant.`);
}

// EXTERNAL MODULE: ./src/operations/sync-key-vault-certificate.ts
var sync_key_vault_certificate = __webpack_require__(6490);
// EXTERNAL MODULE: ./src/operations/upload-certificate.ts
var upload_certificate = __webpack_require__(271);
// EXTERNAL MODULE: ./src/operations/upload-pkcs12.ts
var upload_pkcs12 = __webpack_require__(4338);
// EXTERNAL MODULE: ./src/operations/upload-secret.ts
var upload_secret = __webpack_require__(8966);
;// CONCATENATED MODULE: ./src/operations/index.ts









function runOperation(context, operation) {
    switch (operation.name) {
        case 'create-keyset':
            return createKeyset(context, operation);
        case 'upload-secret':
            return (0,upload_secret/* uploadSecret */.S)(context, operation);
        case 'generate-key':
            return (0,generate_key/* generateKey */.r)(context, operation);
        case 'upload-certificate':
            return (0,upload_certificate/* uploadCertificate */.D)(context, operation);
        case 'upload-pkcs12':
            return (0,upload_pkcs12/* uploadPkcs12 */.yU)(context, operation);
        case 'get-active-key':
            return getActiveKey(context, operation);
        case 'add-key':
            return addKey(context, operation);
        case 'remove-key':
            return removeKey(context, operation);
        case 'audit':
            return __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 7461)).then(({ audit }) => audit(context, operation));
        case 'sync-key-vault-certificate':
            return (0,sync_key_vault_certificate/* syncKeyVaultCertificate */.y)(context, operation);
        case 'apply':
            // Its own chunk: the YAML parser and the planner load only for apply.
            return Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 3019)).then(({ apply }) => apply(context, operation));
    }
}

;// CONCATENATED MODULE: ./src/output-shapes.ts
/**
 * Outputs flow into later steps (`${{ steps.x.outputs.kid }}` in a script, a URL, a vault name),
 * so a value from the service is passed on only when it has the shape the service documents.
 * Anything else fails the step here, rather than becoming input to someone else's command.
 */


/** trustFrameworkKey `kid`: a base64url-ish token. */
const KEY_ID = /^[A-Za-z0-9._~+/=-]{1,256}$/;
/** keyCredential `keyId`. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEYSET_ID = /^B2C_1A_[A-Za-z0-9_.-]{1,200}$/;
const THUMBPRINT = /^[0-9A-F]{40}$/;
/** Unix seconds up to the year 9999. */
const MAX_TIME = 253_402_300_799;
/** What these results report had to come back from the service. */
const REPORTS_A_KEY = new Set(['uploaded', 'generated', 'added', 'found']);
function checkOutputShapes(result) {
    const onApplication = result.target !== undefined;
    const [kidShape, kidName] = onApplication ? [GUID, 'keyCredential keyId (a GUID)'] : [KEY_ID, 'key id (letters, digits and -_.~+/=)'];
    if (REPORTS_A_KEY.has(result.actionTaken) && !result.kid)
        refuse('kid', '', kidName, result);
    check('kid', result.kid, kidShape, kidName, result);
    check('previous-kid', result.previousKid, kidShape, kidName, result);
    check('keyset-id', result.keysetId, KEYSET_ID, 'keyset id (B2C_1A_ and a name)', result);
    check('thumbprint', result.thumbprint, THUMBPRINT, 'SHA-1 thumbprint (40 hex digits)', result);
    checkTime('not-before', result.notBefore, result);
    checkTime('expires', result.expires, result);
    return result;
}
function check(output, value, shape, what, result) {
    if (value !== undefined && value !== '' && !shape.test(value))
        refuse(output, value, what, result);
}
function checkTime(output, value, result) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0 && value <= MAX_TIME))
        refuse(output, String(value), 'time in Unix seconds', result);
}
function refuse(output, value, what, result) {
    const got = value === '' ? 'nothing' : `'${(0,log_safety/* serviceText */.Lo)(value, 80)}'`;
    const write = result.actionTaken === 'found' || result.actionTaken === 'skipped' || result.actionTaken === 'planned' ? '' : ` The service reported the ${result.actionTaken === 'removed' ? 'removal' : 'write'} as done: check the target before re-running.`;
    throw new src_errors/* ActionableError */.f(`The service answered with ${got} where output '${output}' needs a ${what}; the step fails instead of passing it to later steps.${write}`);
}

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/runner.ts
/**
 * The only module that talks to the Actions runner. Everything else receives these functions,
 * so it can run and be tested without a runner.
 */


/**
 * Everything written goes through log-safety: secrets redacted, line breaks neutralised, so
 * nothing a service or an input says can start a workflow command or show a secret.
 */
function actionsRunner() {
    const idTokenEndpoint = idTokenEndpointOf(process.env);
    return {
        getInput: (name) => core/* getInput */.V4(name),
        setSecret: (value) => {
            (0,log_safety/* registerSecret */.cl)(value);
            core/* setSecret */.Pq(value);
        },
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setFailed: (message) => core/* setFailed */.C1((0,log_safety/* safeLine */.om)(message)),
        info: (message) => core/* info */.pq((0,log_safety/* safeLine */.om)(message)),
        warning: (message) => core/* warning */.$e((0,log_safety/* safeLine */.om)(message)),
        error: (message) => core/* error */.z3((0,log_safety/* safeLine */.om)(message)),
        debug: (message) => core/* debug */.Yz((0,log_safety/* safeLine */.om)(message)),
        writeSummary: async (markdown) => {
            if (process.env['GITHUB_STEP_SUMMARY'])
                await core/* summary */.z.addRaw((0,log_safety/* safeMarkdown */.fH)(markdown), true).write();
        },
        idTokenEndpoint,
        idTokenAvailable: idTokenEndpoint !== undefined,
    };
}
/** Both variables are needed: the URL alone does not let the job ask for a token. */
function idTokenEndpointOf(environment) {
    const url = environment['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const requestToken = environment['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    return url && requestToken ? { url, requestToken } : undefined;
}

// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(2572);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * run(): inputs → settings → credential → operation → outputs and summary. One try/catch around
 * all of it (writing a failure's summary has its own): whatever fails becomes one `::error::`
 * line that says what to do.
 */















const USER_AGENT = 'b2c-keys-action/1';
/**
 * `prepared`: the settings the entry chunk already built from the same inputs, after opening the
 * run's connections with them (src/net/early-start.ts); without them, nothing was opened early.
 */
async function run(runner = actionsRunner(), now = () => new Date(), prepared) {
    let settings;
    try {
        for (const name of inputs/* SECRET_INPUTS */.pH)
            mask(runner, runner.getInput(name));
        for (const name of inputs/* CERTIFICATE_INPUTS */._s)
            for (const key of (0,pem/* privateKeyBlocks */.P5)(runner.getInput(name)))
                mask(runner, key);
        // Secret inputs are masked above before anything can print; building again would only repeat the work.
        settings = prepared ?? (0,src_settings/* buildSettings */.E)(runner.getInput, { idTokenAvailable: runner.idTokenAvailable }, now());
        for (const secret of settings.derivedSecrets)
            mask(runner, secret);
        for (const notice of settings.notices)
            runner.info(notice);
        const { connection } = settings;
        const secret = (value) => mask(runner, value);
        const signInFailures = new sign_in_failures/* SignInFailures */.o();
        const idTokens = runner.idTokenEndpoint ? githubIdTokens(runner.idTokenEndpoint, secret, signInFailures) : noIdToken;
        const getIdToken = reportingClaims(idTokens, (claims) => runner.info(`GitHub ID token: iss=${claims.iss} sub=${claims.sub} aud=${claims.aud}`));
        const httpClient = signInHttpClient(secret, signInFailures);
        // One cache for Graph and Key Vault: each scope is asked of the sign-in once per run while its token is valid.
        const credential = cachingCredential(signInFailures.reporting(createCredential(connection, { getIdToken, httpClient })), secret);
        const graph = new GraphClient({
            endpoint: connection.graphEndpoint,
            getToken: graphTokenProvider(credential, connection.graphEndpoint),
            debug: runner.debug,
            userAgent: USER_AGENT,
        });
        runner.info(`${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''} with auth ${connection.auth.method} on ${connection.graphEndpoint}`);
        const context = {
            graph,
            now,
            log: runner,
            dryRun: settings.dryRun,
            mask: secret,
            credential,
            clientId: 'clientId' in connection.auth ? connection.auth.clientId : undefined,
        };
        const result = checkOutputShapes(await runOperation(context, settings.operation));
        runner.debug(`Graph requests sent: ${graph.requestCount}`);
        runner.info(result.detail);
        for (const [name, value] of Object.entries((0,report/* outputsOf */.Yz)(result)))
            runner.setOutput(name, value);
        for (const { level, message } of result.annotations ?? [])
            runner[level](message);
        await runner.writeSummary((0,report/* summaryOf */.YG)(settings, result));
        if (result.failure)
            runner.setFailed(result.failure);
    }
    catch (error) {
        const explained = (0,explain/* explainFailure */.SP)(error, settings);
        runner.setFailed(explained);
        await writeFailureSummary(runner, (0,report/* failureSummaryOf */.U0)(settings, runner.getInput(inputs/* INPUTS */.mc.operation), explained));
        // A stack helps only with failures nothing could explain.
        if (explained.startsWith(explain/* UNEXPECTED */.YC) && error instanceof Error && error.stack)
            runner.debug(error.stack);
    }
}
/** Settings refuse OIDC without an ID-token endpoint; this only keeps the types honest. */
async function noIdToken() {
    throw new Error('the job cannot request a GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are not set)');
}
const masked = new Set();
function mask(runner, secret) {
    if (secret.trim() === '')
        return;
    for (const part of maskableParts(secret)) {
        // A token is seen both on the wire and by the token cache: register it once.
        if (masked.has(part))
            continue;
        masked.add(part);
        runner.setSecret(part);
    }
}
/** The step has already failed with its message: a summary that cannot be written only gets a warning. */
async function writeFailureSummary(runner, markdown) {
    try {
        await runner.writeSummary(markdown);
    }
    catch (error) {
        runner.warning(`Could not write the step summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 5258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ TransportFailure),
/* harmony export */   tt: () => (/* binding */ httpsTransport)
/* harmony export */ });
/* unused harmony exports REQUEST_TIMEOUT_MS, MAX_RESPONSE_BYTES, requestTimeoutMs */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _agents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1625);
/**
 * The one HTTP transport of the action, on node:https: Graph, sign-in, the GitHub ID token, Key
 * Vault (pipeline-http-client.ts) and the GitHub API (transport-fetch.ts) all go through it, so
 * all of them get the same bounds: a per-request timeout, a response-size cap, no redirects,
 * keep-alive connections and one proxy rule set (agents.ts).
 * Global fetch would do, but its first use makes Node load a second HTTP stack (undici) at
 * start-up, which the benchmark showed costs more than the request itself against a near endpoint.
 */



const REQUEST_TIMEOUT_MS = 30_000;
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Undocumented, for the test suite only: stalls are tested in seconds, not minutes. */
const TEST_TIMEOUT_VARIABLE = 'B2C_KEYS_TEST_REQUEST_TIMEOUT_MS';
/** A request that got no usable answer; `message` names the host and says what happened. */
class TransportFailure extends Error {
    kind;
    host;
    code;
    name = 'TransportFailure';
    constructor(kind, host, message, code) {
        super(message);
        this.kind = kind;
        this.host = host;
        this.code = code;
    }
    /** Sending again may help after a timeout or a dropped connection; a redirect or an oversized answer would come again. */
    get retriable() {
        return this.kind === 'timeout' || this.kind === 'network';
    }
}
function requestTimeoutMs(environment = process.env) {
    const override = Number(environment[TEST_TIMEOUT_VARIABLE]);
    return Number.isInteger(override) && override > 0 ? override : REQUEST_TIMEOUT_MS;
}
const httpsTransport = (url, init) => new Promise((resolve, reject) => {
    const target = new URL(url);
    const host = target.host;
    const timeoutMs = requestTimeoutMs();
    // Plain http only reaches here for loopback hosts, which settings allow for tests and emulators.
    const send = target.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_1__.request : node_https__WEBPACK_IMPORTED_MODULE_0__.request;
    // Headers are set on the request, not passed in the options: NODE_DEBUG=http,https prints the options.
    const outgoing = send(target, { method: init.method, agent: (0,_agents_js__WEBPACK_IMPORTED_MODULE_2__/* .agentFor */ .P)(target) }, (incoming) => {
        const redirect = redirectFailure(incoming, target);
        if (redirect)
            return fail(redirect);
        readBounded(incoming, host).then((body) => {
            finish();
            resolve(responseOf(incoming, body));
        }, fail);
    });
    for (const [name, value] of Object.entries(init.headers))
        outgoing.setHeader(name, value);
    const timer = setTimeout(() => fail(new TransportFailure('timeout', host, `no answer from ${host} within ${timeoutMs / 1000} s`)), timeoutMs);
    const onAbort = () => fail(new TransportFailure('aborted', host, `the request to ${host} was cancelled`));
    init.signal?.addEventListener('abort', onAbort, { once: true });
    if (init.signal?.aborted)
        onAbort();
    outgoing.on('error', (error) => fail(networkFailure(error, host)));
    outgoing.end(init.body);
    function finish() {
        clearTimeout(timer);
        init.signal?.removeEventListener('abort', onAbort);
    }
    function fail(failure) {
        finish();
        reject(failure);
        outgoing.destroy();
    }
});
function redirectFailure(incoming, target) {
    const status = incoming.statusCode ?? 0;
    if (status < 300 || status > 399)
        return undefined;
    const location = headerValue(incoming.headers['location']);
    let to = 'no Location';
    if (location !== null) {
        try {
            to = `a redirect to ${new URL(location, target).host}`;
        }
        catch {
            to = 'an unreadable Location';
        }
    }
    return new TransportFailure('redirect', target.host, `${target.host} answered HTTP ${status} with ${to}; the action does not follow redirects (check the endpoint inputs and any proxy in between)`);
}
function readBounded(incoming, host) {
    return new Promise((resolve, reject) => {
        const tooLarge = () => new TransportFailure('too-large', host, `the answer from ${host} is larger than the ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB the action accepts; it was discarded`);
        if (Number(incoming.headers['content-length'] ?? 0) > MAX_RESPONSE_BYTES)
            return reject(tooLarge());
        const chunks = [];
        let size = 0;
        incoming.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
                incoming.destroy();
                reject(tooLarge());
            }
            else
                chunks.push(chunk);
        });
        incoming.on('error', (error) => reject(networkFailure(error, host)));
        incoming.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
function responseOf(incoming, body) {
    const status = incoming.statusCode ?? 0;
    const rawHeaders = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
        const joined = headerValue(value);
        if (joined !== null)
            rawHeaders[name] = joined;
    }
    const text = body.toString('utf8');
    return {
        status,
        ok: status >= 200 && status < 300,
        headers: {
            get: (name) => rawHeaders[name.toLowerCase()] ?? null,
            forEach: (visit) => Object.entries(rawHeaders).forEach(([name, value]) => visit(value, name)),
        },
        text: async () => text,
    };
}
function networkFailure(error, host) {
    if (error instanceof TransportFailure)
        return error;
    const code = typeof error.code === 'string' ? error.code : undefined;
    return new TransportFailure('network', host, `${code ? `${code}: ` : ''}${error.message}`, code);
}
function headerValue(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(', ') : value;
}


/***/ }),

/***/ 4108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ pipelineHttpClient)
/* harmony export */ });
/* harmony import */ var _https_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5258);

function pipelineHttpClient(hooks) {
    const send = hooks.send ?? _https_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .httpsTransport */ .tt;
    return {
        sendRequest: async (request) => {
            const host = new URL(request.url).host;
            const body = request.body;
            if (body !== undefined && body !== null && typeof body !== 'string' && !Buffer.isBuffer(body)) {
                throw hooks.failed(host, `the request to ${host} has a body the action cannot send`);
            }
            hooks.beforeSend?.(body ?? undefined);
            const headers = request.headers.toJSON();
            // The SDK asks for gzip (its own client inflates); the transport reads text, so ask for none.
            delete headers['accept-encoding'];
            let response;
            try {
                response = await send(request.url, { method: request.method, headers, body: body ?? undefined, signal: request.abortSignal });
            }
            catch (error) {
                if (!(error instanceof _https_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az))
                    throw error;
                throw hooks.failed(host, error.message, error);
            }
            const text = await response.text();
            hooks.received?.(response, text, host);
            return { request, status: response.status, headers: headersOf(response), bodyAsText: text };
        },
    };
}
function headersOf(response) {
    const values = new Map();
    response.headers.forEach((value, name) => values.set(name.toLowerCase(), value));
    const headers = {
        get: (name) => values.get(name.toLowerCase()),
        has: (name) => values.has(name.toLowerCase()),
        set: (name, value) => void values.set(name.toLowerCase(), String(value)),
        delete: (name) => void values.delete(name.toLowerCase()),
        toJSON: () => Object.fromEntries(values),
        [Symbol.iterator]: () => values.entries(),
    };
    return headers;
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ kindName),
/* harmony export */   FC: () => (/* binding */ resultTarget),
/* harmony export */   Sz: () => (/* binding */ requireSigner),
/* harmony export */   _E: () => (/* binding */ readTarget),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   i6: () => (/* binding */ azCredentialCommand),
/* harmony export */   tN: () => (/* binding */ sendWithProof)
/* harmony export */ });
/* unused harmony exports checkSentProof, explainRejectedProof */
/* harmony import */ var _crypto_certificates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1378);
/* harmony import */ var _crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7447);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _graph_applications_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9997);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(869);
/* harmony import */ var _service_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6639);
/* harmony import */ var _credential_facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4755);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6798);
/**
 * What add-key and remove-key share: one read of the target, the check that the proof's signer
 * may sign, and sending a proof with Graph's opaque 401 explained against what was actually sent.
 * Facts about single credentials are in credential-facts.ts.
 */








const PROOF_REJECTED = 'Authentication_MissingOrMalformed';
async function readTarget(api, target) {
    const found = await api.find(target.kind, target.id);
    if (found)
        return found;
    const other = target.kind === 'application' ? 'service-principal' : 'application';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionableError */ .f(`No ${kindName(target.kind)} has the appId or object id ${target.id} in this tenant. Check the application input ` +
        `(it defaults to client-id), and target (to roll the ${kindName(other)} instead, set target: ${other}).`);
}
function describeTarget(target) {
    const name = target.displayName ? ` '${target.displayName}'` : '';
    return `${kindName(target.kind)}${name} (object id ${target.id})`;
}
function resultTarget(target) {
    return { kind: kindName(target.kind), objectId: target.id, appId: target.appId, displayName: target.displayName };
}
function kindName(kind) {
    return kind === 'application' ? 'application' : 'service principal';
}
// ── the proof ──────────────────────────────────────────────────────────────────────────────
/**
 * The signer's credential on the target, if it may sign a proof now. Otherwise an error saying
 * why; when the target has no valid certificate at all, `withoutProof` says how to do the job
 * without a proof (Graph accepts none then).
 */
function requireSigner(target, signer, now, withoutProof) {
    const credential = (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .findByThumbprint */ .mq)(target.keyCredentials, signer.thumbprint);
    // Graph keeps a credential's dates within its certificate's validity: the credential's suffice.
    if (credential && (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidAt */ .Ub)(credential, now))
        return credential;
    const problem = credential
        ? `is on the target as ${(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .describeCredential */ .t8)(credential, false)}, which is not valid now (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .iso */ .KH)(now)})`
        : `is not among the certificates of ${describeTarget(target)}, which holds ${(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .listCredentials */ .Jc)(target.keyCredentials)}`;
    const remedy = target.keyCredentials.some((other) => (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidAt */ .Ub)(other, now))
        ? 'Give as proof-certificate (it defaults to client-certificate) a currently valid certificate of the target, with its private key, or name one kept in Key Vault with proof-key-vault-certificate.'
        : `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .capitalise */ .sK)(describeTarget(target))} has no currently valid certificate at all, and Graph only accepts a proof signed by one: ${withoutProof}.`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionableError */ .f(`The proof certificate ${signer.thumbprint} (${signer.subject}) ${problem}. ${remedy}`);
}
/** The Azure CLI command that does a job by updating the target itself, which needs no proof. */
function azCredentialCommand(target, verb, options) {
    return `\`az ad ${target.kind === 'application' ? 'app' : 'sp'} credential ${verb} --id ${target.appId ?? target.id} ${options}\``;
}
/**
 * Signs a proof for the target (iss = its object id, never the appId), masks it, and sends it.
 * Graph answers any mistake in a proof with the same 401: that answer is explained here.
 */
async function sendWithProof(context, target, signer, action, send) {
    const sent = await (0,_crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .signProof */ .SF)(signer, target.id, context.now());
    context.mask(sent.jwt);
    context.log.debug(`${action} proof: x5t=${sent.header.x5t} aud=${sent.claims.aud} iss=${sent.claims.iss} nbf=${sent.claims.nbf} exp=${sent.claims.exp}`);
    try {
        return await send(sent.jwt);
    }
    catch (error) {
        if (error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GraphError */ .h9 && error.status === 401 && error.code === PROOF_REJECTED) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionableError */ .f(explainRejectedProof(action, sent, target, context.now(), error.requestId));
        }
        throw error;
    }
}
/** Each rule of REFERENCE §2 that can be checked from here, against the proof as sent and the target as read. */
function checkSentProof(sent, target, answeredAt) {
    const { aud, iss, nbf, exp } = sent.claims;
    const checks = [
        aud === _crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_AUDIENCE */ .gZ
            ? { passed: true, finding: `aud is ${_crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_AUDIENCE */ .gZ}` }
            : { passed: false, finding: `aud is ${aud}, but Graph wants ${_crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_AUDIENCE */ .gZ} (Azure AD Graph's id, not Microsoft Graph's 00000003-…)` },
        issCheck(iss, target),
        ...signerChecks(sent.header.x5t, target, answeredAt),
        exp - nbf <= _crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_LIFETIME_SECONDS */ .RR && exp > nbf
            ? { passed: true, finding: `lifetime exp − nbf is ${exp - nbf} s (at most ${_crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_LIFETIME_SECONDS */ .RR})` }
            : { passed: false, finding: `lifetime exp − nbf is ${exp - nbf} s, but Graph wants more than 0 and at most ${_crypto_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .PROOF_LIFETIME_SECONDS */ .RR}` },
    ];
    const age = Math.round(answeredAt.getTime() / 1000 - nbf);
    checks.push(answeredAt.getTime() / 1000 < exp
        ? { passed: true, finding: `the proof had not expired when Graph answered (signed ${age} s before)` }
        : { passed: false, finding: `the proof had expired when Graph answered (signed ${age} s before, retries took too long)` });
    return checks;
}
function issCheck(iss, target) {
    if (iss.toLowerCase() === target.id.toLowerCase())
        return { passed: true, finding: `iss is the object id ${target.id} (not the appId)` };
    if (target.appId !== undefined && iss.toLowerCase() === target.appId.toLowerCase()) {
        return { passed: false, finding: `iss is the appId ${iss}, but Graph wants the object id ${target.id}` };
    }
    return { passed: false, finding: `iss is ${iss}, which is not the object id ${target.id} of the target` };
}
function signerChecks(x5t, target, answeredAt) {
    const thumbprint = (0,_crypto_certificates_js__WEBPACK_IMPORTED_MODULE_0__/* .thumbprintFromX5t */ .L6)(x5t);
    const credential = (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .findByThumbprint */ .mq)(target.keyCredentials, thumbprint);
    if (!credential) {
        return [{ passed: false, finding: `the signer ${thumbprint} (x5t ${x5t}) is not on the target, which holds ${(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .listCredentials */ .Jc)(target.keyCredentials)}` }];
    }
    const onTarget = { passed: true, finding: `the signer ${thumbprint} is on the target as keyId ${credential.keyId}` };
    const valid = (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidAt */ .Ub)(credential, answeredAt);
    const { end } = (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .windowOf */ .Ou)(credential);
    return [
        onTarget,
        valid
            ? { passed: true, finding: `it is valid now${end ? ` (until ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .iso */ .KH)(end)})` : ''}` }
            : { passed: false, finding: `it is not valid now (${(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .describeWindow */ .O2)(credential)})` },
    ];
}
/** One paragraph: what failed (the likely causes), or, when nothing did, what remains. */
function explainRejectedProof(action, sent, target, answeredAt, requestId) {
    const checks = checkSentProof(sent, target, answeredAt);
    const failed = checks.filter((check) => !check.passed).map((check) => check.finding);
    const passed = checks.filter((check) => check.passed).map((check) => check.finding);
    // The shape of every Graph failure (service-failure.ts): attempt, what Graph said, causes, reference.
    const attempt = action === 'addKey' ? 'Adding a certificate to' : 'Removing a certificate from';
    const opening = `${attempt} ${describeTarget(target)} failed: Graph refused the proof-of-possession token (${action}).`;
    const reference = (0,_service_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .referenceText */ .n5)(401, PROOF_REJECTED, requestId);
    if (failed.length > 0) {
        return `${opening} Likely cause${failed.length > 1 ? 's' : ''}: ${failed.join('; ')}. Checked and fine: ${passed.join('; ') || 'nothing else'}. ${reference}`;
    }
    const nbf = (0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .iso */ .KH)(new Date(sent.claims.nbf * 1000));
    return (`${opening} Every check of what was sent passes: ${passed.join('; ')}. What remains: the runner's clock running minutes ahead of Microsoft's ` +
        `(nbf ${nbf} came from it); a certificate added moments ago (by PATCH, the portal or an earlier step) not yet replicated to every Graph replica, so re-run in a few minutes; ` +
        `the certificate registered on the target differing from the one whose key signed (a customKeyIdentifier set by hand); the target changing between this step's read and its write. ${reference}`);
}


/***/ }),

/***/ 4755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ listCredentials),
/* harmony export */   MH: () => (/* binding */ validitySeconds),
/* harmony export */   O2: () => (/* binding */ describeWindow),
/* harmony export */   Ou: () => (/* binding */ windowOf),
/* harmony export */   Ub: () => (/* binding */ isValidAt),
/* harmony export */   X7: () => (/* binding */ longestValid),
/* harmony export */   t8: () => (/* binding */ describeCredential)
/* harmony export */ });
/* harmony import */ var _graph_applications_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9834);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6798);
/* harmony import */ var _log_safety_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8224);




function windowOf(credential) {
    const date = (text) => (text ? new Date(text) : undefined);
    return { start: date(credential.startDateTime), end: date(credential.endDateTime) };
}
function isValidAt(credential, at) {
    const { start, end } = windowOf(credential);
    return (start === undefined || start <= at) && (end === undefined || at < end);
}
/** Of the credentials valid at `at`, the one that expires last (one without an end date wins). */
function longestValid(credentials, at) {
    const endOf = (credential) => windowOf(credential).end?.getTime() ?? Infinity;
    return credentials
        .filter((credential) => isValidAt(credential, at))
        .reduce((best, credential) => (!best || endOf(credential) > endOf(best) ? credential : best), undefined);
}
/**
 * `keyId K (thumbprint T, from … until …)`; without the thumbprint when the sentence has just
 * named it (an id is said once per sentence).
 */
function describeCredential(credential, withThumbprint = true) {
    const thumbprint = withThumbprint ? `thumbprint ${(0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .thumbprintOf */ .rK)(credential) ?? 'unknown'}, ` : '';
    return `keyId ${credential.keyId} (${thumbprint}${describeWindow(credential)})`;
}
/** `from … until …` */
function describeWindow(credential) {
    const { start, end } = windowOf(credential);
    return `${start ? `from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(start)}` : 'no start'}, ${end ? `until ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(end)}` : 'no end'}`;
}
function validitySeconds(credential, certificate) {
    const window = credential ? windowOf(credential) : { start: undefined, end: undefined };
    const start = window.start ?? certificate?.notBefore;
    const end = window.end ?? certificate?.notAfter;
    return { notBefore: start && (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(start), expires: end && (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(end) };
}
/** Every credential described, or 'no certificates'. */
function listCredentials(credentials) {
    return credentials.length === 0 ? 'no certificates' : (0,_log_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .capList */ .X0)(credentials.map((credential) => describeCredential(credential)), '; ');
}


/***/ }),

/***/ 3641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ generation),
/* harmony export */   r: () => (/* binding */ generateKey)
/* harmony export */ });
/* harmony import */ var _keyset_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5955);

function generateKey(context, operation) {
    return (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(context, operation.keyset, generation(operation.keyType, operation.use, operation.validity));
}
/** The generateKey write, shared with apply. */
function generation(keyType, use, validity) {
    const { dates, planned } = (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_0__/* .requestedDates */ .wT)(validity);
    return {
        what: `a key (${keyType}, ${use})`,
        actionTaken: 'generated',
        kty: keyType,
        use,
        planned,
        send: (api, keysetId) => api.generateKey(keysetId, { use, kty: keyType, ...dates }),
    };
}


/***/ }),

/***/ 8623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ thumbprintOfKey),
/* harmony export */   JH: () => (/* binding */ activeKeyAt),
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   Ub: () => (/* binding */ isValidAt)
/* harmony export */ });
/* harmony import */ var _crypto_certificates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1378);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6798);


function describeKey(key) {
    const window = `${key.nbf === undefined ? 'no start' : `from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(key.nbf)}`}, ${key.exp === undefined ? 'no expiry' : `until ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(key.exp)}`}`;
    return `${key.kid} (${key.kty ?? '?'} ${key.use ?? '?'}, ${window})`;
}
function thumbprintOfKey(key) {
    return key.x5t === undefined ? undefined : (0,_crypto_certificates_js__WEBPACK_IMPORTED_MODULE_0__/* .thumbprintFromX5t */ .L6)(key.x5t);
}
/** Valid at a moment: started (or no start) and not yet expired (or no expiry). */
function isValidAt(key, moment) {
    const at = moment.getTime();
    return (key.nbf === undefined || key.nbf * 1000 <= at) && (key.exp === undefined || key.exp * 1000 > at);
}
/**
 * The key B2C uses at a moment (REFERENCE §1): of the keys valid then, the one that started last.
 * Computed from the keyset the action has read anyway, so no getActiveKey request is needed.
 */
function activeKeyAt(keys, moment) {
    return keys
        .filter((key) => isValidAt(key, moment))
        .reduce((latest, key) => (!latest || (key.nbf ?? 0) > (latest.nbf ?? 0) ? key : latest), undefined);
}


/***/ }),

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ writeKey),
/* harmony export */   _n: () => (/* binding */ ensureKeyset),
/* harmony export */   et: () => (/* binding */ plan),
/* harmony export */   gt: () => (/* binding */ decideWrite),
/* harmony export */   u0: () => (/* binding */ carryOut),
/* harmony export */   wT: () => (/* binding */ requestedDates),
/* harmony export */   yg: () => (/* binding */ readKeyset)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _graph_keysets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8398);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9834);
/* harmony import */ var _key_facts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8623);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6798);
/* harmony import */ var _log_safety_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8224);
/**
 * The flow every key-writing operation shares: decide whether a write is due, make sure the
 * keyset exists at the least cost, write once, and turn B2C's refusals into explanations.
 *
 * Costs in Graph requests (the token request aside):
 *   plain write: 1 into an existing keyset, 3 into a missing one (write, create, write)
 *   rotate-if-expiring-within: 1 when not due (read), 2 when due (read, write), 3 when the keyset is missing
 */







/**
 * A requested validity in B2C's unix seconds: `dates` for the request body (exp is left out, not
 * sent as null, when the key should never expire) and the same window for the plan.
 */
function requestedDates(validity) {
    const nbf = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .toUnixSeconds */ .LE)(validity.notBefore);
    const exp = validity.expires && (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .toUnixSeconds */ .LE)(validity.expires);
    return { dates: exp === undefined ? { nbf } : { nbf, exp }, planned: { notBefore: nbf, expires: exp } };
}
const CONFLICT_CODES = ['AADB2C95032', 'AADB2C95042'];
async function writeKey(context, target, write) {
    const api = new _graph_keysets_js__WEBPACK_IMPORTED_MODULE_2__/* .KeysetsApi */ .D8(context.graph);
    if (target.rotateWithin === undefined && !context.dryRun)
        return writeFirst(api, target, write);
    // Rotation and dry runs read the keyset once: existence, every key's type, the active key, and
    // any key a previous run added that has not started yet, all from one request.
    const keyset = await readKeyset(api, target.keysetId);
    const rule = { rotateWithin: target.rotateWithin, withoutWindow: 'always' };
    const decision = decideWrite(target.keysetId, keyset, write, rule, context.now(), target.createIfMissing);
    if (!decision.due)
        return notDue(decision, write, context.dryRun);
    if (context.dryRun)
        return plan(decision, write);
    return carryOut(api, decision, write);
}
/**
 * The decision every keyset write makes from one read of the keyset (undefined: it does not
 * exist). Throws when the write would mix key types or uses, or the keyset is missing and may
 * not be created: refusals that must come before anything is written.
 */
function decideWrite(keysetId, keyset, write, rule, now, createIfMissing) {
    const active = keyset && (0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .activeKeyAt */ .JH)(keyset.keys, now);
    if (keyset)
        refuseConflict(keysetId, keyset.keys, write);
    const judged = keyset ? judge(keyset.keys, write, rule, now) : { why: 'the keyset does not exist' };
    if (judged.covering)
        return { due: false, keysetId, active, covering: judged.covering, why: judged.why };
    if (!keyset && !createIfMissing)
        throw missingKeyset(keysetId);
    return { due: true, keysetId, create: !keyset, active, why: judged.why };
}
/** Whether the keys already there make the write unnecessary (`covering`), and why either way. */
function judge(keys, write, rule, now) {
    const same = rule.skipSameCertificate && write.thumbprint !== undefined ? keys.find((key) => (0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .thumbprintOfKey */ .G9)(key) === write.thumbprint) : undefined;
    if (same)
        return { covering: same, why: `certificate ${write.thumbprint} is already in the keyset as ${same.kid}` };
    const active = (0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .activeKeyAt */ .JH)(keys, now);
    if (rule.renewAfter !== undefined) {
        const newest = newestKey(keys);
        if (!newest || (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .addDuration */ .Gw)((0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .fromUnixSeconds */ .kf)(newest.nbf ?? 0), rule.renewAfter).getTime() <= now.getTime()) {
            return { why: newest ? `its newest key, ${newest.kid}, started longer ago than the upload-again period` : 'the keyset has no keys' };
        }
    }
    if (rule.rotateWithin !== undefined) {
        const due = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .addDuration */ .Gw)(now, rule.rotateWithin);
        const covering = (0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .activeKeyAt */ .JH)(keys, due);
        if (covering)
            return { covering, why: `${whichKey(covering, active)} ${until(covering)}, past ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .KH)(due)}` };
        return { why: active ? `the active key, ${active.kid}, ${until(active)}, before ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .KH)(due)}` : 'the keyset has no active key' };
    }
    if (rule.withoutWindow === 'always')
        return { why: 'it is written on every run' };
    const usable = active ?? newestKey(keys.filter((key) => key.exp === undefined || key.exp * 1000 > now.getTime()));
    if (usable)
        return { covering: usable, why: `it has a usable key, ${(0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .describeKey */ .Rx)(usable)}, and no rotation window is set` };
    return { why: keys.length === 0 ? 'the keyset has no keys' : 'the keyset has no usable key' };
}
function newestKey(keys) {
    return keys.reduce((newest, key) => (!newest || (key.nbf ?? 0) > (newest.nbf ?? 0) ? key : newest), undefined);
}
function whichKey(covering, active) {
    return covering === active ? `the active key, ${covering.kid},` : `key ${covering.kid}, added earlier and active from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(covering.nbf ?? 0)},`;
}
function until(key) {
    return key.exp === undefined ? 'never expires' : `is valid until ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(key.exp)}`;
}
/** Writes a due decision: creates the keyset first when the read found none. */
async function carryOut(api, decision, write) {
    const created = decision.create ? await ensureKeyset(api, decision.keysetId) : false;
    return written(decision.keysetId, await send(api, decision.keysetId, write), write, created, decision.active);
}
/** The common case costs one request: write, and only a "no such keyset" answer leads to create. */
async function writeFirst(api, target, write) {
    try {
        return written(target.keysetId, await send(api, target.keysetId, write), write, false, undefined);
    }
    catch (error) {
        if (!(0,_graph_keysets_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeysetMissing */ .U9)(error))
            throw error;
        if (!target.createIfMissing)
            throw missingKeyset(target.keysetId);
    }
    const created = await ensureKeyset(api, target.keysetId);
    return written(target.keysetId, await send(api, target.keysetId, write), write, created, undefined);
}
async function send(api, keysetId, write) {
    try {
        return await write.send(api, keysetId);
    }
    catch (error) {
        if (error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphError */ .h9 && error.hasCode(...CONFLICT_CODES)) {
            const keyset = await api.get(keysetId);
            throw conflict(keysetId, keyset.keys, write, error);
        }
        throw error;
    }
}
/** Creates the keyset; returns false when it was already there (a re-run, or a concurrent job). */
async function ensureKeyset(api, keysetId) {
    try {
        const created = await api.create(keysetId);
        if (created.id !== keysetId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionableError */ .f(`Graph created the keyset as '${created.id}' instead of '${keysetId}'; check the keyset input`);
        }
        return true;
    }
    catch (error) {
        if ((0,_graph_keysets_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeysetExisting */ .tK)(error))
            return false;
        throw error;
    }
}
async function readKeyset(api, keysetId) {
    try {
        return await api.get(keysetId);
    }
    catch (error) {
        if ((0,_graph_keysets_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeysetMissing */ .U9)(error))
            return undefined;
        throw error;
    }
}
function notDue(decision, write, dryRun) {
    const { keysetId, covering, active } = decision;
    return {
        actionTaken: 'skipped',
        detail: `${dryRun ? 'Dry run: ' : ''}Not due in ${keysetId}: ${decision.why}; did not ${phrase(write)}.`,
        kid: covering.kid,
        keysetId,
        notBefore: covering.nbf,
        expires: covering.exp,
        thumbprint: (0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .thumbprintOfKey */ .G9)(covering),
        previousKid: active?.kid,
    };
}
function plan(decision, write) {
    const { keysetId, active } = decision;
    const steps = decision.create ? `create keyset ${keysetId}, then ${phrase(write)}` : phrase(write);
    return {
        actionTaken: 'planned',
        detail: `Dry run: would ${steps} in ${keysetId}${active ? `, after the active key ${(0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .describeKey */ .Rx)(active)}` : ''}. Nothing was written.`,
        keysetId,
        notBefore: write.planned.notBefore,
        expires: write.planned.expires,
        thumbprint: write.thumbprint,
        previousKid: active?.kid,
    };
}
function written(keysetId, key, write, created, previous) {
    const done = `${write.actionTaken} ${write.what}`;
    return {
        actionTaken: write.actionTaken,
        detail: `${created ? `Created keyset ${keysetId} and ${done}` : (0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .capitalise */ .sK)(done)} into ${keysetId}: ${(0,_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .describeKey */ .Rx)(key)}.`,
        kid: key.kid,
        keysetId,
        notBefore: key.nbf,
        expires: key.exp,
        thumbprint: write.thumbprint,
        previousKid: previous?.kid,
    };
}
/** "upload a secret (oct, sig)": the write as a plan. */
function phrase(write) {
    return `${write.actionTaken === 'generated' ? 'generate' : 'upload'} ${write.what}`;
}
function refuseConflict(keysetId, keys, write) {
    const clash = keys.some((key) => key.kty !== write.kty || (write.use !== undefined && key.use !== write.use));
    if (clash)
        throw conflict(keysetId, keys, write);
}
function conflict(keysetId, keys, write, cause) {
    const held = keys.length === 0 ? 'no keys' : (0,_log_safety_js__WEBPACK_IMPORTED_MODULE_6__/* .capList */ .X0)(keys.map(_key_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .describeKey */ .Rx), '; ');
    const adds = `${write.kty}${write.use ? ` ${write.use}` : ''}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionableError */ .f(`Keyset ${keysetId} already holds ${held}. A keyset cannot mix RSA and oct keys, nor sig and enc keys, ` +
        `and this run would ${phrase(write)}, a ${adds} key. Write into another keyset, or set key-type/use to match.` +
        (cause ? ` (Graph: ${cause.code}${cause.requestId ? `, request-id ${cause.requestId}` : ''})` : ''));
}
function missingKeyset(keysetId) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionableError */ .f(`Keyset ${keysetId} does not exist in the tenant signed in to, and create-if-missing is 'false': check the keyset input and tenant-id, ` +
        'then create it (operation: create-keyset) or set create-if-missing: true.');
}


/***/ }),

/***/ 3260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cL: () => (/* binding */ certificateFrom),
/* harmony export */   kB: () => (/* binding */ loadKeyVault),
/* harmony export */   k_: () => (/* binding */ proofSignerFor)
/* harmony export */ });
/* harmony import */ var _crypto_proof_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);

/** The Key Vault code, loaded once per run; the debug line shows what loading it cost. */
async function loadKeyVault(context) {
    const started = performance.now();
    const loaded = await Promise.all(/* import() */[__webpack_require__.e(204), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 3403));
    context.log.debug(`Key Vault code loaded in ${Math.round(performance.now() - started)} ms`);
    return loaded;
}
async function certificateFrom(context, source) {
    if (!isKeyVault(source))
        return source;
    const { readCertificateVersion } = await loadKeyVault(context);
    return (await readCertificateVersion(context, source)).certificate;
}
/** The signer of a proof for `target`; a Key Vault version is chosen among those on the target. */
async function proofSignerFor(context, source, target) {
    if (!isKeyVault(source))
        return (0,_crypto_proof_js__WEBPACK_IMPORTED_MODULE_0__/* .localSigner */ .M)(source);
    const { keyVaultProofSigner } = await loadKeyVault(context);
    return keyVaultProofSigner(context, source, target);
}
function isKeyVault(source) {
    return 'from' in source && source.from === 'key-vault';
}


/***/ }),

/***/ 6490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ syncKeyVaultCertificate)
/* harmony export */ });
/* harmony import */ var _crypto_proof_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _graph_applications_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9834);
/* harmony import */ var _certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7013);
/* harmony import */ var _credential_facts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4755);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3260);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6798);








async function syncKeyVaultCertificate(context, operation) {
    const keyVault = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .loadKeyVault */ .kB)(context);
    const api = new _graph_applications_js__WEBPACK_IMPORTED_MODULE_2__/* .ApplicationsApi */ .IW(context.graph);
    const [target, versions] = await Promise.all([(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .readTarget */ ._E)(api, operation.target), keyVault.listVersions(context, operation.certificate)]);
    const now = context.now();
    const newestFacts = operation.certificate.version
        ? versions.find((version) => version.version === operation.certificate.version)
        : keyVault.newestUsable(versions, now);
    if (!newestFacts)
        throw noUsableVersion(operation.certificate, versions, now, keyVault.describeVersions);
    const onTarget = (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_2__/* .findByThumbprint */ .mq)(target.keyCredentials, newestFacts.thumbprint);
    if (onTarget)
        return removeSuperseded(context, api, target, operation, versions, newestFacts, onTarget);
    const newest = await keyVault.readCertificateVersion(context, operation.certificate, newestFacts.version);
    const signer = await addSigner(context, operation, target, versions);
    return add(context, api, target, newest.certificate, newest.version, signer);
}
async function addSigner(context, operation, target, versions) {
    const { certificate } = operation;
    // By default the same certificate's version already on the target signs for the next one.
    const proof = operation.proof ?? { ...certificate, version: undefined };
    if (!('from' in proof))
        return (0,_crypto_proof_js__WEBPACK_IMPORTED_MODULE_0__/* .localSigner */ .M)(proof);
    const { keyVaultProofSigner } = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .loadKeyVault */ .kB)(context);
    const sameCertificate = proof.name === certificate.name && proof.vault.url === certificate.vault.url;
    return keyVaultProofSigner(context, proof, target, sameCertificate ? versions : undefined);
}
async function add(context, api, target, certificate, version, signer) {
    const firstCertificate = `add the first version by updating the ${target.kind === 'application' ? 'application' : 'service principal'} itself, e.g. ${(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .azCredentialCommand */ .i6)(target, 'reset', '--keyvault <vault> --cert <name> --append')}; this action keeps it in sync from then on`;
    const signerCredential = (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .requireSigner */ .Sz)(target, signer.certificate, context.now(), firstCertificate);
    const what = `certificate ${certificate.thumbprint} (${certificate.subject}, Key Vault version ${version})`;
    if (context.dryRun) {
        return {
            actionTaken: 'planned',
            detail: `Dry run: would add ${what} to ${(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(target)}, with a proof signed by keyId ${signerCredential.keyId}. Nothing was written.`,
            thumbprint: certificate.thumbprint,
            ...(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .validitySeconds */ .MH)(undefined, certificate),
            previousKid: signerCredential.keyId,
            target: (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .resultTarget */ .FC)(target),
            removedKids: [],
        };
    }
    const added = await (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .sendWithProof */ .tN)(context, target, signer, 'addKey', (jwt) => api.addKey(target.kind, target.id, { key: certificate.der.toString('base64'), thumbprint: certificate.thumbprint, displayName: undefined }, jwt));
    return {
        actionTaken: 'added',
        detail: `Added ${what} to ${(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(target)} as keyId ${added.keyId}; the proof was signed by keyId ${signerCredential.keyId}. Older versions are removed by a later run, once this one has been valid for remove-superseded-after.`,
        kid: added.keyId,
        thumbprint: certificate.thumbprint,
        ...(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .validitySeconds */ .MH)(added, certificate),
        previousKid: signerCredential.keyId,
        target: (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .resultTarget */ .FC)(target),
        removedKids: [],
    };
}
async function removeSuperseded(context, api, target, operation, versions, newestFacts, newest) {
    const now = context.now();
    const dryRun = context.dryRun ? 'Dry run: ' : '';
    const outputs = { kid: newest.keyId, thumbprint: newestFacts.thumbprint, ...(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .validitySeconds */ .MH)(newest, undefined), target: (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .resultTarget */ .FC)(target) };
    const older = new Set(versions.filter((version) => version.thumbprint !== newestFacts.thumbprint).map((version) => version.thumbprint));
    const superseded = target.keyCredentials.filter((credential) => credential !== newest && older.has((0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_2__/* .thumbprintOf */ .rK)(credential) ?? ''));
    const current = `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .capitalise */ .sK)((0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(target))} carries the newest version ${newestFacts.version} of '${operation.certificate.name}' as ${(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .describeCredential */ .t8)(newest)}`;
    if (superseded.length === 0)
        return { actionTaken: 'skipped', detail: `${dryRun}${current}, and no older version; nothing to do.`, ...outputs, removedKids: [] };
    const due = removalDue(operation, newestFacts, newest);
    if (due === undefined || due > now) {
        const when = due === undefined ? 'remove-superseded-after is not set' : `they are removed from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .iso */ .KH)(due)}, once it has been valid for remove-superseded-after`;
        return { actionTaken: 'skipped', detail: `${dryRun}${current}; ${superseded.length} older version(s) stay: ${when}.`, ...outputs, removedKids: [] };
    }
    // The newest stays, and it is valid on the target: the target never loses its last valid certificate.
    if (!(0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidAt */ .Ub)(newest, now))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`${current}, which is not valid on the target now: nothing is removed until it is.`);
    const doomed = superseded.map((credential) => credential.keyId);
    if (context.dryRun) {
        return { actionTaken: 'planned', detail: `Dry run: would remove ${superseded.map((credential) => (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .describeCredential */ .t8)(credential)).join('; ')} from ${(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(target)}, with proofs signed by the newest version. Nothing was written.`, ...outputs, removedKids: [] };
    }
    const signer = await newestSigner(context, operation.certificate, newestFacts.version);
    (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .requireSigner */ .Sz)(target, signer.certificate, now, 'update the target itself');
    for (const credential of superseded) {
        await (0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .sendWithProof */ .tN)(context, target, signer, 'removeKey', (jwt) => api.removeKey(target.kind, target.id, credential.keyId, jwt));
    }
    return {
        actionTaken: 'removed',
        detail: `Removed the older version(s) ${superseded.map((credential) => (0,_credential_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .describeCredential */ .t8)(credential)).join('; ')} from ${(0,_certificate_roll_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(target)}; the proof was signed in Key Vault by the newest version ${newestFacts.version} (keyId ${newest.keyId}).`,
        ...outputs,
        removedKids: doomed,
    };
}
/** When the older versions may go: the newest version valid for remove-superseded-after (on the target, if later). */
function removalDue(operation, newestFacts, newest) {
    if (operation.removeSupersededAfter === undefined)
        return undefined;
    const starts = [newestFacts.notBefore, newest.startDateTime ? new Date(newest.startDateTime) : undefined].filter((date) => date !== undefined);
    const start = new Date(Math.max(0, ...starts.map((date) => date.getTime())));
    return (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .addDuration */ .Gw)(start, operation.removeSupersededAfter);
}
async function newestSigner(context, certificate, version) {
    const { readCertificateVersion, vaultSigner } = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .loadKeyVault */ .kB)(context);
    return vaultSigner(context, certificate, await readCertificateVersion(context, certificate, version));
}
function noUsableVersion(ref, versions, now, describe) {
    const named = ref.version ? `has no version ${ref.version}` : 'has no enabled version that is valid now';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`Key Vault certificate '${ref.name}' in ${ref.vault.url} ${named} (${describe(versions, now)}). Renew it in the vault, or enable a valid version.`);
}


/***/ }),

/***/ 271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ uploadCertificate),
/* harmony export */   N: () => (/* binding */ certificateUpload)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9834);
/* harmony import */ var _keyset_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5955);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3260);



async function uploadCertificate(context, operation) {
    const certificate = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateFrom */ .cL)(context, 'certificate' in operation ? operation.certificate : operation.keyVaultCertificate);
    return (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeKey */ .TE)(context, operation.keyset, certificateUpload(certificate));
}
/** The uploadCertificate write, shared with apply. */
function certificateUpload(certificate) {
    return {
        what: `certificate ${certificate.thumbprint} (${certificate.subject})`,
        actionTaken: 'uploaded',
        kty: 'RSA',
        use: undefined,
        planned: { notBefore: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toUnixSeconds */ .LE)(certificate.notBefore), expires: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toUnixSeconds */ .LE)(certificate.notAfter) },
        thumbprint: certificate.thumbprint,
        send: (api, keysetId) => api.uploadCertificate(keysetId, certificate.der.toString('base64'), certificate.x5t),
    };
}


/***/ }),

/***/ 4338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ warnIfAes),
/* harmony export */   YL: () => (/* binding */ pkcs12Upload),
/* harmony export */   yU: () => (/* binding */ uploadPkcs12)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9834);
/* harmony import */ var _keyset_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5955);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3260);



/** The certificate's PFX from Key Vault, re-wrapped on the runner (see keyvault/pfx.ts). */
async function fromKeyVault(context, operation) {
    const { readPfxForB2c } = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyVault */ .kB)(context);
    return { name: operation.name, keyset: operation.keyset, ...(await readPfxForB2c(context, operation.keyVaultCertificate)) };
}
async function uploadPkcs12(context, given) {
    const operation = 'keyVaultCertificate' in given ? await fromKeyVault(context, given) : given;
    warnIfAes(context.log, operation.encryption);
    return (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeKey */ .TE)(context, operation.keyset, pkcs12Upload(operation.pkcs12, operation.password, operation.certificate));
}
function warnIfAes(log, encryption) {
    if (encryption === 'aes-pbes2') {
        log.warning('The PKCS#12 is AES-encrypted (openssl 3 default). B2C is reported to answer AADB2C90213 "wrong password" for such files ' +
            'even with the right password; if it does, re-export it with `openssl pkcs12 -export -legacy`.');
    }
}
/** The uploadPkcs12 write, shared with apply. */
function pkcs12Upload(pkcs12, password, certificate) {
    return {
        what: `PKCS#12 with certificate ${certificate.thumbprint} (${certificate.subject})`,
        actionTaken: 'uploaded',
        kty: 'RSA',
        use: undefined,
        planned: { notBefore: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toUnixSeconds */ .LE)(certificate.notBefore), expires: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toUnixSeconds */ .LE)(certificate.notAfter) },
        thumbprint: certificate.thumbprint,
        send: (api, keysetId) => api.uploadPkcs12(keysetId, pkcs12, password, certificate.x5t),
    };
}


/***/ }),

/***/ 8966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ secretUpload),
/* harmony export */   S: () => (/* binding */ uploadSecret)
/* harmony export */ });
/* harmony import */ var _keyset_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5955);

function uploadSecret(context, operation) {
    return (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(context, operation.keyset, secretUpload(operation.secret, operation.use, operation.validity));
}
/** The uploadSecret write, shared with apply. */
function secretUpload(secret, use, validity) {
    const { dates, planned } = (0,_keyset_write_js__WEBPACK_IMPORTED_MODULE_0__/* .requestedDates */ .wT)(validity);
    return {
        what: `a secret (oct, ${use})`,
        actionTaken: 'uploaded',
        kty: 'oct',
        use,
        planned,
        send: (api, keysetId) => api.uploadSecret(keysetId, { use, k: secret, ...dates }),
    };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ failureSummaryOf),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8422);
/* harmony import */ var _operations_wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6798);
/** Result → the step's outputs and its summary table. Outputs are always all set, empty when unknown. */



function outputsOf(result) {
    return {
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.kid]: result.kid ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.keysetId]: result.keysetId ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.notBefore]: result.notBefore?.toString() ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.expires]: result.expires?.toString() ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.thumbprint]: result.thumbprint ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.previousKid]: result.previousKid ?? '',
        [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.actionTaken]: result.actionTaken,
        ...result.outputs,
        // Only sync-key-vault-certificate reports removals; other operations leave the output unset (read as '').
        ...(result.removedKids === undefined ? {} : { [_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUTS */ .py.removedKids]: result.removedKids.join(',') }),
    };
}
function summaryOf(settings, result) {
    if (result.summary !== undefined)
        return result.summary;
    const target = result.target;
    const rows = [
        ['Operation', `${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''}`],
        ['Action taken', result.actionTaken],
        ...connectionRows(settings),
        ['Keyset', code(result.keysetId)],
        ['Target', target && [target.kind, target.displayName, `(object id ${code(target.objectId)}${target.appId ? `, appId ${code(target.appId)}` : ''})`].filter(Boolean).join(' ')],
        ['kid', code(result.kid)],
        ['Previous kid', code(result.previousKid)],
        ['Valid from', result.notBefore === undefined ? undefined : (0,_operations_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(result.notBefore)],
        ['Valid until', result.expires === undefined ? (result.kid ? 'no expiry' : undefined) : (0,_operations_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(result.expires)],
        ['Thumbprint (SHA-1)', code(result.thumbprint)],
        ['Removed keyIds', result.removedKids?.map((kid) => code(kid)).join(', ')],
    ];
    const name = target ? `${target.kind} ${target.displayName ?? target.objectId}` : undefined;
    return document(headingOf(settings, name), rows, plain(result.detail));
}
/**
 * A failed run reports too: what was attempted (as far as the inputs were read) and the error.
 * `operation` is the raw input, used when the settings could not be built.
 */
function failureSummaryOf(settings, operation, message) {
    const rows = settings
        ? [['Operation', `${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''}`], ['Outcome', 'failed'], ...connectionRows(settings), ...targetRows(settings)]
        : [['Operation', code(operation)], ['Outcome', 'failed before any request (an input was refused)']];
    const heading = settings ? headingOf(settings, undefined) : `### B2C keys: ${operation === '' ? 'step' : plain(operation)}`;
    return document(`${heading} failed`, rows, `**Error:** ${plain(message)}`);
}
function document(heading, rows, text) {
    const table = rows
        // Every value is undefined or non-empty: code() turns '' into undefined.
        .filter((row) => row[1] !== undefined)
        .map(([name, value]) => `| ${name} | ${plain(value)} |`);
    return [heading, '', '| Item | Value |', '|---|---|', ...table, '', text, ''].join('\n');
}
/** `### B2C keys: add-key on application Contoso web`; `name` is the target as Graph named it, when read. */
function headingOf(settings, name) {
    const operation = settings.operation;
    const keyset = 'keysetId' in operation ? operation.keysetId : 'keyset' in operation ? operation.keyset.keysetId : undefined;
    const on = keyset !== undefined ? `keyset ${keyset}` : 'target' in operation ? (name ?? `${operation.target.kind} ${operation.target.id}`) : undefined;
    return `### B2C keys: ${operation.name}${on === undefined ? '' : ` on ${plain(on)}`}${settings.dryRun ? ' (dry run)' : ''}`;
}
/** The tenant, and the cloud, or the endpoints when an input overrode the cloud's. */
function connectionRows(settings) {
    const { connection } = settings;
    const tenant = ['Tenant', code(connection.auth.tenantId) ?? '(from the Azure CLI session)'];
    const defaults = _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .J[connection.cloud];
    if (!connection.authorityOverridden && connection.graphEndpoint === defaults.graphEndpoint)
        return [tenant, ['Cloud', connection.cloud]];
    return [tenant, ['Graph endpoint', code(connection.graphEndpoint)], ['Authority host', code(connection.authorityHost)]];
}
function targetRows(settings) {
    const operation = settings.operation;
    if ('keysetId' in operation)
        return [['Keyset', code(operation.keysetId)]];
    if ('keyset' in operation)
        return [['Keyset', code(operation.keyset.keysetId)]];
    if ('target' in operation)
        return [['Target', `${operation.target.kind} ${code(operation.target.id)}`]];
    return [];
}
/** Ids as code spans: copied exactly, never read as Markdown. */
function code(value) {
    return value === undefined || value === '' ? undefined : `\`${value.replace(/`/g, "'")}\``;
}
/** Values come from Graph and from inputs: keep them from breaking the table or injecting HTML. */
function plain(value) {
    return value.replace(/[|<>]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 6639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ty: () => (/* binding */ KEYSET_MISSING_FIX),
/* harmony export */   n5: () => (/* binding */ referenceText),
/* harmony export */   pL: () => (/* binding */ graphFailure)
/* harmony export */ });
/* harmony import */ var _log_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8224);
/* harmony import */ var _operations_wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6798);


/** The fix for a keyset Graph does not find: names the two inputs that decide where it is looked for. */
const KEYSET_MISSING_FIX = 'The keyset does not exist in the tenant signed in to: check the keyset input (the id, with or without B2C_1A_) and tenant-id';
const KEYSET_ACTIONS = {
    uploadSecret: 'uploading a secret to',
    uploadCertificate: 'uploading a certificate to',
    uploadPkcs12: 'uploading a PKCS#12 to',
    generateKey: 'generating a key in',
    getActiveKey: 'reading the active key of',
};
const DIRECTORY_KINDS = { applications: 'application', servicePrincipals: 'service principal' };
/**
 * 'Reading keyset B2C_1A_X', 'Adding a certificate to application …', or the request itself.
 * When `said` (the service's message) already names the object, it is called 'the keyset' or
 * 'the application' instead, so the id is not said twice in one sentence.
 */
function attemptOf(method, path, said = '') {
    const bare = path.split('?')[0] ?? path;
    const named = (kind, id) => (said.toLowerCase().includes(id.toLowerCase()) ? `the ${kind}` : `${kind} ${id}`);
    const keyset = /^\/beta\/trustFramework\/keySets(?:\/([^/]+))?(?:\/([A-Za-z0-9]+))?$/.exec(bare);
    if (keyset) {
        const [, id, action] = keyset;
        if (id === undefined)
            return method === 'POST' ? 'Creating the keyset' : 'Listing keysets';
        const target = named('keyset', decodeURIComponent(id));
        if (action === undefined)
            return `${method === 'GET' ? 'Reading' : 'Changing'} ${target}`;
        return (0,_operations_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .capitalise */ .sK)(`${KEYSET_ACTIONS[action] ?? `${action} on`} ${target}`);
    }
    const directory = /^\/v1\.0\/(applications|servicePrincipals)(?:\(appId='([^']+)'\)|\/([^/]+))(?:\/(addKey|removeKey))?$/.exec(bare);
    if (directory) {
        const [, collection = '', appId, objectId = '', action] = directory;
        const kind = DIRECTORY_KINDS[collection] ?? collection;
        const target = appId === undefined ? named(kind, objectId) : said.toLowerCase().includes(appId.toLowerCase()) ? `the ${kind}` : `${kind} with appId ${appId}`;
        if (action === 'addKey')
            return `Adding a certificate to ${target}`;
        if (action === 'removeKey')
            return `Removing a certificate from ${target}`;
        return `Reading ${target}`;
    }
    return `${method} ${bare}`;
}
/** One message in the shape above; `fix` is one or more sentences, or undefined when none is known. */
function graphFailure(error, fix) {
    // Graph's own words are service text: redacted, bounded, on one line.
    const said = error.graphMessage === '(no message)' ? 'Graph gave no message' : `"${withoutFinalPeriod((0,_log_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceText */ .Lo)(error.graphMessage))}"`;
    const parts = [`${attemptOf(error.method, error.path, error.graphMessage)} failed: ${said}.`];
    if (fix !== undefined)
        parts.push(fix.endsWith('.') ? fix : `${fix}.`);
    parts.push(referenceOf(error));
    return parts.join(' ');
}
/** `[Graph 403 Authorization_RequestDenied, request-id …]`; the code is left out when it only repeats the status. */
function referenceOf(error) {
    return referenceText(error.status, error.code, error.requestId);
}
function referenceText(status, code, requestId) {
    const named = code === `HTTP${status}` ? '' : ` ${code}`;
    return `[Graph ${status}${named}${requestId ? `, request-id ${requestId}` : ''}]`;
}
function withoutFinalPeriod(text) {
    return text.trim().replace(/\.+$/, '');
}


/***/ })

};
