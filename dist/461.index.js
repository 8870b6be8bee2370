export const id = 461;
export const ids = [461];
export const modules = {

/***/ 3647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ issueRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The repository the audit issue lives in, from GITHUB_REPOSITORY. Checked before the audit
 * reads anything, so a job without it fails before any request instead of after the whole audit.
 */

function issueRepository(environment) {
    const name = environment['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo, ...rest] = name.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionableError */ .f(`issue-on needs the workflow's repository in GITHUB_REPOSITORY (the runner sets it), but it is '${name}'`);
    return { owner, repo, name };
}


/***/ }),

/***/ 7461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/keysets.ts
var graph_keysets = __webpack_require__(8398);
// EXTERNAL MODULE: ./src/log-safety.ts
var log_safety = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/graph/paging.ts
var paging = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/operations/wording.ts
var wording = __webpack_require__(6798);
;// CONCATENATED MODULE: ./src/audit/coverage.ts
/**
 * When a set of keys (or credentials) stops covering the present: each has a validity window,
 * and the set is usable at a moment when at least one window holds it. Queued keys (a later
 * start) count when they take over before the current ones end; a gap ends the coverage.
 */
function isValidAt(window, at) {
    return (window.start === undefined || window.start <= at) && (window.end === undefined || window.end > at);
}
function coverage(windows, now) {
    const current = windows.filter((w) => isValidAt(w, now));
    if (current.length === 0) {
        const ended = windows.flatMap((w) => (w.end !== undefined && w.end <= now ? [w.end] : []));
        return { current: 0, until: undefined, extendedByQueued: false, nextStart: firstStartAfter(windows, now), lastEnded: ended.length ? Math.max(...ended) : undefined };
    }
    let until = now;
    let extendedByQueued = false;
    // Each step moves to the latest end among windows valid at `until`; at most one step per window.
    for (let step = 0; step <= windows.length; step++) {
        const valid = windows.filter((w) => isValidAt(w, until));
        if (valid.length === 0)
            break;
        if (valid.some((w) => w.end === undefined))
            return { current: current.length, until: null, extendedByQueued: extendedByQueued || !current.some((w) => w.end === undefined), nextStart: undefined, lastEnded: undefined };
        if (valid.some((w) => w.start !== undefined && w.start > now))
            extendedByQueued = true;
        until = Math.max(...valid.map((w) => w.end));
    }
    return { current: current.length, until, extendedByQueued, nextStart: firstStartAfter(windows, until), lastEnded: undefined };
}
function firstStartAfter(windows, at) {
    const starts = windows.flatMap((w) => (w.start !== undefined && w.start > at ? [w.start] : []));
    return starts.length ? Math.min(...starts) : undefined;
}

;// CONCATENATED MODULE: ./src/audit/health.ts


const DAY = 86_400;
/** "in 9 days", "within a day", "3 days ago". */
function relative(at, now) {
    const days = Math.floor(Math.abs(at - now) / DAY);
    if (days === 0)
        return at > now ? 'within a day' : 'less than a day ago';
    const span = days === 1 ? '1 day' : `${days} days`;
    return at > now ? `in ${span}` : `${span} ago`;
}
function date(seconds) {
    return (0,wording/* isoSeconds */.nE)(seconds).slice(0, 10);
}
function statusOf(cover, clock) {
    if (cover.until === undefined)
        return 'critical';
    return cover.until !== null && cover.until <= clock.warnUntil ? 'expiring' : 'ok';
}
/** The run that adds a key like the keyset's latest one: what a person would run next. */
function keysetRemedy(keys) {
    const latest = keys[keys.length - 1];
    if (latest === undefined)
        return 'generate-key, upload-secret or upload-certificate';
    if (latest.x5t !== undefined || latest.x5c !== undefined)
        return 'upload-certificate (or upload-pkcs12)';
    return latest.kty === 'oct' ? 'upload-secret (or generate-key)' : 'generate-key';
}
function keyWindow(key) {
    return { start: key.nbf, end: key.exp };
}
/** B2C's rule: among keys valid now, the one with the latest nbf (the last written on a tie). */
function activeKey(keys, now) {
    let best;
    for (const key of keys) {
        if (!isValidAt(keyWindow(key), now))
            continue;
        if (!best || (key.nbf ?? -Infinity) >= (best.nbf ?? -Infinity))
            best = key;
    }
    return best;
}
function keysetItem(keyset, clock) {
    const keys = keyset.keys ?? [];
    const cover = coverage(keys.map(keyWindow), clock.now);
    const status = statusOf(cover, clock);
    const run = keysetRemedy(keys);
    const uses = `every policy using ${keyset.id} fails at sign-in`;
    let reason;
    let todo;
    if (cover.until === undefined) {
        todo = `run ${run} now`;
        if (keys.length === 0)
            reason = `no key at all: ${uses} — run ${run} now`;
        else if (cover.nextStart !== undefined)
            reason = `no active key until ${(0,wording/* iso */.KH)(new Date(cover.nextStart * 1000))} (the queued key's not-before): ${uses} until then — run ${run} with a key valid now`;
        else
            reason = `no active key: the last key expired ${relative(cover.lastEnded ?? clock.now, clock.now)} (${date(cover.lastEnded ?? clock.now)}); ${uses} — run ${run} now`;
    }
    else if (cover.until === null) {
        reason = 'a key without expiry keeps it valid';
        todo = '—';
    }
    else if (status === 'expiring') {
        todo = `run ${run} before ${date(cover.until)}`;
        const when = `${relative(cover.until, clock.now)} (${date(cover.until)})`;
        if (cover.nextStart !== undefined)
            reason = `keys run out ${when} and the queued key starts only on ${date(cover.nextStart)}: ${uses} in between — run ${run} with a not-before that closes the gap`;
        else if (cover.extendedByQueued)
            reason = `keys run out ${when}, the queued successor included — run ${run} with a later expiry`;
        else
            reason = `active key expires ${when} and no successor is queued — run ${run} before then`;
    }
    else {
        reason = `valid until ${date(cover.until)} (${relative(cover.until, clock.now)})`;
        todo = '—';
    }
    return { kind: 'keyset', id: keyset.id, credential: 'policy-key', keyId: activeKey(keys, clock.now)?.kid ?? '', expires: expiresOf(cover, clock), status, reason, todo };
}
/** Items of one application or service principal: one per credential type it has. */
function directoryItems(object, clock) {
    const items = [];
    if (object.certificates.length > 0)
        items.push(credentialItem(object, 'certificate', object.certificates, clock));
    if (object.secrets.length > 0)
        items.push(credentialItem(object, 'client-secret', object.secrets, clock));
    return items;
}
function credentialItem(object, credential, windows, clock) {
    const cover = coverage(windows, clock.now);
    const status = statusOf(cover, clock);
    const label = credential === 'certificate' ? 'certificate' : 'client secret';
    const add = credential === 'certificate' ? (object.kind === 'application' ? 'add a certificate (add-key)' : 'add a certificate') : 'add a client secret';
    const breaks = `sign-ins of ${object.displayName || object.appId} with a ${label} fail`;
    let reason;
    let todo;
    if (cover.until === undefined) {
        todo = `${add} now`;
        if (cover.nextStart !== undefined)
            reason = `no ${label} is valid until ${date(cover.nextStart)}: ${breaks} until then — ${add} valid now`;
        else
            reason = `every ${label} has expired, the last ${relative(cover.lastEnded ?? clock.now, clock.now)} (${date(cover.lastEnded ?? clock.now)}): ${breaks} — ${add}, or remove the expired ones if it no longer uses any`;
    }
    else if (cover.until === null) {
        reason = `a ${label} without end date keeps it valid`;
        todo = '—';
    }
    else if (status === 'expiring') {
        todo = `${add} before ${date(cover.until)}`;
        const when = `${relative(cover.until, clock.now)} (${date(cover.until)})`;
        if (cover.nextStart !== undefined)
            reason = `${label}s run out ${when} and the next one starts only on ${date(cover.nextStart)}: ${breaks} in between — ${add} that closes the gap`;
        else if (cover.extendedByQueued)
            reason = `${label}s run out ${when}, the queued one included — ${add} that lasts longer`;
        else
            reason = `last ${label} expires ${when} and no successor is queued — ${add} before then`;
    }
    else {
        reason = `valid until ${date(cover.until)} (${relative(cover.until, clock.now)})`;
        todo = '—';
    }
    return {
        kind: object.kind,
        id: object.id,
        appId: object.appId,
        displayName: object.displayName,
        ...(object.objectType ? { objectType: object.objectType } : {}),
        credential,
        keyId: longestValid(windows)?.keyId ?? '',
        expires: expiresOf(cover, clock),
        status,
        reason,
        todo,
    };
}
/** The credential whose end is latest (no end = latest of all). */
function longestValid(windows) {
    let best;
    for (const w of windows)
        if (!best || (best.end !== undefined && (w.end === undefined || w.end > best.end)))
            best = w;
    return best;
}
/**
 * Contract: when the last valid key runs out, `null` when one never does. An item with nothing
 * valid has run out already: when its last key ended, or — never having had a valid one — now.
 */
function expiresOf(cover, clock) {
    if (cover.until === undefined)
        return cover.lastEnded ?? clock.now;
    return cover.until;
}

;// CONCATENATED MODULE: ./src/audit/reads.ts





const SCOPE_PERMISSIONS = {
    keysets: 'TrustFrameworkKeySet.Read.All',
    applications: 'Application.Read.All',
    'service-principals': 'Application.Read.All',
};
const DIRECTORY_PATHS = {
    applications: { path: '/v1.0/applications', kind: 'application', ownType: '#microsoft.graph.application' },
    'service-principals': { path: '/v1.0/servicePrincipals', kind: 'service-principal', ownType: '#microsoft.graph.servicePrincipal' },
};
const SELECT = '$select=id,appId,displayName,keyCredentials,passwordCredentials&$top=999';
async function readScope(graph, scope, clock) {
    try {
        if (scope === 'keysets') {
            const keysets = await new graph_keysets/* KeysetsApi */.D8(graph).listKeysets();
            return { scope, items: keysets.map((keyset) => keysetItem({ ...keyset, id: (0,log_safety/* oneLine */.TN)(keyset.id) }, clock)), objects: keysets.length };
        }
        return await readDirectory(graph, scope, clock);
    }
    catch (error) {
        if (error instanceof graph_errors/* GraphError */.h9 && error.status === 403) {
            return { scope, unreadable: { scope, permission: SCOPE_PERMISSIONS[scope], answer: `${error.code}: ${error.graphMessage}` } };
        }
        throw error;
    }
}
async function readDirectory(graph, scope, clock) {
    const { path, kind, ownType } = DIRECTORY_PATHS[scope];
    const items = [];
    let objects = 0;
    await (0,paging/* forEachPage */.oO)(graph, `${path}?${SELECT}`, (page) => {
        objects += page.length;
        for (const listed of page)
            items.push(...directoryItems(directoryObject(listed, kind, ownType), clock));
    });
    return { scope, items, objects };
}
/** Names come from the directory, where anyone who may edit an app can write anything: one line, always. */
function directoryObject(listed, kind, ownType) {
    const type = listed['@odata.type'];
    return {
        kind,
        id: (0,log_safety/* oneLine */.TN)(listed.id),
        appId: (0,log_safety/* oneLine */.TN)(listed.appId ?? ''),
        displayName: (0,log_safety/* oneLine */.TN)(listed.displayName ?? ''),
        // Newer identity types share the collection: label them, never pass them off as applications.
        objectType: type !== undefined && type !== ownType ? type.replace(/^#microsoft\.graph\./, '') : undefined,
        certificates: (listed.keyCredentials ?? []).map(credentialWindow),
        secrets: (listed.passwordCredentials ?? []).map(credentialWindow),
    };
}
function credentialWindow(credential) {
    return { keyId: credential.keyId ?? '', start: seconds(credential.startDateTime), end: seconds(credential.endDateTime) };
}
function seconds(text) {
    if (!text)
        return undefined;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.floor(at / 1000);
}

;// CONCATENATED MODULE: ./src/audit/report.ts
const ANNOTATION_CAP = 20;
const SEVERITY = { critical: 0, expiring: 1, ok: 2 };
/** Critical first, then by when it runs out (never last). */
function sortItems(items) {
    return items.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || (a.expires ?? Infinity) - (b.expires ?? Infinity) || a.id.localeCompare(b.id));
}
function countItems(items) {
    const counts = { ok: 0, expiring: 0, critical: 0 };
    for (const item of items)
        counts[item.status]++;
    return counts;
}
/** Items at `threshold` or worse (`never`: none). */
function atOrAbove(items, threshold) {
    if (threshold === 'never')
        return [];
    return items.filter((item) => SEVERITY[item.status] <= SEVERITY[threshold]);
}
/** The file's JSON: the contract's item fields only (the summary's short remedy stays out). */
function reportJson(report) {
    return { ...report, items: report.items.map(({ todo: _todo, ...item }) => item) };
}
/** What an item is, for one line of a log or a table: `B2C_1A_X (keyset)`, `web (application, certificate)`. */
function itemLabel(item) {
    if (item.kind === 'keyset')
        return `${item.id} (keyset)`;
    const type = item.objectType ? ` ${item.objectType}` : '';
    return `${item.displayName || item.appId || item.id} (${item.kind}${type}, ${item.credential === 'certificate' ? 'certificate' : 'client secret'})`;
}
/** One per critical (error) and expiring (warning) item, 20 of each, then one line for the rest. */
function annotationsOf(report) {
    const out = report.unreadable.map((scope) => ({ level: 'error', message: unreadableSentence(scope) }));
    for (const [status, level] of [['critical', 'error'], ['expiring', 'warning']]) {
        const items = report.items.filter((item) => item.status === status);
        for (const item of items.slice(0, ANNOTATION_CAP))
            out.push({ level, message: `${itemLabel(item)}: ${item.reason}` });
        const more = items.length - ANNOTATION_CAP;
        if (more > 0)
            out.push({ level, message: `…and ${more} more ${status} item${more === 1 ? '' : 's'}: see the step summary or the report file` });
    }
    return out;
}
function unreadableSentence(scope) {
    return `could not read ${scope.scope} (${scope.answer}): grant the application permission ${scope.permission} to the identity the action signs in with, or leave '${scope.scope}' out of audit-scope`;
}
/**
 * Why the step fails, or undefined. A scope the audit could not read fails it too: what it
 * hides may be critical, and a green step would say all is well.
 */
function failureOf(report, failOn) {
    if (failOn === 'never')
        return undefined;
    const hits = atOrAbove(report.items, failOn);
    const parts = [];
    if (report.counts.critical > 0)
        parts.push(`${report.counts.critical} critical`);
    if (failOn === 'expiring' && report.counts.expiring > 0)
        parts.push(`${report.counts.expiring} expiring`);
    if (report.unreadable.length > 0)
        parts.push(`${report.unreadable.length} scope${report.unreadable.length === 1 ? '' : 's'} unreadable`);
    if (hits.length === 0 && report.unreadable.length === 0)
        return undefined;
    return `Audit found ${parts.join(', ')} (fail-on: ${failOn}); the step summary and the report file list what to do`;
}

// EXTERNAL MODULE: ./src/audit/repository.ts
var repository = __webpack_require__(3647);
// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/audit/summary.ts
/**
 * The audit in Markdown: the step summary and the body of the audit issue. One table, sorted
 * critical first, with days left and a short "what to do"; the full list is in the report file.
 */



const STATUS_LABEL = { critical: '🔴 critical', expiring: '🟠 expiring', ok: '🟢 ok' };
const SUMMARY_ROWS = 200;
const ISSUE_ROWS = 100;
const summary_DAY = 86_400;
function daysLeft(item, now) {
    if (item.status === 'critical')
        return '0';
    if (item.expires === null)
        return 'no expiry';
    return String(Math.max(0, Math.floor((item.expires - now) / summary_DAY)));
}
function expires(item) {
    if (item.expires === null)
        return 'never';
    return (0,wording/* isoSeconds */.nE)(item.expires).slice(0, 10);
}
function itemCell(item) {
    const id = item.kind === 'keyset' ? '' : ` ${(0,src_report/* code */.aY)(item.appId || item.id)}`;
    return `${(0,src_report/* plain */.pj)(itemLabel(item))}${id}`;
}
/** The table of `items` (already sorted), at most `rows` rows, then a line for the rest. */
function itemsTable(items, now, rows, withReason) {
    const header = withReason ? ['| Status | Item | Expires | Days left | Reason |', '|---|---|---|---|---|'] : ['| Status | Item | Expires | Days left | What to do |', '|---|---|---|---|---|'];
    const lines = items.slice(0, rows).map((item) => `| ${STATUS_LABEL[item.status]} | ${itemCell(item)} | ${expires(item)} | ${daysLeft(item, now)} | ${(0,src_report/* plain */.pj)(withReason ? item.reason : item.todo)} |`);
    const more = items.length - rows;
    return [...header, ...lines, ...(more > 0 ? ['', `…and ${more} more, in the report file (output \`report\`).`] : [])];
}
function countsLine(report) {
    const { critical, expiring, ok } = report.counts;
    return `**${critical} critical, ${expiring} expiring, ${ok} ok** — tenant ${(0,src_report/* code */.aY)(report.tenant ?? undefined) ?? '(from the Azure CLI session)'}, warn within ${(0,src_report/* plain */.pj)(report.warnWithin)}, ${report.generatedAt}`;
}
function auditSummary(report, now, extra = []) {
    const unreadable = report.unreadable.map((scope) => `- ⛔ ${(0,src_report/* plain */.pj)(unreadableSentence(scope))}`);
    const table = report.items.length === 0 ? ['Nothing to audit in the scopes read.'] : itemsTable(report.items, now, SUMMARY_ROWS, false);
    return ['### B2C keys audit', '', countsLine(report), '', ...(unreadable.length ? [...unreadable, ''] : []), ...table, '', ...extra.map(src_report/* plain */.pj), ''].join('\n');
}
function issueBody(report, listed, now, runUrl) {
    const unreadable = report.unreadable.map((scope) => `- ⛔ ${(0,src_report/* plain */.pj)(unreadableSentence(scope))}`);
    return [
        'The nightly B2C keys audit lists here what runs out of valid keys or credentials. This issue is kept up to date by the audit and closed when nothing is left.',
        '',
        countsLine(report),
        '',
        ...(unreadable.length ? [...unreadable, ''] : []),
        ...(listed.length ? itemsTable(listed, now, ISSUE_ROWS, true) : []),
        '',
        runUrl ? `Last audit: ${runUrl}` : '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/report-file.ts
var report_file = __webpack_require__(3336);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/operations/audit.ts
/**
 * audit: reads every keyset and (per audit-scope) every application and service principal once,
 * in parallel, and reports when each runs out of valid keys. Writes nothing to Graph. The report
 * file, the counts, the summary and the annotations are always produced; `fail-on` decides the
 * step's result and `issue-on` keeps the audit issue current.
 */









async function audit(context, operation) {
    const settings = operation.audit;
    // Before any read: a job that cannot keep the issue should not find that out after the audit.
    if (settings.issueOn !== 'never')
        (0,repository/* issueRepository */.E)(process.env);
    const at = context.now();
    const clock = { now: (0,time/* toUnixSeconds */.LE)(at), warnUntil: (0,time/* toUnixSeconds */.LE)((0,time/* addDuration */.Gw)(at, settings.warnWithin)) };
    const reads = await Promise.all(settings.scopes.map((scope) => readScope(context.graph, scope, clock)));
    const items = sortItems(reads.flatMap((read) => ('items' in read ? read.items : [])));
    const report = {
        tenant: settings.tenant ?? null,
        generatedAt: (0,wording/* iso */.KH)(at),
        warnWithin: settings.warnWithinText,
        counts: countItems(items),
        items,
        unreadable: reads.flatMap((read) => ('unreadable' in read ? [read.unreadable] : [])),
    };
    const path = await (0,report_file/* writeReportFile */.a)('audit', reportJson(report));
    const objects = reads.map((read) => ('items' in read ? `${read.objects} ${read.scope}` : `${read.scope} unreadable`)).join(', ');
    const failures = [];
    const notes = [];
    const failed = failureOf(report, settings.failOn);
    if (failed)
        failures.push(failed);
    if (settings.issueOn !== 'never' && settings.githubToken !== undefined) {
        try {
            notes.push(await keepIssue(report, settings, clock.now, settings.githubToken));
        }
        catch (error) {
            if (!(error instanceof errors/* ActionableError */.f))
                throw error;
            failures.push(error.message);
        }
    }
    const { critical, expiring, ok } = report.counts;
    return {
        actionTaken: 'audited',
        detail: `Audited ${objects}: ${critical} critical, ${expiring} expiring, ${ok} ok. Report: ${path}`,
        outputs: {
            [inputs/* OUTPUTS */.py.report]: path,
            [inputs/* OUTPUTS */.py.expiringCount]: String(expiring),
            [inputs/* OUTPUTS */.py.criticalCount]: String(critical),
        },
        summary: auditSummary(report, clock.now, notes),
        annotations: annotationsOf(report),
        ...(failures.length ? { failure: failures.join('. ') } : {}),
    };
}
async function keepIssue(report, settings, now, token) {
    const listed = atOrAbove(report.items, settings.issueOn);
    const open = listed.length > 0 || report.unreadable.length > 0;
    const { critical, expiring } = report.counts;
    const title = open ? `B2C keys audit: ${critical} critical, ${expiring} expiring` : 'B2C keys audit: nothing left';
    const runUrl = runLink(process.env);
    const { syncAuditIssue } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 3969));
    const outcome = await syncAuditIssue({
        token,
        title,
        body: issueBody(report, listed, now, runUrl),
        open,
        closingComment: `Nothing is ${settings.issueOn === 'critical' ? 'critical' : 'expiring or critical'} any more${runUrl ? ` (${runUrl})` : ''}: closing.`,
    });
    return outcome.action === 'none' ? 'Audit issue: none open, none needed.' : `Audit issue #${outcome.number} ${outcome.action}: ${outcome.url}`;
}
/** The run's page, from the variables the runner sets. */
function runLink(environment) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = environment;
    return server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined;
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
