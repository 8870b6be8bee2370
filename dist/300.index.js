export const id = 300;
export const ids = [300];
export const modules = {

/***/ 1300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncAuditIssue: () => (/* binding */ syncAuditIssue)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * The audit issue: exactly one open issue labelled `b2c-keys-audit` in the workflow's repository,
 * listing what is at `issue-on` or worse. Created when something is, its body replaced on every
 * run, closed with a comment when nothing is left. Loaded by import() only when issue-on is not
 * `never`, so other runs never load Octokit.
 */


const AUDIT_LABEL = 'b2c-keys-audit';
/** Every GitHub request is bounded: a stalled API must not hold the nightly job. */
const REQUEST_TIMEOUT_MS = 30_000;
async function syncAuditIssue(update, environment = process.env) {
    const repository = environment['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`issue-on needs the workflow's repository in GITHUB_REPOSITORY (the runner sets it), but it is '${repository}'`);
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(update.token);
    const request = () => ({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } });
    try {
        const listed = await octokit.rest.issues.listForRepo({ owner, repo, labels: AUDIT_LABEL, state: 'open', per_page: 100, ...request() });
        // The list also holds pull requests; the oldest issue is the one kept.
        const open = listed.data.filter((issue) => !issue.pull_request).sort((a, b) => a.number - b.number);
        const [kept, ...extra] = open;
        for (const duplicate of extra) {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate.number, body: `Superseded by #${kept?.number}: the audit keeps one open issue.`, ...request() });
            await octokit.rest.issues.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned', ...request() });
        }
        if (!update.open) {
            if (!kept)
                return { action: 'none' };
            await octokit.rest.issues.createComment({ owner, repo, issue_number: kept.number, body: update.closingComment, ...request() });
            const closed = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body, state: 'closed', state_reason: 'completed', ...request() });
            return { action: 'closed', number: closed.data.number, url: closed.data.html_url };
        }
        if (kept) {
            const updated = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body, ...request() });
            return { action: 'updated', number: updated.data.number, url: updated.data.html_url };
        }
        const created = await octokit.rest.issues.create({ owner, repo, title: update.title, body: update.body, labels: [AUDIT_LABEL], ...request() });
        return { action: 'created', number: created.data.number, url: created.data.html_url };
    }
    catch (error) {
        throw explainGitHubFailure(error, repository);
    }
}
function explainGitHubFailure(error, repository) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f)
        return error;
    const failure = error;
    const said = typeof failure.message === 'string' ? failure.message.split('\n')[0] : String(error);
    switch (failure.status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`GitHub refused github-token (401 ${said}): leave github-token at its default \`\${{ github.token }}\` or give a token that is still valid`);
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`GitHub refused to write the audit issue in ${repository} (403 ${said}): add \`permissions: issues: write\` to the workflow or job (the job token cannot write issues without it)`);
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`GitHub does not show ${repository} to github-token (404): the token must belong to the workflow's repository, with \`permissions: issues: write\``);
        case 410:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`Issues are turned off in ${repository} (410): turn them on in the repository settings, or set issue-on: never`);
    }
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`GitHub did not answer within ${REQUEST_TIMEOUT_MS / 1000} s while updating the audit issue; the audit itself is complete`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionableError */ .f(`Could not update the audit issue in ${repository}: ${said}`);
}


/***/ })

};
