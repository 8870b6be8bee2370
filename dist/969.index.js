export const id = 969;
export const ids = [969];
export const modules = {

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncAuditIssue: () => (/* binding */ syncAuditIssue)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/net/https-transport.ts
var https_transport = __webpack_require__(5258);
;// CONCATENATED MODULE: ./src/net/transport-fetch.ts
/**
 * A fetch on the action's one transport, for a library that takes a fetch (Octokit): its requests
 * get the same timeout, size cap, redirect refusal and proxy rules as Graph, and a request that
 * gets no usable answer throws the TransportFailure naming the host. Only what such a library
 * uses of fetch is here: string bodies, and an answer read whole.
 */

function transportFetch(transport = https_transport/* httpsTransport */.tt) {
    return async (url, init = {}) => {
        const body = init.body ?? undefined;
        if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
            throw new TypeError(`the request to ${new URL(url).host} has a body the action cannot send`);
        }
        const response = await transport(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, body, signal: init.signal ?? undefined });
        const text = await response.text();
        const entries = [];
        response.headers.forEach((value, name) => entries.push([name, value]));
        return {
            url,
            status: response.status,
            statusText: '',
            ok: response.ok,
            headers: { get: (name) => response.headers.get(name), [Symbol.iterator]: () => entries[Symbol.iterator]() },
            text: async () => text,
            json: async () => JSON.parse(text),
            arrayBuffer: async () => new TextEncoder().encode(text).buffer,
        };
    };
}

// EXTERNAL MODULE: ./src/audit/repository.ts
var audit_repository = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/audit/issue.ts
/**
 * The audit issue: exactly one open issue labelled `b2c-keys-audit` in the workflow's repository,
 * listing what is at `issue-on` or worse. Created when something is, its body replaced on every
 * run, closed with a comment when nothing is left. Loaded by import() only when issue-on is not
 * `never`, so other runs never load Octokit.
 */






const AUDIT_LABEL = 'b2c-keys-audit';
async function syncAuditIssue(update, environment = process.env) {
    const { owner, repo, name: repository } = (0,audit_repository/* issueRepository */.E)(environment);
    // Every GitHub request on the action's transport: a stalled or oversized answer must not hold the nightly job.
    const octokit = (0,github/* getOctokit */.Q)(update.token, { request: { fetch: transportFetch() } });
    try {
        const listed = await octokit.rest.issues.listForRepo({ owner, repo, labels: AUDIT_LABEL, state: 'open', per_page: 100 });
        // The list also holds pull requests; the oldest issue is the one kept.
        const open = listed.data.filter((issue) => !issue.pull_request).sort((a, b) => a.number - b.number);
        const [kept, ...extra] = open;
        for (const duplicate of extra) {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate.number, body: `Superseded by #${kept?.number}: the audit keeps one open issue.` });
            await octokit.rest.issues.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned' });
        }
        if (!update.open) {
            if (!kept)
                return { action: 'none' };
            await octokit.rest.issues.createComment({ owner, repo, issue_number: kept.number, body: update.closingComment });
            const closed = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body, state: 'closed', state_reason: 'completed' });
            return { action: 'closed', number: closed.data.number, url: closed.data.html_url };
        }
        if (kept) {
            const updated = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body });
            return { action: 'updated', number: updated.data.number, url: updated.data.html_url };
        }
        const created = await octokit.rest.issues.create({ owner, repo, title: update.title, body: update.body, labels: [AUDIT_LABEL] });
        return { action: 'created', number: created.data.number, url: created.data.html_url };
    }
    catch (error) {
        throw explainGitHubFailure(error, repository);
    }
}
function explainGitHubFailure(error, repository) {
    if (error instanceof errors/* ActionableError */.f)
        return error;
    const failure = error;
    const said = typeof failure.message === 'string' ? failure.message.split('\n')[0] : String(error);
    switch (failure.status) {
        case 401:
            return new errors/* ActionableError */.f(`GitHub refused github-token (401 ${said}): leave github-token at its default \`\${{ github.token }}\` or give a token that is still valid`);
        case 403:
            return new errors/* ActionableError */.f(`GitHub refused to write the audit issue in ${repository} (403 ${said}): add \`permissions: issues: write\` to the workflow or job (the job token cannot write issues without it)`);
        case 404:
            return new errors/* ActionableError */.f(`GitHub does not show ${repository} to github-token (404): the token must belong to the workflow's repository, with \`permissions: issues: write\``);
        case 410:
            return new errors/* ActionableError */.f(`Issues are turned off in ${repository} (410): turn them on in the repository settings, or set issue-on: never`);
    }
    // Octokit wraps what its fetch throws in a RequestError (status 500) and keeps it as the cause.
    const cause = error.cause;
    if (cause instanceof https_transport/* TransportFailure */.Az) {
        return new errors/* ActionableError */.f(`GitHub gave no usable answer while updating the audit issue in ${repository}: ${cause.message}; the audit itself is complete.${explain/* NETWORK_HINT */.hx}`);
    }
    return new errors/* ActionableError */.f(`Could not update the audit issue in ${repository}: ${said}`);
}


/***/ })

};
