import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5183:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.req = exports.json = exports.toBuffer = void 0;
const http = __importStar(__nccwpck_require__(8611));
const https = __importStar(__nccwpck_require__(5692));
async function toBuffer(stream) {
    let length = 0;
    const chunks = [];
    for await (const chunk of stream) {
        length += chunk.length;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
exports.toBuffer = toBuffer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(stream) {
    const buf = await toBuffer(stream);
    const str = buf.toString('utf8');
    try {
        return JSON.parse(str);
    }
    catch (_err) {
        const err = _err;
        err.message += ` (input: ${str})`;
        throw err;
    }
}
exports.json = json;
function req(url, opts = {}) {
    const href = typeof url === 'string' ? url : url.href;
    const req = (href.startsWith('https:') ? https : http).request(url, opts);
    const promise = new Promise((resolve, reject) => {
        req
            .once('response', resolve)
            .once('error', reject)
            .end();
    });
    req.then = promise.then.bind(promise);
    return req;
}
exports.req = req;
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 8894:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Agent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const http = __importStar(__nccwpck_require__(8611));
const https_1 = __nccwpck_require__(5692);
__exportStar(__nccwpck_require__(5183), exports);
const INTERNAL = Symbol('AgentBaseInternalState');
class Agent extends http.Agent {
    constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
    }
    /**
     * Determine whether this is an `http` or `https` request.
     */
    isSecureEndpoint(options) {
        if (options) {
            // First check the `secureEndpoint` property explicitly, since this
            // means that a parent `Agent` is "passing through" to this instance.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if (typeof options.secureEndpoint === 'boolean') {
                return options.secureEndpoint;
            }
            // If no explicit `secure` endpoint, check if `protocol` property is
            // set. This will usually be the case since using a full string URL
            // or `URL` instance should be the most common usage.
            if (typeof options.protocol === 'string') {
                return options.protocol === 'https:';
            }
        }
        // Finally, if no `protocol` property was set, then fall back to
        // checking the stack trace of the current call stack, and try to
        // detect the "https" module.
        const { stack } = new Error();
        if (typeof stack !== 'string')
            return false;
        return stack
            .split('\n')
            .some((l) => l.indexOf('(https.js:') !== -1 ||
            l.indexOf('node:https:') !== -1);
    }
    // In order to support async signatures in `connect()` and Node's native
    // connection pooling in `http.Agent`, the array of sockets for each origin
    // has to be updated synchronously. This is so the length of the array is
    // accurate when `addRequest()` is next called. We achieve this by creating a
    // fake socket and adding it to `sockets[origin]` and incrementing
    // `totalSocketCount`.
    incrementSockets(name) {
        // If `maxSockets` and `maxTotalSockets` are both Infinity then there is no
        // need to create a fake socket because Node.js native connection pooling
        // will never be invoked.
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
            return null;
        }
        // All instances of `sockets` are expected TypeScript errors. The
        // alternative is to add it as a private property of this class but that
        // will break TypeScript subclassing.
        if (!this.sockets[name]) {
            // @ts-expect-error `sockets` is readonly in `@types/node`
            this.sockets[name] = [];
        }
        const fakeSocket = new net.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        // @ts-expect-error `totalSocketCount` isn't defined in `@types/node`
        this.totalSocketCount++;
        return fakeSocket;
    }
    decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
            return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
            sockets.splice(index, 1);
            // @ts-expect-error  `totalSocketCount` isn't defined in `@types/node`
            this.totalSocketCount--;
            if (sockets.length === 0) {
                // @ts-expect-error `sockets` is readonly in `@types/node`
                delete this.sockets[name];
            }
        }
    }
    // In order to properly update the socket pool, we need to call `getName()` on
    // the core `https.Agent` if it is a secureEndpoint.
    getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
            // @ts-expect-error `getName()` isn't defined in `@types/node`
            return https_1.Agent.prototype.getName.call(this, options);
        }
        // @ts-expect-error `getName()` isn't defined in `@types/node`
        return super.getName(options);
    }
    createSocket(req, options, cb) {
        const connectOpts = {
            ...options,
            secureEndpoint: this.isSecureEndpoint(options),
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve()
            .then(() => this.connect(req, connectOpts))
            .then((socket) => {
            this.decrementSockets(name, fakeSocket);
            if (socket instanceof http.Agent) {
                try {
                    // @ts-expect-error `addRequest()` isn't defined in `@types/node`
                    return socket.addRequest(req, connectOpts);
                }
                catch (err) {
                    return cb(err);
                }
            }
            this[INTERNAL].currentSocket = socket;
            // @ts-expect-error `createSocket()` isn't defined in `@types/node`
            super.createSocket(req, options, cb);
        }, (err) => {
            this.decrementSockets(name, fakeSocket);
            cb(err);
        });
    }
    createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = undefined;
        if (!socket) {
            throw new Error('No socket was returned in the `connect()` function');
        }
        return socket;
    }
    get defaultPort() {
        return (this[INTERNAL].defaultPort ??
            (this.protocol === 'https:' ? 443 : 80));
    }
    set defaultPort(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].defaultPort = v;
        }
    }
    get protocol() {
        return (this[INTERNAL].protocol ??
            (this.isSecureEndpoint() ? 'https:' : 'http:'));
    }
    set protocol(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].protocol = v;
        }
    }
}
exports.Agent = Agent;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 3669:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpsProxyAgent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const tls = __importStar(__nccwpck_require__(4756));
const assert_1 = __importDefault(__nccwpck_require__(2613));
const debug_1 = __importDefault(__nccwpck_require__(2830));
const agent_base_1 = __nccwpck_require__(8894);
const url_1 = __nccwpck_require__(7016);
const parse_proxy_response_1 = __nccwpck_require__(7943);
const debug = (0, debug_1.default)('https-proxy-agent');
const setServernameFromNonIpHost = (options) => {
    if (options.servername === undefined &&
        options.host &&
        !net.isIP(options.host)) {
        return {
            ...options,
            servername: options.host,
        };
    }
    return options;
};
/**
 * The `HttpsProxyAgent` implements an HTTP Agent subclass that connects to
 * the specified "HTTP(s) proxy server" in order to proxy HTTPS requests.
 *
 * Outgoing HTTP requests are first tunneled through the proxy server using the
 * `CONNECT` HTTP request method to establish a connection to the proxy server,
 * and then the proxy server connects to the destination target and issues the
 * HTTP request from the proxy server.
 *
 * `https:` requests have their socket connection upgraded to TLS once
 * the connection to the proxy server has been established.
 */
class HttpsProxyAgent extends agent_base_1.Agent {
    constructor(proxy, opts) {
        super(opts);
        this.options = { path: undefined };
        this.proxy = typeof proxy === 'string' ? new url_1.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug('Creating new HttpsProxyAgent instance: %o', this.proxy.href);
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            // Attempt to negotiate http/1.1 for proxy servers that support http/2
            ALPNProtocols: ['http/1.1'],
            ...(opts ? omit(opts, 'headers') : null),
            host,
            port,
        };
    }
    /**
     * Called when the node-core HTTP client library is creating a
     * new HTTP request.
     */
    async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
            throw new TypeError('No "host" provided');
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (proxy.protocol === 'https:') {
            debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        }
        else {
            debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = net.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        const host = net.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r\n`;
        // Inject the `Proxy-Authorization` header if necessary.
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r\n`;
        }
        const proxyResponsePromise = (0, parse_proxy_response_1.parseProxyResponse)(socket);
        socket.write(`${payload}\r\n`);
        const { connect, buffered } = await proxyResponsePromise;
        req.emit('proxyConnect', connect);
        this.emit('proxyConnect', connect, req);
        if (connect.statusCode === 200) {
            req.once('socket', resume);
            if (opts.secureEndpoint) {
                // The proxy is connecting to a TLS server, so upgrade
                // this socket connection to a TLS connection.
                debug('Upgrading socket connection to TLS');
                return tls.connect({
                    ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                    socket,
                });
            }
            return socket;
        }
        // Some other status code that's not 200... need to re-play the HTTP
        // header "data" events onto the socket once the HTTP machinery is
        // attached so that the node core `http` can parse and handle the
        // error status code.
        // Close the original socket, and a new "fake" socket is returned
        // instead, so that the proxy doesn't get the HTTP request
        // written to it (which may contain `Authorization` headers or other
        // sensitive data).
        //
        // See: https://hackerone.com/reports/541502
        socket.destroy();
        const fakeSocket = new net.Socket({ writable: false });
        fakeSocket.readable = true;
        // Need to wait for the "socket" event to re-play the "data" events.
        req.once('socket', (s) => {
            debug('Replaying proxy buffer for failed request');
            (0, assert_1.default)(s.listenerCount('data') > 0);
            // Replay the "buffered" Buffer onto the fake `socket`, since at
            // this point the HTTP module machinery has been hooked up for
            // the user.
            s.push(buffered);
            s.push(null);
        });
        return fakeSocket;
    }
}
HttpsProxyAgent.protocols = ['http', 'https'];
exports.HttpsProxyAgent = HttpsProxyAgent;
function resume(socket) {
    socket.resume();
}
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7943:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseProxyResponse = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const debug = (0, debug_1.default)('https-proxy-agent:parse-proxy-response');
function parseProxyResponse(socket) {
    return new Promise((resolve, reject) => {
        // we need to buffer any HTTP traffic that happens with the proxy before we get
        // the CONNECT response, so that if the response is anything other than an "200"
        // response code, then we can re-play the "data" events on the socket once the
        // HTTP parser is hooked up...
        let buffersLength = 0;
        const buffers = [];
        function read() {
            const b = socket.read();
            if (b)
                ondata(b);
            else
                socket.once('readable', read);
        }
        function cleanup() {
            socket.removeListener('end', onend);
            socket.removeListener('error', onerror);
            socket.removeListener('readable', read);
        }
        function onend() {
            cleanup();
            debug('onend');
            reject(new Error('Proxy connection ended before receiving CONNECT response'));
        }
        function onerror(err) {
            cleanup();
            debug('onerror %o', err);
            reject(err);
        }
        function ondata(b) {
            buffers.push(b);
            buffersLength += b.length;
            const buffered = Buffer.concat(buffers, buffersLength);
            const endOfHeaders = buffered.indexOf('\r\n\r\n');
            if (endOfHeaders === -1) {
                // keep buffering
                debug('have not received end of HTTP headers yet...');
                read();
                return;
            }
            const headerParts = buffered
                .slice(0, endOfHeaders)
                .toString('ascii')
                .split('\r\n');
            const firstLine = headerParts.shift();
            if (!firstLine) {
                socket.destroy();
                return reject(new Error('No header received from proxy CONNECT response'));
            }
            const firstLineParts = firstLine.split(' ');
            const statusCode = +firstLineParts[1];
            const statusText = firstLineParts.slice(2).join(' ');
            const headers = {};
            for (const header of headerParts) {
                if (!header)
                    continue;
                const firstColon = header.indexOf(':');
                if (firstColon === -1) {
                    socket.destroy();
                    return reject(new Error(`Invalid header from proxy CONNECT response: "${header}"`));
                }
                const key = header.slice(0, firstColon).toLowerCase();
                const value = header.slice(firstColon + 1).trimStart();
                const current = headers[key];
                if (typeof current === 'string') {
                    headers[key] = [current, value];
                }
                else if (Array.isArray(current)) {
                    current.push(value);
                }
                else {
                    headers[key] = value;
                }
            }
            debug('got proxy server response: %o %o', firstLine, headers);
            cleanup();
            resolve({
                connect: {
                    statusCode,
                    statusText,
                    headers,
                },
                buffered,
            });
        }
        socket.on('error', onerror);
        socket.on('end', onend);
        read();
    });
}
exports.parseProxyResponse = parseProxyResponse;
//# sourceMappingURL=parse-proxy-response.js.map

/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 763:
/***/ ((module) => {

/**
 * Base-N/Base-X encoding/decoding functions.
 *
 * Original implementation from base-x:
 * https://github.com/cryptocoinjs/base-x
 *
 * Which is MIT licensed:
 *
 * The MIT License (MIT)
 *
 * Copyright base-x contributors (c) 2016
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
 * FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 * DEALINGS IN THE SOFTWARE.
 */
var api = {};
module.exports = api;

// baseN alphabet indexes
var _reverseAlphabets = {};

/**
 * BaseN-encodes a Uint8Array using the given alphabet.
 *
 * @param input the Uint8Array to encode.
 * @param maxline the maximum number of encoded characters per line to use,
 *          defaults to none.
 *
 * @return the baseN-encoded output string.
 */
api.encode = function(input, alphabet, maxline) {
  if(typeof alphabet !== 'string') {
    throw new TypeError('"alphabet" must be a string.');
  }
  if(maxline !== undefined && typeof maxline !== 'number') {
    throw new TypeError('"maxline" must be a number.');
  }

  var output = '';

  if(!(input instanceof Uint8Array)) {
    // assume forge byte buffer
    output = _encodeWithByteBuffer(input, alphabet);
  } else {
    var i = 0;
    var base = alphabet.length;
    var first = alphabet.charAt(0);
    var digits = [0];
    for(i = 0; i < input.length; ++i) {
      for(var j = 0, carry = input[i]; j < digits.length; ++j) {
        carry += digits[j] << 8;
        digits[j] = carry % base;
        carry = (carry / base) | 0;
      }

      while(carry > 0) {
        digits.push(carry % base);
        carry = (carry / base) | 0;
      }
    }

    // deal with leading zeros
    for(i = 0; input[i] === 0 && i < input.length - 1; ++i) {
      output += first;
    }
    // convert digits to a string
    for(i = digits.length - 1; i >= 0; --i) {
      output += alphabet[digits[i]];
    }
  }

  if(maxline) {
    var regex = new RegExp('.{1,' + maxline + '}', 'g');
    output = output.match(regex).join('\r\n');
  }

  return output;
};

/**
 * Decodes a baseN-encoded (using the given alphabet) string to a
 * Uint8Array.
 *
 * @param input the baseN-encoded input string.
 *
 * @return the Uint8Array.
 */
api.decode = function(input, alphabet) {
  if(typeof input !== 'string') {
    throw new TypeError('"input" must be a string.');
  }
  if(typeof alphabet !== 'string') {
    throw new TypeError('"alphabet" must be a string.');
  }

  var table = _reverseAlphabets[alphabet];
  if(!table) {
    // compute reverse alphabet
    table = _reverseAlphabets[alphabet] = [];
    for(var i = 0; i < alphabet.length; ++i) {
      table[alphabet.charCodeAt(i)] = i;
    }
  }

  // remove whitespace characters
  input = input.replace(/\s/g, '');

  var base = alphabet.length;
  var first = alphabet.charAt(0);
  var bytes = [0];
  for(var i = 0; i < input.length; i++) {
    var value = table[input.charCodeAt(i)];
    if(value === undefined) {
      return;
    }

    for(var j = 0, carry = value; j < bytes.length; ++j) {
      carry += bytes[j] * base;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }

    while(carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }

  // deal with leading zeros
  for(var k = 0; input[k] === first && k < input.length - 1; ++k) {
    bytes.push(0);
  }

  if(typeof Buffer !== 'undefined') {
    return Buffer.from(bytes.reverse());
  }

  return new Uint8Array(bytes.reverse());
};

function _encodeWithByteBuffer(input, alphabet) {
  var i = 0;
  var base = alphabet.length;
  var first = alphabet.charAt(0);
  var digits = [0];
  for(i = 0; i < input.length(); ++i) {
    for(var j = 0, carry = input.at(i); j < digits.length; ++j) {
      carry += digits[j] << 8;
      digits[j] = carry % base;
      carry = (carry / base) | 0;
    }

    while(carry > 0) {
      digits.push(carry % base);
      carry = (carry / base) | 0;
    }
  }

  var output = '';

  // deal with leading zeros
  for(i = 0; input.at(i) === 0 && i < input.length() - 1; ++i) {
    output += first;
  }
  // convert digits to a string
  for(i = digits.length - 1; i >= 0; --i) {
    output += alphabet[digits[i]];
  }

  return output;
}


/***/ }),

/***/ 8561:
/***/ ((module) => {

/**
 * Node.js module for Forge.
 *
 * @author Dave Longley
 *
 * Copyright 2011-2016 Digital Bazaar, Inc.
 */
module.exports = {
  // default options
  options: {
    usePureJavaScript: false
  }
};


/***/ }),

/***/ 6893:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * RC2 implementation.
 *
 * @author Stefan Siegl
 *
 * Copyright (c) 2012 Stefan Siegl <stesie@brokenpipe.de>
 *
 * Information on the RC2 cipher is available from RFC #2268,
 * http://www.ietf.org/rfc/rfc2268.txt
 */
var forge = __nccwpck_require__(8561);
__nccwpck_require__(7456);

var piTable = [
  0xd9, 0x78, 0xf9, 0xc4, 0x19, 0xdd, 0xb5, 0xed, 0x28, 0xe9, 0xfd, 0x79, 0x4a, 0xa0, 0xd8, 0x9d,
  0xc6, 0x7e, 0x37, 0x83, 0x2b, 0x76, 0x53, 0x8e, 0x62, 0x4c, 0x64, 0x88, 0x44, 0x8b, 0xfb, 0xa2,
  0x17, 0x9a, 0x59, 0xf5, 0x87, 0xb3, 0x4f, 0x13, 0x61, 0x45, 0x6d, 0x8d, 0x09, 0x81, 0x7d, 0x32,
  0xbd, 0x8f, 0x40, 0xeb, 0x86, 0xb7, 0x7b, 0x0b, 0xf0, 0x95, 0x21, 0x22, 0x5c, 0x6b, 0x4e, 0x82,
  0x54, 0xd6, 0x65, 0x93, 0xce, 0x60, 0xb2, 0x1c, 0x73, 0x56, 0xc0, 0x14, 0xa7, 0x8c, 0xf1, 0xdc,
  0x12, 0x75, 0xca, 0x1f, 0x3b, 0xbe, 0xe4, 0xd1, 0x42, 0x3d, 0xd4, 0x30, 0xa3, 0x3c, 0xb6, 0x26,
  0x6f, 0xbf, 0x0e, 0xda, 0x46, 0x69, 0x07, 0x57, 0x27, 0xf2, 0x1d, 0x9b, 0xbc, 0x94, 0x43, 0x03,
  0xf8, 0x11, 0xc7, 0xf6, 0x90, 0xef, 0x3e, 0xe7, 0x06, 0xc3, 0xd5, 0x2f, 0xc8, 0x66, 0x1e, 0xd7,
  0x08, 0xe8, 0xea, 0xde, 0x80, 0x52, 0xee, 0xf7, 0x84, 0xaa, 0x72, 0xac, 0x35, 0x4d, 0x6a, 0x2a,
  0x96, 0x1a, 0xd2, 0x71, 0x5a, 0x15, 0x49, 0x74, 0x4b, 0x9f, 0xd0, 0x5e, 0x04, 0x18, 0xa4, 0xec,
  0xc2, 0xe0, 0x41, 0x6e, 0x0f, 0x51, 0xcb, 0xcc, 0x24, 0x91, 0xaf, 0x50, 0xa1, 0xf4, 0x70, 0x39,
  0x99, 0x7c, 0x3a, 0x85, 0x23, 0xb8, 0xb4, 0x7a, 0xfc, 0x02, 0x36, 0x5b, 0x25, 0x55, 0x97, 0x31,
  0x2d, 0x5d, 0xfa, 0x98, 0xe3, 0x8a, 0x92, 0xae, 0x05, 0xdf, 0x29, 0x10, 0x67, 0x6c, 0xba, 0xc9,
  0xd3, 0x00, 0xe6, 0xcf, 0xe1, 0x9e, 0xa8, 0x2c, 0x63, 0x16, 0x01, 0x3f, 0x58, 0xe2, 0x89, 0xa9,
  0x0d, 0x38, 0x34, 0x1b, 0xab, 0x33, 0xff, 0xb0, 0xbb, 0x48, 0x0c, 0x5f, 0xb9, 0xb1, 0xcd, 0x2e,
  0xc5, 0xf3, 0xdb, 0x47, 0xe5, 0xa5, 0x9c, 0x77, 0x0a, 0xa6, 0x20, 0x68, 0xfe, 0x7f, 0xc1, 0xad
];

var s = [1, 2, 3, 5];

/**
 * Rotate a word left by given number of bits.
 *
 * Bits that are shifted out on the left are put back in on the right
 * hand side.
 *
 * @param word The word to shift left.
 * @param bits The number of bits to shift by.
 * @return The rotated word.
 */
var rol = function(word, bits) {
  return ((word << bits) & 0xffff) | ((word & 0xffff) >> (16 - bits));
};

/**
 * Rotate a word right by given number of bits.
 *
 * Bits that are shifted out on the right are put back in on the left
 * hand side.
 *
 * @param word The word to shift right.
 * @param bits The number of bits to shift by.
 * @return The rotated word.
 */
var ror = function(word, bits) {
  return ((word & 0xffff) >> bits) | ((word << (16 - bits)) & 0xffff);
};

/* RC2 API */
module.exports = forge.rc2 = forge.rc2 || {};

/**
 * Perform RC2 key expansion as per RFC #2268, section 2.
 *
 * @param key variable-length user key (between 1 and 128 bytes)
 * @param effKeyBits number of effective key bits (default: 128)
 * @return the expanded RC2 key (ByteBuffer of 128 bytes)
 */
forge.rc2.expandKey = function(key, effKeyBits) {
  if(typeof key === 'string') {
    key = forge.util.createBuffer(key);
  }
  effKeyBits = effKeyBits || 128;

  /* introduce variables that match the names used in RFC #2268 */
  var L = key;
  var T = key.length();
  var T1 = effKeyBits;
  var T8 = Math.ceil(T1 / 8);
  var TM = 0xff >> (T1 & 0x07);
  var i;

  for(i = T; i < 128; i++) {
    L.putByte(piTable[(L.at(i - 1) + L.at(i - T)) & 0xff]);
  }

  L.setAt(128 - T8, piTable[L.at(128 - T8) & TM]);

  for(i = 127 - T8; i >= 0; i--) {
    L.setAt(i, piTable[L.at(i + 1) ^ L.at(i + T8)]);
  }

  return L;
};

/**
 * Creates a RC2 cipher object.
 *
 * @param key the symmetric key to use (as base for key generation).
 * @param bits the number of effective key bits.
 * @param encrypt false for decryption, true for encryption.
 *
 * @return the cipher.
 */
var createCipher = function(key, bits, encrypt) {
  var _finish = false, _input = null, _output = null, _iv = null;
  var mixRound, mashRound;
  var i, j, K = [];

  /* Expand key and fill into K[] Array */
  key = forge.rc2.expandKey(key, bits);
  for(i = 0; i < 64; i++) {
    K.push(key.getInt16Le());
  }

  if(encrypt) {
    /**
     * Perform one mixing round "in place".
     *
     * @param R Array of four words to perform mixing on.
     */
    mixRound = function(R) {
      for(i = 0; i < 4; i++) {
        R[i] += K[j] + (R[(i + 3) % 4] & R[(i + 2) % 4]) +
          ((~R[(i + 3) % 4]) & R[(i + 1) % 4]);
        R[i] = rol(R[i], s[i]);
        j++;
      }
    };

    /**
     * Perform one mashing round "in place".
     *
     * @param R Array of four words to perform mashing on.
     */
    mashRound = function(R) {
      for(i = 0; i < 4; i++) {
        R[i] += K[R[(i + 3) % 4] & 63];
      }
    };
  } else {
    /**
     * Perform one r-mixing round "in place".
     *
     * @param R Array of four words to perform mixing on.
     */
    mixRound = function(R) {
      for(i = 3; i >= 0; i--) {
        R[i] = ror(R[i], s[i]);
        R[i] -= K[j] + (R[(i + 3) % 4] & R[(i + 2) % 4]) +
          ((~R[(i + 3) % 4]) & R[(i + 1) % 4]);
        j--;
      }
    };

    /**
     * Perform one r-mashing round "in place".
     *
     * @param R Array of four words to perform mashing on.
     */
    mashRound = function(R) {
      for(i = 3; i >= 0; i--) {
        R[i] -= K[R[(i + 3) % 4] & 63];
      }
    };
  }

  /**
   * Run the specified cipher execution plan.
   *
   * This function takes four words from the input buffer, applies the IV on
   * it (if requested) and runs the provided execution plan.
   *
   * The plan must be put together in form of a array of arrays.  Where the
   * outer one is simply a list of steps to perform and the inner one needs
   * to have two elements: the first one telling how many rounds to perform,
   * the second one telling what to do (i.e. the function to call).
   *
   * @param {Array} plan The plan to execute.
   */
  var runPlan = function(plan) {
    var R = [];

    /* Get data from input buffer and fill the four words into R */
    for(i = 0; i < 4; i++) {
      var val = _input.getInt16Le();

      if(_iv !== null) {
        if(encrypt) {
          /* We're encrypting, apply the IV first. */
          val ^= _iv.getInt16Le();
        } else {
          /* We're decryption, keep cipher text for next block. */
          _iv.putInt16Le(val);
        }
      }

      R.push(val & 0xffff);
    }

    /* Reset global "j" variable as per spec. */
    j = encrypt ? 0 : 63;

    /* Run execution plan. */
    for(var ptr = 0; ptr < plan.length; ptr++) {
      for(var ctr = 0; ctr < plan[ptr][0]; ctr++) {
        plan[ptr][1](R);
      }
    }

    /* Write back result to output buffer. */
    for(i = 0; i < 4; i++) {
      if(_iv !== null) {
        if(encrypt) {
          /* We're encrypting in CBC-mode, feed back encrypted bytes into
             IV buffer to carry it forward to next block. */
          _iv.putInt16Le(R[i]);
        } else {
          R[i] ^= _iv.getInt16Le();
        }
      }

      _output.putInt16Le(R[i]);
    }
  };

  /* Create cipher object */
  var cipher = null;
  cipher = {
    /**
     * Starts or restarts the encryption or decryption process, whichever
     * was previously configured.
     *
     * To use the cipher in CBC mode, iv may be given either as a string
     * of bytes, or as a byte buffer.  For ECB mode, give null as iv.
     *
     * @param iv the initialization vector to use, null for ECB mode.
     * @param output the output the buffer to write to, null to create one.
     */
    start: function(iv, output) {
      if(iv) {
        /* CBC mode */
        if(typeof iv === 'string') {
          iv = forge.util.createBuffer(iv);
        }
      }

      _finish = false;
      _input = forge.util.createBuffer();
      _output = output || new forge.util.createBuffer();
      _iv = iv;

      cipher.output = _output;
    },

    /**
     * Updates the next block.
     *
     * @param input the buffer to read from.
     */
    update: function(input) {
      if(!_finish) {
        // not finishing, so fill the input buffer with more input
        _input.putBuffer(input);
      }

      while(_input.length() >= 8) {
        runPlan([
            [ 5, mixRound ],
            [ 1, mashRound ],
            [ 6, mixRound ],
            [ 1, mashRound ],
            [ 5, mixRound ]
          ]);
      }
    },

    /**
     * Finishes encrypting or decrypting.
     *
     * @param pad a padding function to use, null for PKCS#7 padding,
     *           signature(blockSize, buffer, decrypt).
     *
     * @return true if successful, false on error.
     */
    finish: function(pad) {
      var rval = true;

      if(encrypt) {
        if(pad) {
          rval = pad(8, _input, !encrypt);
        } else {
          // add PKCS#7 padding to block (each pad byte is the
          // value of the number of pad bytes)
          var padding = (_input.length() === 8) ? 8 : (8 - _input.length());
          _input.fillWithByte(padding, padding);
        }
      }

      if(rval) {
        // do final update
        _finish = true;
        cipher.update();
      }

      if(!encrypt) {
        // check for error: input data not a multiple of block size
        rval = (_input.length() === 0);
        if(rval) {
          if(pad) {
            rval = pad(8, _output, !encrypt);
          } else {
            // ensure padding byte count is valid
            var len = _output.length();
            var count = _output.at(len - 1);

            if(count > len) {
              rval = false;
            } else {
              // trim off padding bytes
              _output.truncate(count);
            }
          }
        }
      }

      return rval;
    }
  };

  return cipher;
};

/**
 * Creates an RC2 cipher object to encrypt data in ECB or CBC mode using the
 * given symmetric key. The output will be stored in the 'output' member
 * of the returned cipher.
 *
 * The key and iv may be given as a string of bytes or a byte buffer.
 * The cipher is initialized to use 128 effective key bits.
 *
 * @param key the symmetric key to use.
 * @param iv the initialization vector to use.
 * @param output the buffer to write to, null to create one.
 *
 * @return the cipher.
 */
forge.rc2.startEncrypting = function(key, iv, output) {
  var cipher = forge.rc2.createEncryptionCipher(key, 128);
  cipher.start(iv, output);
  return cipher;
};

/**
 * Creates an RC2 cipher object to encrypt data in ECB or CBC mode using the
 * given symmetric key.
 *
 * The key may be given as a string of bytes or a byte buffer.
 *
 * To start encrypting call start() on the cipher with an iv and optional
 * output buffer.
 *
 * @param key the symmetric key to use.
 *
 * @return the cipher.
 */
forge.rc2.createEncryptionCipher = function(key, bits) {
  return createCipher(key, bits, true);
};

/**
 * Creates an RC2 cipher object to decrypt data in ECB or CBC mode using the
 * given symmetric key. The output will be stored in the 'output' member
 * of the returned cipher.
 *
 * The key and iv may be given as a string of bytes or a byte buffer.
 * The cipher is initialized to use 128 effective key bits.
 *
 * @param key the symmetric key to use.
 * @param iv the initialization vector to use.
 * @param output the buffer to write to, null to create one.
 *
 * @return the cipher.
 */
forge.rc2.startDecrypting = function(key, iv, output) {
  var cipher = forge.rc2.createDecryptionCipher(key, 128);
  cipher.start(iv, output);
  return cipher;
};

/**
 * Creates an RC2 cipher object to decrypt data in ECB or CBC mode using the
 * given symmetric key.
 *
 * The key may be given as a string of bytes or a byte buffer.
 *
 * To start decrypting call start() on the cipher with an iv and optional
 * output buffer.
 *
 * @param key the symmetric key to use.
 *
 * @return the cipher.
 */
forge.rc2.createDecryptionCipher = function(key, bits) {
  return createCipher(key, bits, false);
};


/***/ }),

/***/ 7456:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Utility functions for web applications.
 *
 * @author Dave Longley
 *
 * Copyright (c) 2010-2018 Digital Bazaar, Inc.
 */
var forge = __nccwpck_require__(8561);
var baseN = __nccwpck_require__(763);

/* Utilities API */
var util = module.exports = forge.util = forge.util || {};

// define setImmediate and nextTick
(function() {
  // use native nextTick (unless we're in webpack)
  // webpack (or better node-libs-browser polyfill) sets process.browser.
  // this way we can detect webpack properly
  if(typeof process !== 'undefined' && process.nextTick && !process.browser) {
    util.nextTick = process.nextTick;
    if(typeof setImmediate === 'function') {
      util.setImmediate = setImmediate;
    } else {
      // polyfill setImmediate with nextTick, older versions of node
      // (those w/o setImmediate) won't totally starve IO
      util.setImmediate = util.nextTick;
    }
    return;
  }

  // polyfill nextTick with native setImmediate
  if(typeof setImmediate === 'function') {
    util.setImmediate = function() { return setImmediate.apply(undefined, arguments); };
    util.nextTick = function(callback) {
      return setImmediate(callback);
    };
    return;
  }

  /* Note: A polyfill upgrade pattern is used here to allow combining
  polyfills. For example, MutationObserver is fast, but blocks UI updates,
  so it needs to allow UI updates periodically, so it falls back on
  postMessage or setTimeout. */

  // polyfill with setTimeout
  util.setImmediate = function(callback) {
    setTimeout(callback, 0);
  };

  // upgrade polyfill to use postMessage
  if(typeof window !== 'undefined' &&
    typeof window.postMessage === 'function') {
    var msg = 'forge.setImmediate';
    var callbacks = [];
    util.setImmediate = function(callback) {
      callbacks.push(callback);
      // only send message when one hasn't been sent in
      // the current turn of the event loop
      if(callbacks.length === 1) {
        window.postMessage(msg, '*');
      }
    };
    function handler(event) {
      if(event.source === window && event.data === msg) {
        event.stopPropagation();
        var copy = callbacks.slice();
        callbacks.length = 0;
        copy.forEach(function(callback) {
          callback();
        });
      }
    }
    window.addEventListener('message', handler, true);
  }

  // upgrade polyfill to use MutationObserver
  if(typeof MutationObserver !== 'undefined') {
    // polyfill with MutationObserver
    var now = Date.now();
    var attr = true;
    var div = document.createElement('div');
    var callbacks = [];
    new MutationObserver(function() {
      var copy = callbacks.slice();
      callbacks.length = 0;
      copy.forEach(function(callback) {
        callback();
      });
    }).observe(div, {attributes: true});
    var oldSetImmediate = util.setImmediate;
    util.setImmediate = function(callback) {
      if(Date.now() - now > 15) {
        now = Date.now();
        oldSetImmediate(callback);
      } else {
        callbacks.push(callback);
        // only trigger observer when it hasn't been triggered in
        // the current turn of the event loop
        if(callbacks.length === 1) {
          div.setAttribute('a', attr = !attr);
        }
      }
    };
  }

  util.nextTick = util.setImmediate;
})();

// check if running under Node.js
util.isNodejs =
  typeof process !== 'undefined' && process.versions && process.versions.node;


// 'self' will also work in Web Workers (instance of WorkerGlobalScope) while
// it will point to `window` in the main thread.
// To remain compatible with older browsers, we fall back to 'window' if 'self'
// is not available.
util.globalScope = (function() {
  if(util.isNodejs) {
    return global;
  }

  return typeof self === 'undefined' ? window : self;
})();

// define isArray
util.isArray = Array.isArray || function(x) {
  return Object.prototype.toString.call(x) === '[object Array]';
};

// define isArrayBuffer
util.isArrayBuffer = function(x) {
  return typeof ArrayBuffer !== 'undefined' && x instanceof ArrayBuffer;
};

// define isArrayBufferView
util.isArrayBufferView = function(x) {
  return x && util.isArrayBuffer(x.buffer) && x.byteLength !== undefined;
};

/**
 * Ensure a bits param is 8, 16, 24, or 32. Used to validate input for
 * algorithms where bit manipulation, JavaScript limitations, and/or algorithm
 * design only allow for byte operations of a limited size.
 *
 * @param n number of bits.
 *
 * Throw Error if n invalid.
 */
function _checkBitsParam(n) {
  if(!(n === 8 || n === 16 || n === 24 || n === 32)) {
    throw new Error('Only 8, 16, 24, or 32 bits supported: ' + n);
  }
}

// TODO: set ByteBuffer to best available backing
util.ByteBuffer = ByteStringBuffer;

/** Buffer w/BinaryString backing */

/**
 * Constructor for a binary string backed byte buffer.
 *
 * @param [b] the bytes to wrap (either encoded as string, one byte per
 *          character, or as an ArrayBuffer or Typed Array).
 */
function ByteStringBuffer(b) {
  // TODO: update to match DataBuffer API

  // the data in this buffer
  this.data = '';
  // the pointer for reading from this buffer
  this.read = 0;

  if(typeof b === 'string') {
    this.data = b;
  } else if(util.isArrayBuffer(b) || util.isArrayBufferView(b)) {
    if(typeof Buffer !== 'undefined' && b instanceof Buffer) {
      this.data = b.toString('binary');
    } else {
      // convert native buffer to forge buffer
      // FIXME: support native buffers internally instead
      var arr = new Uint8Array(b);
      try {
        this.data = String.fromCharCode.apply(null, arr);
      } catch(e) {
        for(var i = 0; i < arr.length; ++i) {
          this.putByte(arr[i]);
        }
      }
    }
  } else if(b instanceof ByteStringBuffer ||
    (typeof b === 'object' && typeof b.data === 'string' &&
    typeof b.read === 'number')) {
    // copy existing buffer
    this.data = b.data;
    this.read = b.read;
  }

  // used for v8 optimization
  this._constructedStringLength = 0;
}
util.ByteStringBuffer = ByteStringBuffer;

/* Note: This is an optimization for V8-based browsers. When V8 concatenates
  a string, the strings are only joined logically using a "cons string" or
  "constructed/concatenated string". These containers keep references to one
  another and can result in very large memory usage. For example, if a 2MB
  string is constructed by concatenating 4 bytes together at a time, the
  memory usage will be ~44MB; so ~22x increase. The strings are only joined
  together when an operation requiring their joining takes place, such as
  substr(). This function is called when adding data to this buffer to ensure
  these types of strings are periodically joined to reduce the memory
  footprint. */
var _MAX_CONSTRUCTED_STRING_LENGTH = 4096;
util.ByteStringBuffer.prototype._optimizeConstructedString = function(x) {
  this._constructedStringLength += x;
  if(this._constructedStringLength > _MAX_CONSTRUCTED_STRING_LENGTH) {
    // this substr() should cause the constructed string to join
    this.data.substr(0, 1);
    this._constructedStringLength = 0;
  }
};

/**
 * Gets the number of bytes in this buffer.
 *
 * @return the number of bytes in this buffer.
 */
util.ByteStringBuffer.prototype.length = function() {
  return this.data.length - this.read;
};

/**
 * Gets whether or not this buffer is empty.
 *
 * @return true if this buffer is empty, false if not.
 */
util.ByteStringBuffer.prototype.isEmpty = function() {
  return this.length() <= 0;
};

/**
 * Puts a byte in this buffer.
 *
 * @param b the byte to put.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putByte = function(b) {
  return this.putBytes(String.fromCharCode(b));
};

/**
 * Puts a byte in this buffer N times.
 *
 * @param b the byte to put.
 * @param n the number of bytes of value b to put.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.fillWithByte = function(b, n) {
  b = String.fromCharCode(b);
  var d = this.data;
  while(n > 0) {
    if(n & 1) {
      d += b;
    }
    n >>>= 1;
    if(n > 0) {
      b += b;
    }
  }
  this.data = d;
  this._optimizeConstructedString(n);
  return this;
};

/**
 * Puts bytes in this buffer.
 *
 * @param bytes the bytes (as a binary encoded string) to put.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putBytes = function(bytes) {
  this.data += bytes;
  this._optimizeConstructedString(bytes.length);
  return this;
};

/**
 * Puts a UTF-16 encoded string into this buffer.
 *
 * @param str the string to put.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putString = function(str) {
  return this.putBytes(util.encodeUtf8(str));
};

/**
 * Puts a 16-bit integer in this buffer in big-endian order.
 *
 * @param i the 16-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt16 = function(i) {
  return this.putBytes(
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i & 0xFF));
};

/**
 * Puts a 24-bit integer in this buffer in big-endian order.
 *
 * @param i the 24-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt24 = function(i) {
  return this.putBytes(
    String.fromCharCode(i >> 16 & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i & 0xFF));
};

/**
 * Puts a 32-bit integer in this buffer in big-endian order.
 *
 * @param i the 32-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt32 = function(i) {
  return this.putBytes(
    String.fromCharCode(i >> 24 & 0xFF) +
    String.fromCharCode(i >> 16 & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i & 0xFF));
};

/**
 * Puts a 16-bit integer in this buffer in little-endian order.
 *
 * @param i the 16-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt16Le = function(i) {
  return this.putBytes(
    String.fromCharCode(i & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF));
};

/**
 * Puts a 24-bit integer in this buffer in little-endian order.
 *
 * @param i the 24-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt24Le = function(i) {
  return this.putBytes(
    String.fromCharCode(i & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i >> 16 & 0xFF));
};

/**
 * Puts a 32-bit integer in this buffer in little-endian order.
 *
 * @param i the 32-bit integer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt32Le = function(i) {
  return this.putBytes(
    String.fromCharCode(i & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i >> 16 & 0xFF) +
    String.fromCharCode(i >> 24 & 0xFF));
};

/**
 * Puts an n-bit integer in this buffer in big-endian order.
 *
 * @param i the n-bit integer.
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putInt = function(i, n) {
  _checkBitsParam(n);
  var bytes = '';
  do {
    n -= 8;
    bytes += String.fromCharCode((i >> n) & 0xFF);
  } while(n > 0);
  return this.putBytes(bytes);
};

/**
 * Puts a signed n-bit integer in this buffer in big-endian order. Two's
 * complement representation is used.
 *
 * @param i the n-bit integer.
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putSignedInt = function(i, n) {
  // putInt checks n
  if(i < 0) {
    i += 2 << (n - 1);
  }
  return this.putInt(i, n);
};

/**
 * Puts the given buffer into this buffer.
 *
 * @param buffer the buffer to put into this one.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.putBuffer = function(buffer) {
  return this.putBytes(buffer.getBytes());
};

/**
 * Gets a byte from this buffer and advances the read pointer by 1.
 *
 * @return the byte.
 */
util.ByteStringBuffer.prototype.getByte = function() {
  return this.data.charCodeAt(this.read++);
};

/**
 * Gets a uint16 from this buffer in big-endian order and advances the read
 * pointer by 2.
 *
 * @return the uint16.
 */
util.ByteStringBuffer.prototype.getInt16 = function() {
  var rval = (
    this.data.charCodeAt(this.read) << 8 ^
    this.data.charCodeAt(this.read + 1));
  this.read += 2;
  return rval;
};

/**
 * Gets a uint24 from this buffer in big-endian order and advances the read
 * pointer by 3.
 *
 * @return the uint24.
 */
util.ByteStringBuffer.prototype.getInt24 = function() {
  var rval = (
    this.data.charCodeAt(this.read) << 16 ^
    this.data.charCodeAt(this.read + 1) << 8 ^
    this.data.charCodeAt(this.read + 2));
  this.read += 3;
  return rval;
};

/**
 * Gets a uint32 from this buffer in big-endian order and advances the read
 * pointer by 4.
 *
 * @return the word.
 */
util.ByteStringBuffer.prototype.getInt32 = function() {
  var rval = (
    this.data.charCodeAt(this.read) << 24 ^
    this.data.charCodeAt(this.read + 1) << 16 ^
    this.data.charCodeAt(this.read + 2) << 8 ^
    this.data.charCodeAt(this.read + 3));
  this.read += 4;
  return rval;
};

/**
 * Gets a uint16 from this buffer in little-endian order and advances the read
 * pointer by 2.
 *
 * @return the uint16.
 */
util.ByteStringBuffer.prototype.getInt16Le = function() {
  var rval = (
    this.data.charCodeAt(this.read) ^
    this.data.charCodeAt(this.read + 1) << 8);
  this.read += 2;
  return rval;
};

/**
 * Gets a uint24 from this buffer in little-endian order and advances the read
 * pointer by 3.
 *
 * @return the uint24.
 */
util.ByteStringBuffer.prototype.getInt24Le = function() {
  var rval = (
    this.data.charCodeAt(this.read) ^
    this.data.charCodeAt(this.read + 1) << 8 ^
    this.data.charCodeAt(this.read + 2) << 16);
  this.read += 3;
  return rval;
};

/**
 * Gets a uint32 from this buffer in little-endian order and advances the read
 * pointer by 4.
 *
 * @return the word.
 */
util.ByteStringBuffer.prototype.getInt32Le = function() {
  var rval = (
    this.data.charCodeAt(this.read) ^
    this.data.charCodeAt(this.read + 1) << 8 ^
    this.data.charCodeAt(this.read + 2) << 16 ^
    this.data.charCodeAt(this.read + 3) << 24);
  this.read += 4;
  return rval;
};

/**
 * Gets an n-bit integer from this buffer in big-endian order and advances the
 * read pointer by ceil(n/8).
 *
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return the integer.
 */
util.ByteStringBuffer.prototype.getInt = function(n) {
  _checkBitsParam(n);
  var rval = 0;
  do {
    // TODO: Use (rval * 0x100) if adding support for 33 to 53 bits.
    rval = (rval << 8) + this.data.charCodeAt(this.read++);
    n -= 8;
  } while(n > 0);
  return rval;
};

/**
 * Gets a signed n-bit integer from this buffer in big-endian order, using
 * two's complement, and advances the read pointer by n/8.
 *
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return the integer.
 */
util.ByteStringBuffer.prototype.getSignedInt = function(n) {
  // getInt checks n
  var x = this.getInt(n);
  var max = 2 << (n - 2);
  if(x >= max) {
    x -= max << 1;
  }
  return x;
};

/**
 * Reads bytes out as a binary encoded string and clears them from the
 * buffer. Note that the resulting string is binary encoded (in node.js this
 * encoding is referred to as `binary`, it is *not* `utf8`).
 *
 * @param count the number of bytes to read, undefined or null for all.
 *
 * @return a binary encoded string of bytes.
 */
util.ByteStringBuffer.prototype.getBytes = function(count) {
  var rval;
  if(count) {
    // read count bytes
    count = Math.min(this.length(), count);
    rval = this.data.slice(this.read, this.read + count);
    this.read += count;
  } else if(count === 0) {
    rval = '';
  } else {
    // read all bytes, optimize to only copy when needed
    rval = (this.read === 0) ? this.data : this.data.slice(this.read);
    this.clear();
  }
  return rval;
};

/**
 * Gets a binary encoded string of the bytes from this buffer without
 * modifying the read pointer.
 *
 * @param count the number of bytes to get, omit to get all.
 *
 * @return a string full of binary encoded characters.
 */
util.ByteStringBuffer.prototype.bytes = function(count) {
  return (typeof(count) === 'undefined' ?
    this.data.slice(this.read) :
    this.data.slice(this.read, this.read + count));
};

/**
 * Gets a byte at the given index without modifying the read pointer.
 *
 * @param i the byte index.
 *
 * @return the byte.
 */
util.ByteStringBuffer.prototype.at = function(i) {
  return this.data.charCodeAt(this.read + i);
};

/**
 * Puts a byte at the given index without modifying the read pointer.
 *
 * @param i the byte index.
 * @param b the byte to put.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.setAt = function(i, b) {
  this.data = this.data.substr(0, this.read + i) +
    String.fromCharCode(b) +
    this.data.substr(this.read + i + 1);
  return this;
};

/**
 * Gets the last byte without modifying the read pointer.
 *
 * @return the last byte.
 */
util.ByteStringBuffer.prototype.last = function() {
  return this.data.charCodeAt(this.data.length - 1);
};

/**
 * Creates a copy of this buffer.
 *
 * @return the copy.
 */
util.ByteStringBuffer.prototype.copy = function() {
  var c = util.createBuffer(this.data);
  c.read = this.read;
  return c;
};

/**
 * Compacts this buffer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.compact = function() {
  if(this.read > 0) {
    this.data = this.data.slice(this.read);
    this.read = 0;
  }
  return this;
};

/**
 * Clears this buffer.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.clear = function() {
  this.data = '';
  this.read = 0;
  return this;
};

/**
 * Shortens this buffer by trimming bytes off of the end of this buffer.
 *
 * @param count the number of bytes to trim off.
 *
 * @return this buffer.
 */
util.ByteStringBuffer.prototype.truncate = function(count) {
  var len = Math.max(0, this.length() - count);
  this.data = this.data.substr(this.read, len);
  this.read = 0;
  return this;
};

/**
 * Converts this buffer to a hexadecimal string.
 *
 * @return a hexadecimal string.
 */
util.ByteStringBuffer.prototype.toHex = function() {
  var rval = '';
  for(var i = this.read; i < this.data.length; ++i) {
    var b = this.data.charCodeAt(i);
    if(b < 16) {
      rval += '0';
    }
    rval += b.toString(16);
  }
  return rval;
};

/**
 * Converts this buffer to a UTF-16 string (standard JavaScript string).
 *
 * @return a UTF-16 string.
 */
util.ByteStringBuffer.prototype.toString = function() {
  return util.decodeUtf8(this.bytes());
};

/** End Buffer w/BinaryString backing */

/** Buffer w/UInt8Array backing */

/**
 * FIXME: Experimental. Do not use yet.
 *
 * Constructor for an ArrayBuffer-backed byte buffer.
 *
 * The buffer may be constructed from a string, an ArrayBuffer, DataView, or a
 * TypedArray.
 *
 * If a string is given, its encoding should be provided as an option,
 * otherwise it will default to 'binary'. A 'binary' string is encoded such
 * that each character is one byte in length and size.
 *
 * If an ArrayBuffer, DataView, or TypedArray is given, it will be used
 * *directly* without any copying. Note that, if a write to the buffer requires
 * more space, the buffer will allocate a new backing ArrayBuffer to
 * accommodate. The starting read and write offsets for the buffer may be
 * given as options.
 *
 * @param [b] the initial bytes for this buffer.
 * @param options the options to use:
 *          [readOffset] the starting read offset to use (default: 0).
 *          [writeOffset] the starting write offset to use (default: the
 *            length of the first parameter).
 *          [growSize] the minimum amount, in bytes, to grow the buffer by to
 *            accommodate writes (default: 1024).
 *          [encoding] the encoding ('binary', 'utf8', 'utf16', 'hex') for the
 *            first parameter, if it is a string (default: 'binary').
 */
function DataBuffer(b, options) {
  // default options
  options = options || {};

  // pointers for read from/write to buffer
  this.read = options.readOffset || 0;
  this.growSize = options.growSize || 1024;

  var isArrayBuffer = util.isArrayBuffer(b);
  var isArrayBufferView = util.isArrayBufferView(b);
  if(isArrayBuffer || isArrayBufferView) {
    // use ArrayBuffer directly
    if(isArrayBuffer) {
      this.data = new DataView(b);
    } else {
      // TODO: adjust read/write offset based on the type of view
      // or specify that this must be done in the options ... that the
      // offsets are byte-based
      this.data = new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
    this.write = ('writeOffset' in options ?
      options.writeOffset : this.data.byteLength);
    return;
  }

  // initialize to empty array buffer and add any given bytes using putBytes
  this.data = new DataView(new ArrayBuffer(0));
  this.write = 0;

  if(b !== null && b !== undefined) {
    this.putBytes(b);
  }

  if('writeOffset' in options) {
    this.write = options.writeOffset;
  }
}
util.DataBuffer = DataBuffer;

/**
 * Gets the number of bytes in this buffer.
 *
 * @return the number of bytes in this buffer.
 */
util.DataBuffer.prototype.length = function() {
  return this.write - this.read;
};

/**
 * Gets whether or not this buffer is empty.
 *
 * @return true if this buffer is empty, false if not.
 */
util.DataBuffer.prototype.isEmpty = function() {
  return this.length() <= 0;
};

/**
 * Ensures this buffer has enough empty space to accommodate the given number
 * of bytes. An optional parameter may be given that indicates a minimum
 * amount to grow the buffer if necessary. If the parameter is not given,
 * the buffer will be grown by some previously-specified default amount
 * or heuristic.
 *
 * @param amount the number of bytes to accommodate.
 * @param [growSize] the minimum amount, in bytes, to grow the buffer by if
 *          necessary.
 */
util.DataBuffer.prototype.accommodate = function(amount, growSize) {
  if(this.length() >= amount) {
    return this;
  }
  growSize = Math.max(growSize || this.growSize, amount);

  // grow buffer
  var src = new Uint8Array(
    this.data.buffer, this.data.byteOffset, this.data.byteLength);
  var dst = new Uint8Array(this.length() + growSize);
  dst.set(src);
  this.data = new DataView(dst.buffer);

  return this;
};

/**
 * Puts a byte in this buffer.
 *
 * @param b the byte to put.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putByte = function(b) {
  this.accommodate(1);
  this.data.setUint8(this.write++, b);
  return this;
};

/**
 * Puts a byte in this buffer N times.
 *
 * @param b the byte to put.
 * @param n the number of bytes of value b to put.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.fillWithByte = function(b, n) {
  this.accommodate(n);
  for(var i = 0; i < n; ++i) {
    this.data.setUint8(b);
  }
  return this;
};

/**
 * Puts bytes in this buffer. The bytes may be given as a string, an
 * ArrayBuffer, a DataView, or a TypedArray.
 *
 * @param bytes the bytes to put.
 * @param [encoding] the encoding for the first parameter ('binary', 'utf8',
 *          'utf16', 'hex'), if it is a string (default: 'binary').
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putBytes = function(bytes, encoding) {
  if(util.isArrayBufferView(bytes)) {
    var src = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var len = src.byteLength - src.byteOffset;
    this.accommodate(len);
    var dst = new Uint8Array(this.data.buffer, this.write);
    dst.set(src);
    this.write += len;
    return this;
  }

  if(util.isArrayBuffer(bytes)) {
    var src = new Uint8Array(bytes);
    this.accommodate(src.byteLength);
    var dst = new Uint8Array(this.data.buffer);
    dst.set(src, this.write);
    this.write += src.byteLength;
    return this;
  }

  // bytes is a util.DataBuffer or equivalent
  if(bytes instanceof util.DataBuffer ||
    (typeof bytes === 'object' &&
    typeof bytes.read === 'number' && typeof bytes.write === 'number' &&
    util.isArrayBufferView(bytes.data))) {
    var src = new Uint8Array(bytes.data.byteLength, bytes.read, bytes.length());
    this.accommodate(src.byteLength);
    var dst = new Uint8Array(bytes.data.byteLength, this.write);
    dst.set(src);
    this.write += src.byteLength;
    return this;
  }

  if(bytes instanceof util.ByteStringBuffer) {
    // copy binary string and process as the same as a string parameter below
    bytes = bytes.data;
    encoding = 'binary';
  }

  // string conversion
  encoding = encoding || 'binary';
  if(typeof bytes === 'string') {
    var view;

    // decode from string
    if(encoding === 'hex') {
      this.accommodate(Math.ceil(bytes.length / 2));
      view = new Uint8Array(this.data.buffer, this.write);
      this.write += util.binary.hex.decode(bytes, view, this.write);
      return this;
    }
    if(encoding === 'base64') {
      this.accommodate(Math.ceil(bytes.length / 4) * 3);
      view = new Uint8Array(this.data.buffer, this.write);
      this.write += util.binary.base64.decode(bytes, view, this.write);
      return this;
    }

    // encode text as UTF-8 bytes
    if(encoding === 'utf8') {
      // encode as UTF-8 then decode string as raw binary
      bytes = util.encodeUtf8(bytes);
      encoding = 'binary';
    }

    // decode string as raw binary
    if(encoding === 'binary' || encoding === 'raw') {
      // one byte per character
      this.accommodate(bytes.length);
      view = new Uint8Array(this.data.buffer, this.write);
      this.write += util.binary.raw.decode(view);
      return this;
    }

    // encode text as UTF-16 bytes
    if(encoding === 'utf16') {
      // two bytes per character
      this.accommodate(bytes.length * 2);
      view = new Uint16Array(this.data.buffer, this.write);
      this.write += util.text.utf16.encode(view);
      return this;
    }

    throw new Error('Invalid encoding: ' + encoding);
  }

  throw Error('Invalid parameter: ' + bytes);
};

/**
 * Puts the given buffer into this buffer.
 *
 * @param buffer the buffer to put into this one.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putBuffer = function(buffer) {
  this.putBytes(buffer);
  buffer.clear();
  return this;
};

/**
 * Puts a string into this buffer.
 *
 * @param str the string to put.
 * @param [encoding] the encoding for the string (default: 'utf16').
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putString = function(str) {
  return this.putBytes(str, 'utf16');
};

/**
 * Puts a 16-bit integer in this buffer in big-endian order.
 *
 * @param i the 16-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt16 = function(i) {
  this.accommodate(2);
  this.data.setInt16(this.write, i);
  this.write += 2;
  return this;
};

/**
 * Puts a 24-bit integer in this buffer in big-endian order.
 *
 * @param i the 24-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt24 = function(i) {
  this.accommodate(3);
  this.data.setInt16(this.write, i >> 8 & 0xFFFF);
  this.data.setInt8(this.write, i >> 16 & 0xFF);
  this.write += 3;
  return this;
};

/**
 * Puts a 32-bit integer in this buffer in big-endian order.
 *
 * @param i the 32-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt32 = function(i) {
  this.accommodate(4);
  this.data.setInt32(this.write, i);
  this.write += 4;
  return this;
};

/**
 * Puts a 16-bit integer in this buffer in little-endian order.
 *
 * @param i the 16-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt16Le = function(i) {
  this.accommodate(2);
  this.data.setInt16(this.write, i, true);
  this.write += 2;
  return this;
};

/**
 * Puts a 24-bit integer in this buffer in little-endian order.
 *
 * @param i the 24-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt24Le = function(i) {
  this.accommodate(3);
  this.data.setInt8(this.write, i >> 16 & 0xFF);
  this.data.setInt16(this.write, i >> 8 & 0xFFFF, true);
  this.write += 3;
  return this;
};

/**
 * Puts a 32-bit integer in this buffer in little-endian order.
 *
 * @param i the 32-bit integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt32Le = function(i) {
  this.accommodate(4);
  this.data.setInt32(this.write, i, true);
  this.write += 4;
  return this;
};

/**
 * Puts an n-bit integer in this buffer in big-endian order.
 *
 * @param i the n-bit integer.
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putInt = function(i, n) {
  _checkBitsParam(n);
  this.accommodate(n / 8);
  do {
    n -= 8;
    this.data.setInt8(this.write++, (i >> n) & 0xFF);
  } while(n > 0);
  return this;
};

/**
 * Puts a signed n-bit integer in this buffer in big-endian order. Two's
 * complement representation is used.
 *
 * @param i the n-bit integer.
 * @param n the number of bits in the integer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.putSignedInt = function(i, n) {
  _checkBitsParam(n);
  this.accommodate(n / 8);
  if(i < 0) {
    i += 2 << (n - 1);
  }
  return this.putInt(i, n);
};

/**
 * Gets a byte from this buffer and advances the read pointer by 1.
 *
 * @return the byte.
 */
util.DataBuffer.prototype.getByte = function() {
  return this.data.getInt8(this.read++);
};

/**
 * Gets a uint16 from this buffer in big-endian order and advances the read
 * pointer by 2.
 *
 * @return the uint16.
 */
util.DataBuffer.prototype.getInt16 = function() {
  var rval = this.data.getInt16(this.read);
  this.read += 2;
  return rval;
};

/**
 * Gets a uint24 from this buffer in big-endian order and advances the read
 * pointer by 3.
 *
 * @return the uint24.
 */
util.DataBuffer.prototype.getInt24 = function() {
  var rval = (
    this.data.getInt16(this.read) << 8 ^
    this.data.getInt8(this.read + 2));
  this.read += 3;
  return rval;
};

/**
 * Gets a uint32 from this buffer in big-endian order and advances the read
 * pointer by 4.
 *
 * @return the word.
 */
util.DataBuffer.prototype.getInt32 = function() {
  var rval = this.data.getInt32(this.read);
  this.read += 4;
  return rval;
};

/**
 * Gets a uint16 from this buffer in little-endian order and advances the read
 * pointer by 2.
 *
 * @return the uint16.
 */
util.DataBuffer.prototype.getInt16Le = function() {
  var rval = this.data.getInt16(this.read, true);
  this.read += 2;
  return rval;
};

/**
 * Gets a uint24 from this buffer in little-endian order and advances the read
 * pointer by 3.
 *
 * @return the uint24.
 */
util.DataBuffer.prototype.getInt24Le = function() {
  var rval = (
    this.data.getInt8(this.read) ^
    this.data.getInt16(this.read + 1, true) << 8);
  this.read += 3;
  return rval;
};

/**
 * Gets a uint32 from this buffer in little-endian order and advances the read
 * pointer by 4.
 *
 * @return the word.
 */
util.DataBuffer.prototype.getInt32Le = function() {
  var rval = this.data.getInt32(this.read, true);
  this.read += 4;
  return rval;
};

/**
 * Gets an n-bit integer from this buffer in big-endian order and advances the
 * read pointer by n/8.
 *
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return the integer.
 */
util.DataBuffer.prototype.getInt = function(n) {
  _checkBitsParam(n);
  var rval = 0;
  do {
    // TODO: Use (rval * 0x100) if adding support for 33 to 53 bits.
    rval = (rval << 8) + this.data.getInt8(this.read++);
    n -= 8;
  } while(n > 0);
  return rval;
};

/**
 * Gets a signed n-bit integer from this buffer in big-endian order, using
 * two's complement, and advances the read pointer by n/8.
 *
 * @param n the number of bits in the integer (8, 16, 24, or 32).
 *
 * @return the integer.
 */
util.DataBuffer.prototype.getSignedInt = function(n) {
  // getInt checks n
  var x = this.getInt(n);
  var max = 2 << (n - 2);
  if(x >= max) {
    x -= max << 1;
  }
  return x;
};

/**
 * Reads bytes out as a binary encoded string and clears them from the
 * buffer.
 *
 * @param count the number of bytes to read, undefined or null for all.
 *
 * @return a binary encoded string of bytes.
 */
util.DataBuffer.prototype.getBytes = function(count) {
  // TODO: deprecate this method, it is poorly named and
  // this.toString('binary') replaces it
  // add a toTypedArray()/toArrayBuffer() function
  var rval;
  if(count) {
    // read count bytes
    count = Math.min(this.length(), count);
    rval = this.data.slice(this.read, this.read + count);
    this.read += count;
  } else if(count === 0) {
    rval = '';
  } else {
    // read all bytes, optimize to only copy when needed
    rval = (this.read === 0) ? this.data : this.data.slice(this.read);
    this.clear();
  }
  return rval;
};

/**
 * Gets a binary encoded string of the bytes from this buffer without
 * modifying the read pointer.
 *
 * @param count the number of bytes to get, omit to get all.
 *
 * @return a string full of binary encoded characters.
 */
util.DataBuffer.prototype.bytes = function(count) {
  // TODO: deprecate this method, it is poorly named, add "getString()"
  return (typeof(count) === 'undefined' ?
    this.data.slice(this.read) :
    this.data.slice(this.read, this.read + count));
};

/**
 * Gets a byte at the given index without modifying the read pointer.
 *
 * @param i the byte index.
 *
 * @return the byte.
 */
util.DataBuffer.prototype.at = function(i) {
  return this.data.getUint8(this.read + i);
};

/**
 * Puts a byte at the given index without modifying the read pointer.
 *
 * @param i the byte index.
 * @param b the byte to put.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.setAt = function(i, b) {
  this.data.setUint8(i, b);
  return this;
};

/**
 * Gets the last byte without modifying the read pointer.
 *
 * @return the last byte.
 */
util.DataBuffer.prototype.last = function() {
  return this.data.getUint8(this.write - 1);
};

/**
 * Creates a copy of this buffer.
 *
 * @return the copy.
 */
util.DataBuffer.prototype.copy = function() {
  return new util.DataBuffer(this);
};

/**
 * Compacts this buffer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.compact = function() {
  if(this.read > 0) {
    var src = new Uint8Array(this.data.buffer, this.read);
    var dst = new Uint8Array(src.byteLength);
    dst.set(src);
    this.data = new DataView(dst);
    this.write -= this.read;
    this.read = 0;
  }
  return this;
};

/**
 * Clears this buffer.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.clear = function() {
  this.data = new DataView(new ArrayBuffer(0));
  this.read = this.write = 0;
  return this;
};

/**
 * Shortens this buffer by trimming bytes off of the end of this buffer.
 *
 * @param count the number of bytes to trim off.
 *
 * @return this buffer.
 */
util.DataBuffer.prototype.truncate = function(count) {
  this.write = Math.max(0, this.length() - count);
  this.read = Math.min(this.read, this.write);
  return this;
};

/**
 * Converts this buffer to a hexadecimal string.
 *
 * @return a hexadecimal string.
 */
util.DataBuffer.prototype.toHex = function() {
  var rval = '';
  for(var i = this.read; i < this.data.byteLength; ++i) {
    var b = this.data.getUint8(i);
    if(b < 16) {
      rval += '0';
    }
    rval += b.toString(16);
  }
  return rval;
};

/**
 * Converts this buffer to a string, using the given encoding. If no
 * encoding is given, 'utf8' (UTF-8) is used.
 *
 * @param [encoding] the encoding to use: 'binary', 'utf8', 'utf16', 'hex',
 *          'base64' (default: 'utf8').
 *
 * @return a string representation of the bytes in this buffer.
 */
util.DataBuffer.prototype.toString = function(encoding) {
  var view = new Uint8Array(this.data, this.read, this.length());
  encoding = encoding || 'utf8';

  // encode to string
  if(encoding === 'binary' || encoding === 'raw') {
    return util.binary.raw.encode(view);
  }
  if(encoding === 'hex') {
    return util.binary.hex.encode(view);
  }
  if(encoding === 'base64') {
    return util.binary.base64.encode(view);
  }

  // decode to text
  if(encoding === 'utf8') {
    return util.text.utf8.decode(view);
  }
  if(encoding === 'utf16') {
    return util.text.utf16.decode(view);
  }

  throw new Error('Invalid encoding: ' + encoding);
};

/** End Buffer w/UInt8Array backing */

/**
 * Creates a buffer that stores bytes. A value may be given to populate the
 * buffer with data. This value can either be string of encoded bytes or a
 * regular string of characters. When passing a string of binary encoded
 * bytes, the encoding `raw` should be given. This is also the default. When
 * passing a string of characters, the encoding `utf8` should be given.
 *
 * @param [input] a string with encoded bytes to store in the buffer.
 * @param [encoding] (default: 'raw', other: 'utf8').
 */
util.createBuffer = function(input, encoding) {
  // TODO: deprecate, use new ByteBuffer() instead
  encoding = encoding || 'raw';
  if(input !== undefined && encoding === 'utf8') {
    input = util.encodeUtf8(input);
  }
  return new util.ByteBuffer(input);
};

/**
 * Fills a string with a particular value. If you want the string to be a byte
 * string, pass in String.fromCharCode(theByte).
 *
 * @param c the character to fill the string with, use String.fromCharCode
 *          to fill the string with a byte value.
 * @param n the number of characters of value c to fill with.
 *
 * @return the filled string.
 */
util.fillString = function(c, n) {
  var s = '';
  while(n > 0) {
    if(n & 1) {
      s += c;
    }
    n >>>= 1;
    if(n > 0) {
      c += c;
    }
  }
  return s;
};

/**
 * Performs a per byte XOR between two byte strings and returns the result as a
 * string of bytes.
 *
 * @param s1 first string of bytes.
 * @param s2 second string of bytes.
 * @param n the number of bytes to XOR.
 *
 * @return the XOR'd result.
 */
util.xorBytes = function(s1, s2, n) {
  var s3 = '';
  var b = '';
  var t = '';
  var i = 0;
  var c = 0;
  for(; n > 0; --n, ++i) {
    b = s1.charCodeAt(i) ^ s2.charCodeAt(i);
    if(c >= 10) {
      s3 += t;
      t = '';
      c = 0;
    }
    t += String.fromCharCode(b);
    ++c;
  }
  s3 += t;
  return s3;
};

/**
 * Converts a hex string into a 'binary' encoded string of bytes.
 *
 * @param hex the hexadecimal string to convert.
 *
 * @return the binary-encoded string of bytes.
 */
util.hexToBytes = function(hex) {
  // TODO: deprecate: "Deprecated. Use util.binary.hex.decode instead."
  var rval = '';
  var i = 0;
  if(hex.length & 1 == 1) {
    // odd number of characters, convert first character alone
    i = 1;
    rval += String.fromCharCode(parseInt(hex[0], 16));
  }
  // convert 2 characters (1 byte) at a time
  for(; i < hex.length; i += 2) {
    rval += String.fromCharCode(parseInt(hex.substr(i, 2), 16));
  }
  return rval;
};

/**
 * Converts a 'binary' encoded string of bytes to hex.
 *
 * @param bytes the byte string to convert.
 *
 * @return the string of hexadecimal characters.
 */
util.bytesToHex = function(bytes) {
  // TODO: deprecate: "Deprecated. Use util.binary.hex.encode instead."
  return util.createBuffer(bytes).toHex();
};

/**
 * Converts an 32-bit integer to 4-big-endian byte string.
 *
 * @param i the integer.
 *
 * @return the byte string.
 */
util.int32ToBytes = function(i) {
  return (
    String.fromCharCode(i >> 24 & 0xFF) +
    String.fromCharCode(i >> 16 & 0xFF) +
    String.fromCharCode(i >> 8 & 0xFF) +
    String.fromCharCode(i & 0xFF));
};

// base64 characters, reverse mapping
var _base64 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
var _base64Idx = [
/*43 -43 = 0*/
/*'+',  1,  2,  3,'/' */
   62, -1, -1, -1, 63,

/*'0','1','2','3','4','5','6','7','8','9' */
   52, 53, 54, 55, 56, 57, 58, 59, 60, 61,

/*15, 16, 17,'=', 19, 20, 21 */
  -1, -1, -1, 64, -1, -1, -1,

/*65 - 43 = 22*/
/*'A','B','C','D','E','F','G','H','I','J','K','L','M', */
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12,

/*'N','O','P','Q','R','S','T','U','V','W','X','Y','Z' */
   13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,

/*91 - 43 = 48 */
/*48, 49, 50, 51, 52, 53 */
  -1, -1, -1, -1, -1, -1,

/*97 - 43 = 54*/
/*'a','b','c','d','e','f','g','h','i','j','k','l','m' */
   26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,

/*'n','o','p','q','r','s','t','u','v','w','x','y','z' */
   39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51
];

// base58 characters (Bitcoin alphabet)
var _base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * Base64 encodes a 'binary' encoded string of bytes.
 *
 * @param input the binary encoded string of bytes to base64-encode.
 * @param maxline the maximum number of encoded characters per line to use,
 *          defaults to none.
 *
 * @return the base64-encoded output.
 */
util.encode64 = function(input, maxline) {
  // TODO: deprecate: "Deprecated. Use util.binary.base64.encode instead."
  var line = '';
  var output = '';
  var chr1, chr2, chr3;
  var i = 0;
  while(i < input.length) {
    chr1 = input.charCodeAt(i++);
    chr2 = input.charCodeAt(i++);
    chr3 = input.charCodeAt(i++);

    // encode 4 character group
    line += _base64.charAt(chr1 >> 2);
    line += _base64.charAt(((chr1 & 3) << 4) | (chr2 >> 4));
    if(isNaN(chr2)) {
      line += '==';
    } else {
      line += _base64.charAt(((chr2 & 15) << 2) | (chr3 >> 6));
      line += isNaN(chr3) ? '=' : _base64.charAt(chr3 & 63);
    }

    if(maxline && line.length > maxline) {
      output += line.substr(0, maxline) + '\r\n';
      line = line.substr(maxline);
    }
  }
  output += line;
  return output;
};

/**
 * Base64 decodes a string into a 'binary' encoded string of bytes.
 *
 * @param input the base64-encoded input.
 *
 * @return the binary encoded string.
 */
util.decode64 = function(input) {
  // TODO: deprecate: "Deprecated. Use util.binary.base64.decode instead."

  // remove all non-base64 characters
  input = input.replace(/[^A-Za-z0-9\+\/\=]/g, '');

  var output = '';
  var enc1, enc2, enc3, enc4;
  var i = 0;

  while(i < input.length) {
    enc1 = _base64Idx[input.charCodeAt(i++) - 43];
    enc2 = _base64Idx[input.charCodeAt(i++) - 43];
    enc3 = _base64Idx[input.charCodeAt(i++) - 43];
    enc4 = _base64Idx[input.charCodeAt(i++) - 43];

    output += String.fromCharCode((enc1 << 2) | (enc2 >> 4));
    if(enc3 !== 64) {
      // decoded at least 2 bytes
      output += String.fromCharCode(((enc2 & 15) << 4) | (enc3 >> 2));
      if(enc4 !== 64) {
        // decoded 3 bytes
        output += String.fromCharCode(((enc3 & 3) << 6) | enc4);
      }
    }
  }

  return output;
};

/**
 * Encodes the given string of characters (a standard JavaScript
 * string) as a binary encoded string where the bytes represent
 * a UTF-8 encoded string of characters. Non-ASCII characters will be
 * encoded as multiple bytes according to UTF-8.
 *
 * @param str a standard string of characters to encode.
 *
 * @return the binary encoded string.
 */
util.encodeUtf8 = function(str) {
  return unescape(encodeURIComponent(str));
};

/**
 * Decodes a binary encoded string that contains bytes that
 * represent a UTF-8 encoded string of characters -- into a
 * string of characters (a standard JavaScript string).
 *
 * @param str the binary encoded string to decode.
 *
 * @return the resulting standard string of characters.
 */
util.decodeUtf8 = function(str) {
  return decodeURIComponent(escape(str));
};

// binary encoding/decoding tools
// FIXME: Experimental. Do not use yet.
util.binary = {
  raw: {},
  hex: {},
  base64: {},
  base58: {},
  baseN : {
    encode: baseN.encode,
    decode: baseN.decode
  }
};

/**
 * Encodes a Uint8Array as a binary-encoded string. This encoding uses
 * a value between 0 and 255 for each character.
 *
 * @param bytes the Uint8Array to encode.
 *
 * @return the binary-encoded string.
 */
util.binary.raw.encode = function(bytes) {
  return String.fromCharCode.apply(null, bytes);
};

/**
 * Decodes a binary-encoded string to a Uint8Array. This encoding uses
 * a value between 0 and 255 for each character.
 *
 * @param str the binary-encoded string to decode.
 * @param [output] an optional Uint8Array to write the output to; if it
 *          is too small, an exception will be thrown.
 * @param [offset] the start offset for writing to the output (default: 0).
 *
 * @return the Uint8Array or the number of bytes written if output was given.
 */
util.binary.raw.decode = function(str, output, offset) {
  var out = output;
  if(!out) {
    out = new Uint8Array(str.length);
  }
  offset = offset || 0;
  var j = offset;
  for(var i = 0; i < str.length; ++i) {
    out[j++] = str.charCodeAt(i);
  }
  return output ? (j - offset) : out;
};

/**
 * Encodes a 'binary' string, ArrayBuffer, DataView, TypedArray, or
 * ByteBuffer as a string of hexadecimal characters.
 *
 * @param bytes the bytes to convert.
 *
 * @return the string of hexadecimal characters.
 */
util.binary.hex.encode = util.bytesToHex;

/**
 * Decodes a hex-encoded string to a Uint8Array.
 *
 * @param hex the hexadecimal string to convert.
 * @param [output] an optional Uint8Array to write the output to; if it
 *          is too small, an exception will be thrown.
 * @param [offset] the start offset for writing to the output (default: 0).
 *
 * @return the Uint8Array or the number of bytes written if output was given.
 */
util.binary.hex.decode = function(hex, output, offset) {
  var out = output;
  if(!out) {
    out = new Uint8Array(Math.ceil(hex.length / 2));
  }
  offset = offset || 0;
  var i = 0, j = offset;
  if(hex.length & 1) {
    // odd number of characters, convert first character alone
    i = 1;
    out[j++] = parseInt(hex[0], 16);
  }
  // convert 2 characters (1 byte) at a time
  for(; i < hex.length; i += 2) {
    out[j++] = parseInt(hex.substr(i, 2), 16);
  }
  return output ? (j - offset) : out;
};

/**
 * Base64-encodes a Uint8Array.
 *
 * @param input the Uint8Array to encode.
 * @param maxline the maximum number of encoded characters per line to use,
 *          defaults to none.
 *
 * @return the base64-encoded output string.
 */
util.binary.base64.encode = function(input, maxline) {
  var line = '';
  var output = '';
  var chr1, chr2, chr3;
  var i = 0;
  while(i < input.byteLength) {
    chr1 = input[i++];
    chr2 = input[i++];
    chr3 = input[i++];

    // encode 4 character group
    line += _base64.charAt(chr1 >> 2);
    line += _base64.charAt(((chr1 & 3) << 4) | (chr2 >> 4));
    if(isNaN(chr2)) {
      line += '==';
    } else {
      line += _base64.charAt(((chr2 & 15) << 2) | (chr3 >> 6));
      line += isNaN(chr3) ? '=' : _base64.charAt(chr3 & 63);
    }

    if(maxline && line.length > maxline) {
      output += line.substr(0, maxline) + '\r\n';
      line = line.substr(maxline);
    }
  }
  output += line;
  return output;
};

/**
 * Decodes a base64-encoded string to a Uint8Array.
 *
 * @param input the base64-encoded input string.
 * @param [output] an optional Uint8Array to write the output to; if it
 *          is too small, an exception will be thrown.
 * @param [offset] the start offset for writing to the output (default: 0).
 *
 * @return the Uint8Array or the number of bytes written if output was given.
 */
util.binary.base64.decode = function(input, output, offset) {
  var out = output;
  if(!out) {
    out = new Uint8Array(Math.ceil(input.length / 4) * 3);
  }

  // remove all non-base64 characters
  input = input.replace(/[^A-Za-z0-9\+\/\=]/g, '');

  offset = offset || 0;
  var enc1, enc2, enc3, enc4;
  var i = 0, j = offset;

  while(i < input.length) {
    enc1 = _base64Idx[input.charCodeAt(i++) - 43];
    enc2 = _base64Idx[input.charCodeAt(i++) - 43];
    enc3 = _base64Idx[input.charCodeAt(i++) - 43];
    enc4 = _base64Idx[input.charCodeAt(i++) - 43];

    out[j++] = (enc1 << 2) | (enc2 >> 4);
    if(enc3 !== 64) {
      // decoded at least 2 bytes
      out[j++] = ((enc2 & 15) << 4) | (enc3 >> 2);
      if(enc4 !== 64) {
        // decoded 3 bytes
        out[j++] = ((enc3 & 3) << 6) | enc4;
      }
    }
  }

  // make sure result is the exact decoded length
  return output ? (j - offset) : out.subarray(0, j);
};

// add support for base58 encoding/decoding with Bitcoin alphabet
util.binary.base58.encode = function(input, maxline) {
  return util.binary.baseN.encode(input, _base58, maxline);
};
util.binary.base58.decode = function(input, maxline) {
  return util.binary.baseN.decode(input, _base58, maxline);
};

// text encoding/decoding tools
// FIXME: Experimental. Do not use yet.
util.text = {
  utf8: {},
  utf16: {}
};

/**
 * Encodes the given string as UTF-8 in a Uint8Array.
 *
 * @param str the string to encode.
 * @param [output] an optional Uint8Array to write the output to; if it
 *          is too small, an exception will be thrown.
 * @param [offset] the start offset for writing to the output (default: 0).
 *
 * @return the Uint8Array or the number of bytes written if output was given.
 */
util.text.utf8.encode = function(str, output, offset) {
  str = util.encodeUtf8(str);
  var out = output;
  if(!out) {
    out = new Uint8Array(str.length);
  }
  offset = offset || 0;
  var j = offset;
  for(var i = 0; i < str.length; ++i) {
    out[j++] = str.charCodeAt(i);
  }
  return output ? (j - offset) : out;
};

/**
 * Decodes the UTF-8 contents from a Uint8Array.
 *
 * @param bytes the Uint8Array to decode.
 *
 * @return the resulting string.
 */
util.text.utf8.decode = function(bytes) {
  return util.decodeUtf8(String.fromCharCode.apply(null, bytes));
};

/**
 * Encodes the given string as UTF-16 in a Uint8Array.
 *
 * @param str the string to encode.
 * @param [output] an optional Uint8Array to write the output to; if it
 *          is too small, an exception will be thrown.
 * @param [offset] the start offset for writing to the output (default: 0).
 *
 * @return the Uint8Array or the number of bytes written if output was given.
 */
util.text.utf16.encode = function(str, output, offset) {
  var out = output;
  if(!out) {
    out = new Uint8Array(str.length * 2);
  }
  var view = new Uint16Array(out.buffer);
  offset = offset || 0;
  var j = offset;
  var k = offset;
  for(var i = 0; i < str.length; ++i) {
    view[k++] = str.charCodeAt(i);
    j += 2;
  }
  return output ? (j - offset) : out;
};

/**
 * Decodes the UTF-16 contents from a Uint8Array.
 *
 * @param bytes the Uint8Array to decode.
 *
 * @return the resulting string.
 */
util.text.utf16.decode = function(bytes) {
  return String.fromCharCode.apply(null, new Uint16Array(bytes.buffer));
};

/**
 * Deflates the given data using a flash interface.
 *
 * @param api the flash interface.
 * @param bytes the data.
 * @param raw true to return only raw deflate data, false to include zlib
 *          header and trailer.
 *
 * @return the deflated data as a string.
 */
util.deflate = function(api, bytes, raw) {
  bytes = util.decode64(api.deflate(util.encode64(bytes)).rval);

  // strip zlib header and trailer if necessary
  if(raw) {
    // zlib header is 2 bytes (CMF,FLG) where FLG indicates that
    // there is a 4-byte DICT (alder-32) block before the data if
    // its 5th bit is set
    var start = 2;
    var flg = bytes.charCodeAt(1);
    if(flg & 0x20) {
      start = 6;
    }
    // zlib trailer is 4 bytes of adler-32
    bytes = bytes.substring(start, bytes.length - 4);
  }

  return bytes;
};

/**
 * Inflates the given data using a flash interface.
 *
 * @param api the flash interface.
 * @param bytes the data.
 * @param raw true if the incoming data has no zlib header or trailer and is
 *          raw DEFLATE data.
 *
 * @return the inflated data as a string, null on error.
 */
util.inflate = function(api, bytes, raw) {
  // TODO: add zlib header and trailer if necessary/possible
  var rval = api.inflate(util.encode64(bytes)).rval;
  return (rval === null) ? null : util.decode64(rval);
};

/**
 * Sets a storage object.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 * @param obj the storage object, null to remove.
 */
var _setStorageObject = function(api, id, obj) {
  if(!api) {
    throw new Error('WebStorage not available.');
  }

  var rval;
  if(obj === null) {
    rval = api.removeItem(id);
  } else {
    // json-encode and base64-encode object
    obj = util.encode64(JSON.stringify(obj));
    rval = api.setItem(id, obj);
  }

  // handle potential flash error
  if(typeof(rval) !== 'undefined' && rval.rval !== true) {
    var error = new Error(rval.error.message);
    error.id = rval.error.id;
    error.name = rval.error.name;
    throw error;
  }
};

/**
 * Gets a storage object.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 *
 * @return the storage object entry or null if none exists.
 */
var _getStorageObject = function(api, id) {
  if(!api) {
    throw new Error('WebStorage not available.');
  }

  // get the existing entry
  var rval = api.getItem(id);

  /* Note: We check api.init because we can't do (api == localStorage)
    on IE because of "Class doesn't support Automation" exception. Only
    the flash api has an init method so this works too, but we need a
    better solution in the future. */

  // flash returns item wrapped in an object, handle special case
  if(api.init) {
    if(rval.rval === null) {
      if(rval.error) {
        var error = new Error(rval.error.message);
        error.id = rval.error.id;
        error.name = rval.error.name;
        throw error;
      }
      // no error, but also no item
      rval = null;
    } else {
      rval = rval.rval;
    }
  }

  // handle decoding
  if(rval !== null) {
    // base64-decode and json-decode data
    rval = JSON.parse(util.decode64(rval));
  }

  return rval;
};

/**
 * Stores an item in local storage.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 * @param key the key for the item.
 * @param data the data for the item (any javascript object/primitive).
 */
var _setItem = function(api, id, key, data) {
  // get storage object
  var obj = _getStorageObject(api, id);
  if(obj === null) {
    // create a new storage object
    obj = {};
  }
  // update key
  obj[key] = data;

  // set storage object
  _setStorageObject(api, id, obj);
};

/**
 * Gets an item from local storage.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 * @param key the key for the item.
 *
 * @return the item.
 */
var _getItem = function(api, id, key) {
  // get storage object
  var rval = _getStorageObject(api, id);
  if(rval !== null) {
    // return data at key
    rval = (key in rval) ? rval[key] : null;
  }

  return rval;
};

/**
 * Removes an item from local storage.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 * @param key the key for the item.
 */
var _removeItem = function(api, id, key) {
  // get storage object
  var obj = _getStorageObject(api, id);
  if(obj !== null && key in obj) {
    // remove key
    delete obj[key];

    // see if entry has no keys remaining
    var empty = true;
    for(var prop in obj) {
      empty = false;
      break;
    }
    if(empty) {
      // remove entry entirely if no keys are left
      obj = null;
    }

    // set storage object
    _setStorageObject(api, id, obj);
  }
};

/**
 * Clears the local disk storage identified by the given ID.
 *
 * @param api the storage interface.
 * @param id the storage ID to use.
 */
var _clearItems = function(api, id) {
  _setStorageObject(api, id, null);
};

/**
 * Calls a storage function.
 *
 * @param func the function to call.
 * @param args the arguments for the function.
 * @param location the location argument.
 *
 * @return the return value from the function.
 */
var _callStorageFunction = function(func, args, location) {
  var rval = null;

  // default storage types
  if(typeof(location) === 'undefined') {
    location = ['web', 'flash'];
  }

  // apply storage types in order of preference
  var type;
  var done = false;
  var exception = null;
  for(var idx in location) {
    type = location[idx];
    try {
      if(type === 'flash' || type === 'both') {
        if(args[0] === null) {
          throw new Error('Flash local storage not available.');
        }
        rval = func.apply(this, args);
        done = (type === 'flash');
      }
      if(type === 'web' || type === 'both') {
        args[0] = localStorage;
        rval = func.apply(this, args);
        done = true;
      }
    } catch(ex) {
      exception = ex;
    }
    if(done) {
      break;
    }
  }

  if(!done) {
    throw exception;
  }

  return rval;
};

/**
 * Stores an item on local disk.
 *
 * The available types of local storage include 'flash', 'web', and 'both'.
 *
 * The type 'flash' refers to flash local storage (SharedObject). In order
 * to use flash local storage, the 'api' parameter must be valid. The type
 * 'web' refers to WebStorage, if supported by the browser. The type 'both'
 * refers to storing using both 'flash' and 'web', not just one or the
 * other.
 *
 * The location array should list the storage types to use in order of
 * preference:
 *
 * ['flash']: flash only storage
 * ['web']: web only storage
 * ['both']: try to store in both
 * ['flash','web']: store in flash first, but if not available, 'web'
 * ['web','flash']: store in web first, but if not available, 'flash'
 *
 * The location array defaults to: ['web', 'flash']
 *
 * @param api the flash interface, null to use only WebStorage.
 * @param id the storage ID to use.
 * @param key the key for the item.
 * @param data the data for the item (any javascript object/primitive).
 * @param location an array with the preferred types of storage to use.
 */
util.setItem = function(api, id, key, data, location) {
  _callStorageFunction(_setItem, arguments, location);
};

/**
 * Gets an item on local disk.
 *
 * Set setItem() for details on storage types.
 *
 * @param api the flash interface, null to use only WebStorage.
 * @param id the storage ID to use.
 * @param key the key for the item.
 * @param location an array with the preferred types of storage to use.
 *
 * @return the item.
 */
util.getItem = function(api, id, key, location) {
  return _callStorageFunction(_getItem, arguments, location);
};

/**
 * Removes an item on local disk.
 *
 * Set setItem() for details on storage types.
 *
 * @param api the flash interface.
 * @param id the storage ID to use.
 * @param key the key for the item.
 * @param location an array with the preferred types of storage to use.
 */
util.removeItem = function(api, id, key, location) {
  _callStorageFunction(_removeItem, arguments, location);
};

/**
 * Clears the local disk storage identified by the given ID.
 *
 * Set setItem() for details on storage types.
 *
 * @param api the flash interface if flash is available.
 * @param id the storage ID to use.
 * @param location an array with the preferred types of storage to use.
 */
util.clearItems = function(api, id, location) {
  _callStorageFunction(_clearItems, arguments, location);
};

/**
 * Check if an object is empty.
 *
 * Taken from:
 * http://stackoverflow.com/questions/679915/how-do-i-test-for-an-empty-javascript-object-from-json/679937#679937
 *
 * @param object the object to check.
 */
util.isEmpty = function(obj) {
  for(var prop in obj) {
    if(obj.hasOwnProperty(prop)) {
      return false;
    }
  }
  return true;
};

/**
 * Format with simple printf-style interpolation.
 *
 * %%: literal '%'
 * %s,%o: convert next argument into a string.
 *
 * @param format the string to format.
 * @param ... arguments to interpolate into the format string.
 */
util.format = function(format) {
  var re = /%./g;
  // current match
  var match;
  // current part
  var part;
  // current arg index
  var argi = 0;
  // collected parts to recombine later
  var parts = [];
  // last index found
  var last = 0;
  // loop while matches remain
  while((match = re.exec(format))) {
    part = format.substring(last, re.lastIndex - 2);
    // don't add empty strings (ie, parts between %s%s)
    if(part.length > 0) {
      parts.push(part);
    }
    last = re.lastIndex;
    // switch on % code
    var code = match[0][1];
    switch(code) {
    case 's':
    case 'o':
      // check if enough arguments were given
      if(argi < arguments.length) {
        parts.push(arguments[argi++ + 1]);
      } else {
        parts.push('<?>');
      }
      break;
    // FIXME: do proper formatting for numbers, etc
    //case 'f':
    //case 'd':
    case '%':
      parts.push('%');
      break;
    default:
      parts.push('<%' + code + '?>');
    }
  }
  // add trailing part of format string
  parts.push(format.substring(last));
  return parts.join('');
};

/**
 * Formats a number.
 *
 * http://snipplr.com/view/5945/javascript-numberformat--ported-from-php/
 */
util.formatNumber = function(number, decimals, dec_point, thousands_sep) {
  // http://kevin.vanzonneveld.net
  // +   original by: Jonas Raoni Soares Silva (http://www.jsfromhell.com)
  // +   improved by: Kevin van Zonneveld (http://kevin.vanzonneveld.net)
  // +     bugfix by: Michael White (http://crestidg.com)
  // +     bugfix by: Benjamin Lupton
  // +     bugfix by: Allan Jensen (http://www.winternet.no)
  // +    revised by: Jonas Raoni Soares Silva (http://www.jsfromhell.com)
  // *     example 1: number_format(1234.5678, 2, '.', '');
  // *     returns 1: 1234.57

  var n = number, c = isNaN(decimals = Math.abs(decimals)) ? 2 : decimals;
  var d = dec_point === undefined ? ',' : dec_point;
  var t = thousands_sep === undefined ?
   '.' : thousands_sep, s = n < 0 ? '-' : '';
  var i = parseInt((n = Math.abs(+n || 0).toFixed(c)), 10) + '';
  var j = (i.length > 3) ? i.length % 3 : 0;
  return s + (j ? i.substr(0, j) + t : '') +
    i.substr(j).replace(/(\d{3})(?=\d)/g, '$1' + t) +
    (c ? d + Math.abs(n - i).toFixed(c).slice(2) : '');
};

/**
 * Formats a byte size.
 *
 * http://snipplr.com/view/5949/format-humanize-file-byte-size-presentation-in-javascript/
 */
util.formatSize = function(size) {
  if(size >= 1073741824) {
    size = util.formatNumber(size / 1073741824, 2, '.', '') + ' GiB';
  } else if(size >= 1048576) {
    size = util.formatNumber(size / 1048576, 2, '.', '') + ' MiB';
  } else if(size >= 1024) {
    size = util.formatNumber(size / 1024, 0) + ' KiB';
  } else {
    size = util.formatNumber(size, 0) + ' bytes';
  }
  return size;
};

/**
 * Converts an IPv4 or IPv6 string representation into bytes (in network order).
 *
 * @param ip the IPv4 or IPv6 address to convert.
 *
 * @return the 4-byte IPv6 or 16-byte IPv6 address or null if the address can't
 *         be parsed.
 */
util.bytesFromIP = function(ip) {
  if(ip.indexOf('.') !== -1) {
    return util.bytesFromIPv4(ip);
  }
  if(ip.indexOf(':') !== -1) {
    return util.bytesFromIPv6(ip);
  }
  return null;
};

/**
 * Converts an IPv4 string representation into bytes (in network order).
 *
 * @param ip the IPv4 address to convert.
 *
 * @return the 4-byte address or null if the address can't be parsed.
 */
util.bytesFromIPv4 = function(ip) {
  ip = ip.split('.');
  if(ip.length !== 4) {
    return null;
  }
  var b = util.createBuffer();
  for(var i = 0; i < ip.length; ++i) {
    var num = parseInt(ip[i], 10);
    if(isNaN(num)) {
      return null;
    }
    b.putByte(num);
  }
  return b.getBytes();
};

/**
 * Converts an IPv6 string representation into bytes (in network order).
 *
 * @param ip the IPv6 address to convert.
 *
 * @return the 16-byte address or null if the address can't be parsed.
 */
util.bytesFromIPv6 = function(ip) {
  var blanks = 0;
  ip = ip.split(':').filter(function(e) {
    if(e.length === 0) ++blanks;
    return true;
  });
  var zeros = (8 - ip.length + blanks) * 2;
  var b = util.createBuffer();
  for(var i = 0; i < 8; ++i) {
    if(!ip[i] || ip[i].length === 0) {
      b.fillWithByte(0, zeros);
      zeros = 0;
      continue;
    }
    var bytes = util.hexToBytes(ip[i]);
    if(bytes.length < 2) {
      b.putByte(0);
    }
    b.putBytes(bytes);
  }
  return b.getBytes();
};

/**
 * Converts 4-bytes into an IPv4 string representation or 16-bytes into
 * an IPv6 string representation. The bytes must be in network order.
 *
 * @param bytes the bytes to convert.
 *
 * @return the IPv4 or IPv6 string representation if 4 or 16 bytes,
 *         respectively, are given, otherwise null.
 */
util.bytesToIP = function(bytes) {
  if(bytes.length === 4) {
    return util.bytesToIPv4(bytes);
  }
  if(bytes.length === 16) {
    return util.bytesToIPv6(bytes);
  }
  return null;
};

/**
 * Converts 4-bytes into an IPv4 string representation. The bytes must be
 * in network order.
 *
 * @param bytes the bytes to convert.
 *
 * @return the IPv4 string representation or null for an invalid # of bytes.
 */
util.bytesToIPv4 = function(bytes) {
  if(bytes.length !== 4) {
    return null;
  }
  var ip = [];
  for(var i = 0; i < bytes.length; ++i) {
    ip.push(bytes.charCodeAt(i));
  }
  return ip.join('.');
};

/**
 * Converts 16-bytes into an IPv16 string representation. The bytes must be
 * in network order.
 *
 * @param bytes the bytes to convert.
 *
 * @return the IPv16 string representation or null for an invalid # of bytes.
 */
util.bytesToIPv6 = function(bytes) {
  if(bytes.length !== 16) {
    return null;
  }
  var ip = [];
  var zeroGroups = [];
  var zeroMaxGroup = 0;
  for(var i = 0; i < bytes.length; i += 2) {
    var hex = util.bytesToHex(bytes[i] + bytes[i + 1]);
    // canonicalize zero representation
    while(hex[0] === '0' && hex !== '0') {
      hex = hex.substr(1);
    }
    if(hex === '0') {
      var last = zeroGroups[zeroGroups.length - 1];
      var idx = ip.length;
      if(!last || idx !== last.end + 1) {
        zeroGroups.push({start: idx, end: idx});
      } else {
        last.end = idx;
        if((last.end - last.start) >
          (zeroGroups[zeroMaxGroup].end - zeroGroups[zeroMaxGroup].start)) {
          zeroMaxGroup = zeroGroups.length - 1;
        }
      }
    }
    ip.push(hex);
  }
  if(zeroGroups.length > 0) {
    var group = zeroGroups[zeroMaxGroup];
    // only shorten group of length > 0
    if(group.end - group.start > 0) {
      ip.splice(group.start, group.end - group.start + 1, '');
      if(group.start === 0) {
        ip.unshift('');
      }
      if(group.end === 7) {
        ip.push('');
      }
    }
  }
  return ip.join(':');
};

/**
 * Estimates the number of processes that can be run concurrently. If
 * creating Web Workers, keep in mind that the main JavaScript process needs
 * its own core.
 *
 * @param options the options to use:
 *          update true to force an update (not use the cached value).
 * @param callback(err, max) called once the operation completes.
 */
util.estimateCores = function(options, callback) {
  if(typeof options === 'function') {
    callback = options;
    options = {};
  }
  options = options || {};
  if('cores' in util && !options.update) {
    return callback(null, util.cores);
  }
  if(typeof navigator !== 'undefined' &&
    'hardwareConcurrency' in navigator &&
    navigator.hardwareConcurrency > 0) {
    util.cores = navigator.hardwareConcurrency;
    return callback(null, util.cores);
  }
  if(typeof Worker === 'undefined') {
    // workers not available
    util.cores = 1;
    return callback(null, util.cores);
  }
  if(typeof Blob === 'undefined') {
    // can't estimate, default to 2
    util.cores = 2;
    return callback(null, util.cores);
  }

  // create worker concurrency estimation code as blob
  var blobUrl = URL.createObjectURL(new Blob(['(',
    function() {
      self.addEventListener('message', function(e) {
        // run worker for 4 ms
        var st = Date.now();
        var et = st + 4;
        while(Date.now() < et);
        self.postMessage({st: st, et: et});
      });
    }.toString(),
  ')()'], {type: 'application/javascript'}));

  // take 5 samples using 16 workers
  sample([], 5, 16);

  function sample(max, samples, numWorkers) {
    if(samples === 0) {
      // get overlap average
      var avg = Math.floor(max.reduce(function(avg, x) {
        return avg + x;
      }, 0) / max.length);
      util.cores = Math.max(1, avg);
      URL.revokeObjectURL(blobUrl);
      return callback(null, util.cores);
    }
    map(numWorkers, function(err, results) {
      max.push(reduce(numWorkers, results));
      sample(max, samples - 1, numWorkers);
    });
  }

  function map(numWorkers, callback) {
    var workers = [];
    var results = [];
    for(var i = 0; i < numWorkers; ++i) {
      var worker = new Worker(blobUrl);
      worker.addEventListener('message', function(e) {
        results.push(e.data);
        if(results.length === numWorkers) {
          for(var i = 0; i < numWorkers; ++i) {
            workers[i].terminate();
          }
          callback(null, results);
        }
      });
      workers.push(worker);
    }
    for(var i = 0; i < numWorkers; ++i) {
      workers[i].postMessage(i);
    }
  }

  function reduce(numWorkers, results) {
    // find overlapping time windows
    var overlaps = [];
    for(var n = 0; n < numWorkers; ++n) {
      var r1 = results[n];
      var overlap = overlaps[n] = [];
      for(var i = 0; i < numWorkers; ++i) {
        if(n === i) {
          continue;
        }
        var r2 = results[i];
        if((r1.st > r2.st && r1.st < r2.et) ||
          (r2.st > r1.st && r2.st < r1.et)) {
          overlap.push(i);
        }
      }
    }
    // get maximum overlaps ... don't include overlapping worker itself
    // as the main JS process was also being scheduled during the work and
    // would have to be subtracted from the estimate anyway
    return overlaps.reduce(function(max, overlap) {
      return Math.max(max, overlap.length);
    }, 0);
  }
};


/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CLOUDS),
/* harmony export */   v: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/** The national clouds Graph and Entra ID run in (REFERENCE §3). */
const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureUSGovernmentDoD', 'AzureChinaCloud'];
const CLOUDS = {
    AzureCloud: {
        graphEndpoint: 'https://graph.microsoft.com',
        authorityHost: 'https://login.microsoftonline.com',
        oidcAudience: 'api://AzureADTokenExchange',
    },
    AzureUSGovernment: {
        graphEndpoint: 'https://graph.microsoft.us',
        authorityHost: 'https://login.microsoftonline.us',
        oidcAudience: 'api://AzureADTokenExchangeUSGov',
    },
    AzureUSGovernmentDoD: {
        graphEndpoint: 'https://dod-graph.microsoft.us',
        authorityHost: 'https://login.microsoftonline.us',
        oidcAudience: 'api://AzureADTokenExchangeUSGov',
    },
    AzureChinaCloud: {
        graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        oidcAudience: 'api://AzureADTokenExchangeChina',
    },
};


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ih: () => (/* binding */ loadCertificate),
  Zf: () => (/* binding */ loadCertificateWithKey),
  X$: () => (/* binding */ readPkcs12),
  Vg: () => (/* binding */ requireRsaCertificate),
  L6: () => (/* binding */ thumbprintFromX5t)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/crypto/der.ts
var crypto_der = __nccwpck_require__(6434);
// EXTERNAL MODULE: ./src/crypto/pbe.ts + 1 modules
var pbe = __nccwpck_require__(9173);
;// CONCATENATED MODULE: ./src/crypto/key-algorithms.ts


/** 'RSA', 'RSA-PSS', 'EC (prime256v1)', 'DSA', 'Ed25519', … */
function keyAlgorithmName(key) {
    const type = key.asymmetricKeyType;
    if (type === undefined)
        return 'not an asymmetric key';
    // Stryker disable next-line OptionalChaining: Node gives every asymmetric key its details (an empty object for Ed25519); `?.` is for the type only
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'ec')
        return curve === undefined ? 'EC' : `EC (${curve})`;
    return KEY_TYPE_NAMES[type] ?? type.toUpperCase();
}
const KEY_TYPE_NAMES = {
    rsa: 'RSA',
    'rsa-pss': 'RSA-PSS',
    dsa: 'DSA',
    dh: 'DH',
    ed25519: 'Ed25519',
    ed448: 'Ed448',
    x25519: 'X25519',
    x448: 'X448',
};
/** Public key algorithms Node (OpenSSL 3's default provider) cannot decode. */
const UNREADABLE_KEY_ALGORITHMS = {
    '1.2.643.2.2.19': 'GOST R 34.10-2001',
    '1.2.643.7.1.1.1.1': 'GOST R 34.10-2012 (256 bit)',
    '1.2.643.7.1.1.1.2': 'GOST R 34.10-2012 (512 bit)',
    '1.2.156.10197.1.301': 'SM2',
};
/** The public key algorithm of a DER certificate, named when known, else as its OID. */
function certificateKeyAlgorithm(der) {
    try {
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        const [tbs] = (0,crypto_der/* sequence */.K2)((0,crypto_der/* parseDer */.zE)(der), 'Certificate');
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        const fields = (0,crypto_der/* sequence */.K2)(tbs, 'TBSCertificate');
        // version [0] is absent in v1 certificates: the key info is the 6th field after it.
        const spki = fields[(0,crypto_der/* isContextTag */.gb)(fields[0], 0) ? 6 : 5];
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        return namedOid((0,crypto_der/* oid */.jq)((0,crypto_der/* sequence */.K2)((0,crypto_der/* sequence */.K2)(spki, 'SubjectPublicKeyInfo')[0], 'algorithm')[0], 'algorithm'), UNREADABLE_KEY_ALGORITHMS);
    }
    catch (error) {
        // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
        if (error instanceof crypto_der/* Asn1Error */.mn)
            return 'an algorithm that could not be read';
        throw error;
    }
}
/** The algorithm of an unencrypted PKCS#8 key (PrivateKeyInfo: version, algorithm, key). */
function pkcs8KeyAlgorithm(der) {
    try {
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        const [, algorithm] = (0,crypto_der/* sequence */.K2)((0,crypto_der/* parseDer */.zE)(der), 'PrivateKeyInfo');
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        return namedOid((0,crypto_der/* oid */.jq)((0,crypto_der/* sequence */.K2)(algorithm, 'algorithm')[0], 'algorithm'), UNREADABLE_KEY_ALGORITHMS);
    }
    catch (error) {
        // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
        if (error instanceof crypto_der/* Asn1Error */.mn)
            return undefined;
        throw error;
    }
}
/** Ciphers and PBE schemes OpenSSL 3 keeps in its legacy provider, which Node does not load. */
const LEGACY_ENCRYPTION = {
    '1.3.14.3.2.7': 'des-cbc',
    '1.2.840.113549.3.2': 'rc2-cbc',
    '1.2.840.113549.1.5.1': 'pbeWithMD2AndDES-CBC',
    '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
    '1.2.840.113549.1.5.4': 'pbeWithMD2AndRC2-CBC',
    '1.2.840.113549.1.5.6': 'pbeWithMD5AndRC2-CBC',
    '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
    '1.2.840.113549.1.5.11': 'pbeWithSHA1AndRC2-CBC',
};
/** The scheme of an EncryptedPrivateKeyInfo, e.g. 'PBES2/des-cbc' or 'pbeWithSHAAnd40BitRC2-CBC'. */
function pkcs8Encryption(der) {
    try {
        // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
        const [algorithm] = (0,crypto_der/* sequence */.K2)((0,crypto_der/* parseDer */.zE)(der), 'EncryptedPrivateKeyInfo');
        // describeEncryption names what the PKCS#12 reader decrypts and leaves other schemes and
        // ciphers as dotted OIDs: those are named here (an OID's first arc is 0, 1 or 2).
        return (0,pbe/* describeEncryption */.zN)(algorithm).replace(/[0-2](?:\.\d+){3,}/g, (found) => LEGACY_ENCRYPTION[found] ?? found);
    }
    catch (error) {
        // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
        if (error instanceof crypto_der/* Asn1Error */.mn)
            return undefined;
        throw error;
    }
}
function namedOid(dotted, names) {
    const name = names[dotted];
    return name === undefined ? `OID ${dotted}` : `${name} (OID ${dotted})`;
}

// EXTERNAL MODULE: ./src/crypto/pem.ts
var pem = __nccwpck_require__(159);
// EXTERNAL MODULE: ./src/crypto/pkcs12.ts
var pkcs12 = __nccwpck_require__(1513);
;// CONCATENATED MODULE: ./src/crypto/certificates.ts
/**
 * Certificates and keys as users give them in the workflow: `certificate` and `new-certificate`
 * (public certificate only), `client-certificate` and `proof-certificate` (certificate with its
 * private key), `pkcs12` (a .pfx for B2C). Everything node:crypto can do is done by it; only
 * the PKCS#12 container is opened by pkcs12.ts.
 *
 * Every failure is an InputError naming the input; its message never quotes what the user
 * gave, since that may be a key, a password or a PFX.
 */





/** RS256 with a shorter key is refused by jose and by Entra ID alike. */
const MIN_RSA_BITS = 2048;
/** Why every certificate here must be RSA: said after the algorithm found. */
const NEEDS_RSA = 'B2C and Entra certificates need RSA';
/**
 * A public certificate: PEM (the first certificate block) or base64 DER, whitespace tolerated.
 * A private key in it is refused: these inputs are not secrets, so the key may already be exposed.
 */
function loadCertificate(text, input) {
    const normalised = (0,pem/* normalise */.j7)(text);
    if (normalised === '')
        throw new errors/* InputError */.d(input, 'is empty; give a PEM certificate or base64 DER');
    if ((0,pem/* isPem */.X3)(normalised)) {
        const blocks = (0,pem/* pemBlocks */.PQ)(normalised);
        if (blocks.some(pem/* isPrivateKeyBlock */.sV)) {
            throw new errors/* InputError */.d(input, 'holds a private key: this input takes the public certificate only and is not treated as a secret, so the key lines were masked ' +
                'but may already be in the workflow file or an earlier log. Remove the key block, and replace the key if it could have leaked');
        }
        const certificates = blocks.filter(pem/* isCertificateBlock */.Lv);
        const [first] = certificates;
        if (first === undefined)
            throw new errors/* InputError */.d(input, notACertificate(blocks));
        const certificate = describe(parseX509(first.text, input), input);
        return certificates.length > 1 ? { ...certificate, notice: chainNotice(input, certificate, certificates.length, 'the first') } : certificate;
    }
    const der = decodeBase64(normalised);
    if (der === undefined)
        throw new errors/* InputError */.d(input, notBase64(normalised, 'a PEM certificate or base64 DER'));
    if ((0,pkcs12/* looksLikePkcs12 */.mG)(der)) {
        throw new errors/* InputError */.d(input, 'is a PKCS#12 (.pfx) file; give the public certificate only (PEM or base64 DER)');
    }
    return describe(parseX509(der, input), input);
}
/**
 * A certificate with its private key: PEM holding both (key as PKCS#8, PKCS#1, encrypted PKCS#8
 * or legacy encrypted PEM, decrypted with `password`), or base64 PKCS#12 with `password`. The
 * key must belong to the certificate and be RSA, since everything it signs here is RS256.
 */
function loadCertificateWithKey(text, password, input) {
    const normalised = (0,pem/* normalise */.j7)(text);
    if (normalised === '')
        throw new errors/* InputError */.d(input, 'is empty; give PEM (certificate + private key) or base64 PKCS#12');
    if ((0,pem/* isPem */.X3)(normalised))
        return fromPem(normalised, password, input);
    const loaded = openPkcs12(normalised, password ?? '', input, 'PEM (certificate + private key) or base64 PKCS#12');
    requireRsa(loaded.privateKey, input, RS256_WHY);
    return { certificate: loaded.certificate, privateKey: loaded.privateKey, pem: loaded.pem };
}
/**
 * A base64 PKCS#12 for B2C's uploadPkcs12. The password is checked here, before anything is
 * sent; `encryption` lets the caller explain B2C's refusal of AES-encrypted files.
 */
function readPkcs12(base64, password, input) {
    if ((0,pem/* isPem */.X3)(base64)) {
        throw new errors/* InputError */.d(input, "is PEM, not base64 PKCS#12 (.pfx): make one with 'openssl pkcs12 -export -legacy -inkey key.pem -in cert.pem -out b2c.pfx' and give its base64, " +
            'or give a public certificate to upload-certificate instead');
    }
    const loaded = openPkcs12((0,pem/* normalise */.j7)(base64), password, input, 'base64 PKCS#12 (.pfx)');
    requireRsa(loaded.privateKey, input);
    return loaded;
}
/** Refuses a certificate whose key is not RSA: B2C keys and Entra proofs are RS256. */
function requireRsaCertificate(certificate, input, why) {
    if (certificate.isRsa)
        return certificate;
    throw new errors/* InputError */.d(input, `the key of certificate ${certificate.thumbprint} is ${certificate.keyAlgorithm}; ${NEEDS_RSA}: ${why}`);
}
/** The hex thumbprint (as the portal and customKeyIdentifier show it) behind an `x5t`. */
function thumbprintFromX5t(x5t) {
    return Buffer.from(x5t, 'base64url').toString('hex').toUpperCase();
}
function describe(x509, input) {
    const der = Buffer.from(x509.raw);
    const sha1 = (0,external_node_crypto_.createHash)('sha1').update(der).digest();
    const publicKey = readPublicKey(x509, der, input);
    return {
        der,
        thumbprint: sha1.toString('hex').toUpperCase(),
        x5t: sha1.toString('base64url'),
        notBefore: x509.validFromDate,
        notAfter: x509.validToDate,
        // Node gives undefined for an empty subject (`openssl req -subj /`).
        subject: x509.subject ? x509.subject.split('\n').join(', ') : 'empty subject',
        keyAlgorithm: keyAlgorithmName(publicKey),
        // 'rsa-pss' keys are restricted to PSS and cannot sign RS256.
        isRsa: publicKey.asymmetricKeyType === 'rsa',
    };
}
/** Node cannot decode some public keys (GOST, unknown OIDs): those are named from the DER instead. */
function readPublicKey(x509, der, input) {
    try {
        return x509.publicKey;
    }
    catch {
        throw new errors/* InputError */.d(input, `certificate's public key is ${certificateKeyAlgorithm(der)}, which cannot be read here; ${NEEDS_RSA}`);
    }
}
/** `Input 'x' holds 3 certificates (a chain): using the first, … ; the other 2 are ignored.` */
function chainNotice(input, used, count, which) {
    const others = count - 1;
    return (`Input '${input}' holds ${count} certificates (a chain): using ${which}, ${used.thumbprint} (${used.subject}); ` +
        `the other ${others === 1 ? 'one is' : `${others} are`} ignored.`);
}
/** What a PEM without a certificate holds instead, said so a person knows what to give. */
function notACertificate(blocks) {
    const labels = blocks.map((block) => block.label);
    if (labels.some((label) => label.includes('CERTIFICATE REQUEST'))) {
        return 'is a certificate signing request (CSR), not a certificate: give the certificate issued for it (PEM or base64 DER)';
    }
    if (labels.some((label) => label.endsWith('PUBLIC KEY'))) {
        return 'is a bare public key, not a certificate: give the certificate (PEM or base64 DER) that carries it';
    }
    if (labels.some((label) => label === 'PKCS7')) {
        return "is a PKCS#7 bundle: extract the certificate with 'openssl pkcs7 -print_certs' and give that";
    }
    return `is PEM but has no CERTIFICATE block${labels.length > 0 ? ` (found: ${[...new Set(labels)].join(', ')})` : ''}`;
}
/**
 * Why a value that is not PEM is not base64 either. A file path is the usual mistake: inputs
 * take the file's content, not its name. Base64 never holds '.', '\\', '~' or ':'.
 */
function notBase64(value, expected) {
    const path = value.length < 4096 && /^[\w.\\/~:-]+$/.test(value) && /[.\\~:]/.test(value);
    return path
        ? `looks like a file path, but takes the file's content: ${expected}, e.g. from a secret holding \`base64 -w0 <file>\``
        : `is not ${expected}`;
}
function parseX509(data, input) {
    try {
        return new external_node_crypto_.X509Certificate(data);
    }
    catch {
        throw new errors/* InputError */.d(input, 'is not a PEM certificate or base64 DER (the certificate does not parse)');
    }
}
/** Strict base64 (whitespace ignored); undefined when it is not base64. */
function decodeBase64(text) {
    const compact = text.replace(/\s/g, '');
    if (compact.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64');
}
function fromPem(text, password, input) {
    const blocks = (0,pem/* pemBlocks */.PQ)(text);
    const keyBlock = blocks.find(pem/* isPrivateKeyBlock */.sV);
    if (keyBlock === undefined) {
        const certificateOnly = blocks.some(pem/* isCertificateBlock */.Lv)
            ? 'has a certificate but no private key: give PEM with both (certificate + private key) or base64 PKCS#12'
            : 'has no private key block (PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY)';
        throw new errors/* InputError */.d(input, certificateOnly);
    }
    const privateKey = pemPrivateKey(keyBlock, password, input);
    // Checked before the certificates: a DSA or EC pair would otherwise pass as "matching".
    requireRsa(privateKey, input, RS256_WHY);
    const certificates = blocks.filter(pem/* isCertificateBlock */.Lv).map((b) => parseX509(b.text, input));
    if (certificates.length === 0)
        throw new errors/* InputError */.d(input, 'has a private key but no CERTIFICATE block');
    // A chain may come in any order: the certificate is the one the key belongs to
    // (checkPrivateKey compares the certificate's public key with the key's).
    const x509 = certificates.find((c) => c.checkPrivateKey(privateKey));
    if (x509 === undefined)
        throw new errors/* InputError */.d(input, 'private key does not belong to the certificate');
    return withKey(x509, privateKey, input, certificates.length);
}
const RS256_WHY = 'they sign RS256 (the proof-of-possession token and client assertions)';
function pemPrivateKey(block, password, input) {
    const encrypted = block.label === 'ENCRYPTED PRIVATE KEY' || block.text.includes('Proc-Type: 4,ENCRYPTED');
    if (encrypted && !password) {
        throw new errors/* InputError */.d(input, `private key is encrypted; set '${input}-password'`);
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)(encrypted ? { key: block.text, format: 'pem', passphrase: password } : block.text);
    }
    catch (error) {
        // Node's messages are safe but say nothing a user can act on; ours do.
        if (encrypted && isUnsupported(error))
            throw new errors/* InputError */.d(input, unsupportedEncryption(block));
        if (encrypted)
            throw new errors/* InputError */.d(input, `private key password is wrong (check '${input}-password')`);
        const algorithm = block.label === 'PRIVATE KEY' ? pkcs8KeyAlgorithm((0,pem/* pemBody */.zR)(block)) : undefined;
        if (algorithm !== undefined && isUnsupported(error))
            throw new errors/* InputError */.d(input, `private key is ${algorithm}, which cannot be read here; ${NEEDS_RSA}`);
        throw new errors/* InputError */.d(input, `the ${block.label} block does not parse`);
    }
}
/**
 * OpenSSL 3 without its legacy provider (as in Node) has no DES, RC2 or PBES1, nor decoders for
 * GOST or SM2 keys; its errors say 'unsupported' (ERR_OSSL_EVP_UNSUPPORTED, DECODER routines).
 */
function isUnsupported(error) {
    return /unsupported/i.test(String(error));
}
function unsupportedEncryption(block) {
    const cipher = block.label === 'ENCRYPTED PRIVATE KEY' ? pkcs8Encryption((0,pem/* pemBody */.zR)(block)) : /^DEK-Info: ([^,\r\n]+)/m.exec(block.text)?.[1];
    return (`private key is encrypted with ${cipher ?? 'a cipher'} that cannot be decrypted here (OpenSSL 3 keeps it in its legacy provider); ` +
        "re-encrypt it with AES: 'openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in old.pem -out new.pem'");
}
function openPkcs12(base64, password, input, expected) {
    if (base64 === '')
        throw new errors/* InputError */.d(input, 'is empty; give base64 PKCS#12 (.pfx)');
    const der = decodeBase64(base64);
    if (der === undefined)
        throw new errors/* InputError */.d(input, notBase64(base64, expected));
    const notPkcs12 = `is not ${expected}`;
    let contents;
    try {
        contents = (0,pkcs12/* parsePkcs12 */.qs)(der, password);
    }
    catch (error) {
        // Stryker disable next-line ConditionalExpression: parsePkcs12 throws only Pkcs12Error; the guard keeps a bug's TypeError from being read as a reason
        if (!(error instanceof pkcs12/* Pkcs12Error */.pK))
            throw error;
        switch (error.reason) {
            case 'not-pkcs12':
                throw new errors/* InputError */.d(input, notPkcs12);
            case 'wrong-password':
                throw new errors/* InputError */.d(input, `PKCS#12 password is wrong (or missing): check '${input}-password'`);
            case 'unsupported':
                throw new errors/* InputError */.d(input, `${error.message}; re-export it with 'openssl pkcs12 -export'`);
        }
    }
    const [privateKey, ...otherKeys] = contents.privateKeys;
    if (privateKey === undefined)
        throw new errors/* InputError */.d(input, 'PKCS#12 file has no private key');
    if (otherKeys.length > 0)
        throw new errors/* InputError */.d(input, 'PKCS#12 file has more than one private key; keep only one');
    const x509 = contents.certificates
        .map((der) => parseX509(der, input))
        .find((certificate) => certificate.checkPrivateKey(privateKey));
    if (x509 === undefined) {
        throw new errors/* InputError */.d(input, contents.certificates.length === 0
            ? 'PKCS#12 file has no certificate'
            : 'private key does not belong to the certificate (no certificate in the PKCS#12 file matches the key)');
    }
    return { ...withKey(x509, privateKey, input, contents.certificates.length), encryption: contents.encryption };
}
function withKey(x509, privateKey, input, count) {
    const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const described = describe(x509, input);
    const certificate = count > 1 ? { ...described, notice: chainNotice(input, described, count, 'the one the private key belongs to') } : described;
    return { certificate, privateKey, pem: `${x509.toString().trimEnd()}\n${keyPem}` };
}
function requireRsa(privateKey, input, why) {
    if (privateKey.asymmetricKeyType !== 'rsa') {
        throw new errors/* InputError */.d(input, `the key is ${keyAlgorithmName(privateKey)}; ${NEEDS_RSA}${why === undefined ? '' : `: ${why}`}`);
    }
    // Stryker disable next-line OptionalChaining: Node gives every asymmetric key its details; `?.` is for the type only
    const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
        throw new errors/* InputError */.d(input, `RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are needed`);
    }
}


/***/ }),

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ isInteger),
/* harmony export */   K2: () => (/* binding */ sequence),
/* harmony export */   YO: () => (/* binding */ smallInteger),
/* harmony export */   gb: () => (/* binding */ isContextTag),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   mn: () => (/* binding */ Asn1Error),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   wZ: () => (/* binding */ isSequence),
/* harmony export */   zE: () => (/* binding */ parseDer)
/* harmony export */ });
/**
 * A small read-only ASN.1 reader for the PKCS#12 container walk.
 *
 * node:crypto parses certificates and keys itself; this exists only because Node cannot open
 * PKCS#12 and the container around the keys has to be walked by hand. It accepts BER as well as
 * DER (indefinite lengths, constructed OCTET STRINGs) because some PKCS#12 writers emit BER.
 */
class Asn1Error extends Error {
    name = 'Asn1Error';
}
const UNIVERSAL = 0;
const CONTEXT = 2;
const Tag = {
    INTEGER: 2,
    OCTET_STRING: 4,
    OID: 6,
    SEQUENCE: 16,
};
// Real PKCS#12 files nest about ten levels deep; the cap keeps hostile input from exhausting the stack.
const MAX_DEPTH = 32;
/** Parses one element that must span the whole buffer. */
function parseDer(buffer) {
    const { element, end } = readElement(buffer, 0, 0);
    if (end !== buffer.length)
        throw new Asn1Error('trailing bytes after the ASN.1 element');
    return element;
}
function readElement(buffer, start, depth) {
    if (depth > MAX_DEPTH)
        throw new Asn1Error('ASN.1 nesting is too deep');
    let pos = start;
    const first = byteAt(buffer, pos++);
    const tagClass = first >> 6;
    const constructed = (first & 0x20) !== 0;
    let tagNumber = first & 0x1f;
    if (tagNumber === 0x1f) {
        // High tag numbers never occur in PKCS#12; refuse them rather than parse them half-way.
        throw new Asn1Error('unsupported high-number ASN.1 tag');
    }
    const lengthByte = byteAt(buffer, pos++);
    if (lengthByte === 0x80) {
        if (!constructed)
            throw new Asn1Error('indefinite length on a primitive ASN.1 element');
        const contentStart = pos;
        const children = [];
        for (;;) {
            if (byteAt(buffer, pos) === 0 && byteAt(buffer, pos + 1) === 0) {
                const content = buffer.subarray(contentStart, pos);
                pos += 2;
                return {
                    element: { tagClass, constructed, tagNumber, content, encoded: buffer.subarray(start, pos), children },
                    end: pos,
                };
            }
            const child = readElement(buffer, pos, depth + 1);
            children.push(child.element);
            pos = child.end;
        }
    }
    let length;
    if (lengthByte < 0x80) {
        length = lengthByte;
    }
    else {
        const count = lengthByte & 0x7f;
        // Four length octets already allow 4 GiB, far beyond any certificate bundle.
        if (count > 4)
            throw new Asn1Error('ASN.1 length is too large');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + byteAt(buffer, pos++);
    }
    const end = pos + length;
    if (end > buffer.length)
        throw new Asn1Error('ASN.1 element runs past the end of the data');
    const content = buffer.subarray(pos, end);
    const children = [];
    if (constructed) {
        let childPos = pos;
        while (childPos < end) {
            const child = readElement(buffer.subarray(0, end), childPos, depth + 1);
            children.push(child.element);
            childPos = child.end;
        }
    }
    return {
        element: { tagClass, constructed, tagNumber, content, encoded: buffer.subarray(start, end), children },
        end,
    };
}
function byteAt(buffer, pos) {
    const value = buffer[pos];
    if (value === undefined)
        throw new Asn1Error('ASN.1 data ends too early');
    return value;
}
function isUniversal(element, tagNumber) {
    return element.tagClass === UNIVERSAL && element.tagNumber === tagNumber;
}
/** The children of a SEQUENCE; `what` names the structure in the error. */
function sequence(element, what) {
    if (element === undefined || !isUniversal(element, Tag.SEQUENCE) || !element.constructed) {
        throw new Asn1Error(`${what}: expected a SEQUENCE`);
    }
    return element.children;
}
/** The element inside an explicit context tag `[n]`. */
function explicit(element, tagNumber, what) {
    if (element === undefined || element.tagClass !== CONTEXT || element.tagNumber !== tagNumber || !element.constructed) {
        throw new Asn1Error(`${what}: expected [${tagNumber}]`);
    }
    const inner = element.children[0];
    if (inner === undefined)
        throw new Asn1Error(`${what}: [${tagNumber}] is empty`);
    return inner;
}
function isContextTag(element, tagNumber) {
    return element !== undefined && element.tagClass === CONTEXT && element.tagNumber === tagNumber;
}
function isSequence(element) {
    return element !== undefined && isUniversal(element, Tag.SEQUENCE);
}
function isInteger(element) {
    return element !== undefined && isUniversal(element, Tag.INTEGER);
}
/** Dotted form of an OBJECT IDENTIFIER. */
function oid(element, what) {
    if (element === undefined || !isUniversal(element, Tag.OID) || element.content.length === 0) {
        throw new Asn1Error(`${what}: expected an OBJECT IDENTIFIER`);
    }
    const arcs = [];
    let value = 0;
    for (const byte of element.content) {
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            if (arcs.length === 0) {
                const firstArc = value < 40 ? 0 : value < 80 ? 1 : 2;
                arcs.push(firstArc, value - firstArc * 40);
            }
            else {
                arcs.push(value);
            }
            value = 0;
        }
    }
    return arcs.join('.');
}
/** A non-negative INTEGER small enough for a JavaScript number (versions, iteration counts). */
function smallInteger(element, what) {
    if (element === undefined || !isUniversal(element, Tag.INTEGER) || element.content.length === 0) {
        throw new Asn1Error(`${what}: expected an INTEGER`);
    }
    const bytes = element.content;
    if ((bytes[0] ?? 0) & 0x80)
        throw new Asn1Error(`${what}: negative INTEGER`);
    if (bytes.length > 6)
        throw new Asn1Error(`${what}: INTEGER is too large`);
    let value = 0;
    for (const byte of bytes)
        value = value * 256 + byte;
    return value;
}
/**
 * The octets of an OCTET STRING, joining the pieces of a constructed (BER) one. `implicitTag`
 * accepts an OCTET STRING that an IMPLICIT context tag has renamed.
 */
function octets(element, what, implicitTag) {
    const tagged = implicitTag !== undefined && isContextTag(element, implicitTag);
    if (element === undefined || (!tagged && !isUniversal(element, Tag.OCTET_STRING))) {
        throw new Asn1Error(`${what}: expected an OCTET STRING`);
    }
    if (!element.constructed)
        return element.content;
    return Buffer.concat(element.children.map((piece) => octets(piece, what)));
}


/***/ }),

/***/ 9173:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ll: () => (/* binding */ BadDecryptError),
  w7: () => (/* binding */ OID_PBES2),
  tt: () => (/* binding */ OID_PBE_SHA1_3DES),
  yN: () => (/* binding */ PKCS12_HASH),
  bK: () => (/* binding */ PKCS12_SHA1),
  bp: () => (/* binding */ UnsupportedAlgorithmError),
  VM: () => (/* binding */ bmpPassword),
  zN: () => (/* binding */ describeEncryption),
  BG: () => (/* binding */ encryptionAlgorithm),
  xZ: () => (/* binding */ iterationCount),
  BD: () => (/* binding */ pbeDecrypt),
  W: () => (/* binding */ pkcs12Kdf)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/crypto/der.ts
var der = __nccwpck_require__(6434);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/rc2.js
var rc2 = __nccwpck_require__(6893);
var rc2_default = /*#__PURE__*/__nccwpck_require__.n(rc2);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/util.js
var util = __nccwpck_require__(7456);
var util_default = /*#__PURE__*/__nccwpck_require__.n(util);
;// CONCATENATED MODULE: ./src/crypto/rc2.ts
/**
 * RC2-CBC decryption, the one primitive PKCS#12 needs that Node 24 lacks: OpenSSL 3 moved RC2
 * to its "legacy" provider, which Node does not load. `openssl pkcs12 -export -legacy` (and
 * Windows' default export) encrypts the certificates with pbeWithSHAAnd40BitRC2-CBC.
 *
 * Only node-forge's RC2 module (and the util module it needs) is imported, not the whole
 * library: forge's own PKCS#12 reader cannot open an AES-encrypted file whose password has
 * non-ASCII characters, so the container walk is ours (pkcs12.ts) on node:crypto.
 */


/** Decrypts `data`, which the caller has checked is whole blocks, and leaves the padding for the caller to check. */
function rc2CbcDecrypt(key, effectiveKeyBits, iv, data) {
    const cipher = rc2_default().createDecryptionCipher(key.toString('binary'), effectiveKeyBits);
    cipher.start(iv.toString('binary'), null);
    cipher.update(util_default().createBuffer(data.toString('binary')));
    // A padding callback that accepts everything leaves the padding in place for our own check.
    cipher.finish(() => true);
    return Buffer.from(cipher.output.getBytes(), 'binary');
}

;// CONCATENATED MODULE: ./src/crypto/pbe.ts
/**
 * Password-based decryption as PKCS#12 files use it: PBES2 (RFC 8018; what `openssl pkcs12
 * -export` writes since OpenSSL 3) and the older PKCS#12 PBE schemes (RFC 7292 appendix B+C;
 * what `-legacy` and Windows write). Everything runs on node:crypto except RC2 (rc2.ts).
 */



/** The ciphertext did not decrypt: with a verified MAC this means an unusual password encoding. */
class BadDecryptError extends Error {
    name = 'BadDecryptError';
}
/** An algorithm this reader does not implement; `algorithm` is safe to show. */
class UnsupportedAlgorithmError extends Error {
    algorithm;
    name = 'UnsupportedAlgorithmError';
    constructor(algorithm) {
        super(`unsupported algorithm ${algorithm}`);
        this.algorithm = algorithm;
    }
}
const OID_PBES2 = '1.2.840.113549.1.5.13';
const OID_PBKDF2 = '1.2.840.113549.1.5.12';
/** PKCS#12 PBE schemes (RFC 7292 appendix C) → cipher; all derive keys with SHA-1. */
const PKCS12_PBE = {
    '1.2.840.113549.1.12.1.3': { name: 'pbeWithSHAAnd3-KeyTripleDES-CBC', cipher: 'des-ede3', keyLength: 24 },
    '1.2.840.113549.1.12.1.4': { name: 'pbeWithSHAAnd2-KeyTripleDES-CBC', cipher: 'des-ede', keyLength: 16 },
    '1.2.840.113549.1.12.1.5': { name: 'pbeWithSHAAnd128BitRC2-CBC', cipher: 'rc2', keyLength: 16 },
    '1.2.840.113549.1.12.1.6': { name: 'pbeWithSHAAnd40BitRC2-CBC', cipher: 'rc2', keyLength: 5 },
};
const OID_PBE_SHA1_3DES = '1.2.840.113549.1.12.1.3';
const PBKDF2_PRF = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
const PBES2_CIPHER = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
    '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};
/** SHA-1 for the PKCS#12 KDF: what every PKCS#12 PBE scheme and the legacy MAC use. */
const PKCS12_SHA1 = { name: 'sha1', blockSize: 64 };
/** Hashes the PKCS#12 KDF and MAC may use, with their input block size `v` (RFC 7292 B.2). */
const PKCS12_HASH = {
    '1.3.14.3.2.26': PKCS12_SHA1,
    '2.16.840.1.101.3.4.2.4': { name: 'sha224', blockSize: 64 },
    '2.16.840.1.101.3.4.2.1': { name: 'sha256', blockSize: 64 },
    '2.16.840.1.101.3.4.2.2': { name: 'sha384', blockSize: 128 },
    '2.16.840.1.101.3.4.2.3': { name: 'sha512', blockSize: 128 },
};
// Files in the wild use 1 to a few hundred thousand; this bound stops a corrupt count from
// keeping the runner busy for hours.
const MAX_ITERATIONS = 10_000_000;
function iterationCount(element, what) {
    const count = (0,der/* smallInteger */.YO)(element, what);
    if (count < 1 || count > MAX_ITERATIONS)
        throw new der/* Asn1Error */.mn(`${what}: iteration count ${count} is out of range`);
    return count;
}
/**
 * The password as the PKCS#12 KDF wants it: a BMPString (UTF-16BE) with a two-byte terminator.
 * `null` gives the empty encoding that some writers use for "no password" (OpenSSL tries both).
 */
function bmpPassword(password) {
    if (password === null)
        return Buffer.alloc(0);
    return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}
/** RFC 7292 appendix B.2. `id` 1 = key, 2 = IV, 3 = MAC key. */
function pkcs12Kdf(hash, password, salt, id, iterations, length) {
    const v = hash.blockSize;
    const repeatToBlocks = (data) => {
        const size = v * Math.ceil(data.length / v);
        const out = Buffer.alloc(size);
        // Stryker disable next-line EqualityOperator: one more turn writes past the Buffer's end, which Node ignores
        for (let i = 0; i < size; i++)
            out[i] = data[i % data.length] ?? 0;
        return out;
    };
    const diversifier = Buffer.alloc(v, id);
    const input = Buffer.concat([repeatToBlocks(salt), repeatToBlocks(password)]);
    const output = [];
    let produced = 0;
    for (;;) {
        let a = (0,external_node_crypto_.createHash)(hash.name).update(diversifier).update(input).digest();
        for (let i = 1; i < iterations; i++)
            a = (0,external_node_crypto_.createHash)(hash.name).update(a).digest();
        output.push(a);
        produced += a.length;
        // Stryker disable next-line EqualityOperator: one more block is hashed and then cut off by subarray
        if (produced >= length)
            break;
        // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes, for each v-byte block I_j.
        const b = Buffer.alloc(v);
        // Stryker disable next-line EqualityOperator: one more turn writes past the Buffer's end, which Node ignores
        for (let i = 0; i < v; i++)
            b[i] = a[i % a.length] ?? 0;
        // Stryker disable next-line EqualityOperator: a block starting at the end only writes past the Buffer's end, which Node ignores
        for (let block = 0; block < input.length; block += v) {
            let carry = 1;
            for (let i = v - 1; i >= 0; i--) {
                const sum = (input[block + i] ?? 0) + (b[i] ?? 0) + carry;
                input[block + i] = sum & 0xff;
                carry = sum >> 8;
            }
        }
    }
    return Buffer.concat(output).subarray(0, length);
}
/** An encryption AlgorithmIdentifier: its scheme OID and the scheme's parameters. */
function encryptionAlgorithm(algorithm) {
    const [algorithmId, parameters] = (0,der/* sequence */.K2)(algorithm, 'encryption algorithm');
    return { scheme: (0,der/* oid */.jq)(algorithmId, 'encryption algorithm'), parameters };
}
/** PBES2-params ::= SEQUENCE { keyDerivationFunc, encryptionScheme }, with the cipher's OID and IV. */
function pbes2Parameters(parameters) {
    const [kdf, scheme] = (0,der/* sequence */.K2)(parameters, 'PBES2 parameters');
    const [cipherId, iv] = (0,der/* sequence */.K2)(scheme, 'PBES2 encryption scheme');
    return { kdf, cipherOid: (0,der/* oid */.jq)(cipherId, 'PBES2 encryption scheme'), iv };
}
/** A readable name for an encryption AlgorithmIdentifier, for the caller's diagnostics. */
function describeEncryption(algorithm) {
    const { scheme, parameters } = encryptionAlgorithm(algorithm);
    if (scheme === OID_PBES2) {
        const { cipherOid } = pbes2Parameters(parameters);
        return `PBES2/${PBES2_CIPHER[cipherOid]?.name ?? cipherOid}`;
    }
    return PKCS12_PBE[scheme]?.name ?? scheme;
}
/**
 * Decrypts `data` under the AlgorithmIdentifier `algorithm`. PBES2 takes the password as UTF-8
 * bytes, the PKCS#12 schemes as BMPString (`bmp`): the same rules OpenSSL follows.
 */
function pbeDecrypt(algorithm, data, password, bmp) {
    const { scheme: algorithmOid, parameters } = encryptionAlgorithm(algorithm);
    // Buffer.from encodes a string as UTF-8.
    if (algorithmOid === OID_PBES2)
        return pbes2Decrypt(parameters, data, Buffer.from(password));
    const scheme = PKCS12_PBE[algorithmOid];
    if (scheme === undefined)
        throw new UnsupportedAlgorithmError(algorithmOid);
    const [salt, iterations] = (0,der/* sequence */.K2)(parameters, `${scheme.name} parameters`);
    const saltBytes = (0,der/* octets */.tu)(salt, `${scheme.name} salt`);
    const count = iterationCount(iterations, `${scheme.name} iterations`);
    const key = pkcs12Kdf(PKCS12_SHA1, bmp, saltBytes, 1, count, scheme.keyLength);
    const iv = pkcs12Kdf(PKCS12_SHA1, bmp, saltBytes, 2, count, 8);
    switch (scheme.cipher) {
        case 'des-ede3':
            return decryptCbc('des-ede3-cbc', key, iv, data);
        case 'des-ede':
            // Two-key triple DES is three-key triple DES with K3 = K1.
            return decryptCbc('des-ede3-cbc', Buffer.concat([key, key.subarray(0, 8)]), iv, data);
        case 'rc2':
            requireWholeBlocks(data, 8);
            return unpad(rc2CbcDecrypt(key, key.length * 8, iv, data), 8);
    }
}
function pbes2Decrypt(parameters, data, password) {
    const { kdf, cipherOid, iv: ivElement } = pbes2Parameters(parameters);
    const [kdfId, kdfParameters] = (0,der/* sequence */.K2)(kdf, 'PBES2 key derivation');
    const kdfOid = (0,der/* oid */.jq)(kdfId, 'PBES2 key derivation');
    if (kdfOid !== OID_PBKDF2)
        throw new UnsupportedAlgorithmError(`PBES2 key derivation ${kdfOid}`);
    // PBKDF2-params ::= SEQUENCE { salt, iterationCount, keyLength OPTIONAL, prf DEFAULT hmacWithSHA1 }
    const fields = [...(0,der/* sequence */.K2)(kdfParameters, 'PBKDF2 parameters')];
    const salt = (0,der/* octets */.tu)(fields.shift(), 'PBKDF2 salt');
    const iterations = iterationCount(fields.shift(), 'PBKDF2 iterations');
    const keyLength = (0,der/* isInteger */.Fq)(fields[0]) ? (0,der/* smallInteger */.YO)(fields.shift(), 'PBKDF2 key length') : undefined;
    let digest = 'sha1';
    if ((0,der/* isSequence */.wZ)(fields[0])) {
        const prfOid = (0,der/* oid */.jq)((0,der/* sequence */.K2)(fields[0], 'PBKDF2 PRF')[0], 'PBKDF2 PRF');
        const prf = PBKDF2_PRF[prfOid];
        if (prf === undefined)
            throw new UnsupportedAlgorithmError(`PBKDF2 PRF ${prfOid}`);
        digest = prf;
    }
    const cipher = PBES2_CIPHER[cipherOid];
    if (cipher === undefined)
        throw new UnsupportedAlgorithmError(`PBES2 cipher ${cipherOid}`);
    if (keyLength !== undefined && keyLength !== cipher.keyLength) {
        throw new der/* Asn1Error */.mn('PBKDF2 key length does not fit the cipher');
    }
    const iv = (0,der/* octets */.tu)(ivElement, 'PBES2 IV');
    return decryptCbc(cipher.name, (0,external_node_crypto_.pbkdf2Sync)(password, salt, iterations, cipher.keyLength, digest), iv, data);
}
function requireWholeBlocks(data, blockSize) {
    if (data.length === 0 || data.length % blockSize !== 0)
        throw new BadDecryptError('ciphertext is not a whole number of blocks');
}
/** CBC decryption on node:crypto, then the PKCS#7 padding check. */
function decryptCbc(cipherName, key, iv, data) {
    const blockSize = cipherName.startsWith('aes') ? 16 : 8;
    requireWholeBlocks(data, blockSize);
    let decipher;
    try {
        decipher = (0,external_node_crypto_.createDecipheriv)(cipherName, key, iv);
    }
    catch {
        // A wrong IV length: the file is malformed, not the password wrong.
        throw new der/* Asn1Error */.mn(`invalid ${cipherName} parameters`);
    }
    decipher.setAutoPadding(false);
    return unpad(Buffer.concat([decipher.update(data), decipher.final()]), blockSize);
}
/**
 * PKCS#7 padding check: with a wrong key it fails about 255 times in 256. `plain` is whole
 * blocks (or empty, count 0), so a count within the block size is within the data.
 */
function unpad(plain, blockSize) {
    const count = plain[plain.length - 1] ?? 0;
    if (count < 1 || count > blockSize)
        throw new BadDecryptError('bad padding');
    for (let i = plain.length - count; i < plain.length; i++) {
        if (plain[i] !== count)
            throw new BadDecryptError('bad padding');
    }
    return plain.subarray(0, plain.length - count);
}


/***/ }),

/***/ 159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ isCertificateBlock),
/* harmony export */   P5: () => (/* binding */ privateKeyBlocks),
/* harmony export */   PQ: () => (/* binding */ pemBlocks),
/* harmony export */   X3: () => (/* binding */ isPem),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   sV: () => (/* binding */ isPrivateKeyBlock),
/* harmony export */   zR: () => (/* binding */ pemBody)
/* harmony export */ });
/**
 * PEM as users paste it: blocks found by label, literal "\n" turned into line breaks, and the
 * labels older tools write for the same contents.
 */
/** Labels OpenSSL reads as a certificate; the last one carries trust settings after the certificate. */
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
function pemBlocks(text) {
    const blocks = [];
    for (const match of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)) {
        blocks.push({ label: String(match[1]), text: `${match[0]}\n` });
    }
    return blocks;
}
function isPem(text) {
    return text.includes('-----BEGIN ');
}
/** PRIVATE KEY, RSA/DSA/EC PRIVATE KEY, ENCRYPTED PRIVATE KEY, OPENSSH PRIVATE KEY, … */
function isPrivateKeyBlock(block) {
    return block.label.endsWith('PRIVATE KEY');
}
function isCertificateBlock(block) {
    return CERTIFICATE_LABELS.has(block.label);
}
/**
 * Trims, and turns literal "\n" into line breaks: PEM pasted into a one-line secret or YAML
 * string often arrives that way.
 */
function normalise(text) {
    const trimmed = text.trim();
    return isPem(trimmed) && !trimmed.includes('\n') ? trimmed.replaceAll('\\n', '\n') : trimmed;
}
/** The base64 body of a block (headers and armour left out). */
function pemBody(block) {
    const lines = block.text.split(/\r?\n/).filter((line) => !line.startsWith('-----') && !line.includes(':'));
    return Buffer.from(lines.join(''), 'base64');
}
/**
 * The private key blocks of an input that should hold none (a public certificate): the runner
 * masks them line by line before the step refuses the input.
 */
function privateKeyBlocks(text) {
    return pemBlocks(normalise(text))
        .filter(isPrivateKeyBlock)
        .map((block) => block.text);
}


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mG: () => (/* binding */ looksLikePkcs12),
/* harmony export */   pK: () => (/* binding */ Pkcs12Error),
/* harmony export */   qs: () => (/* binding */ parsePkcs12)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6434);
/* harmony import */ var _pbe_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9173);
/**
 * Opens a PKCS#12 (.pfx) file: verifies its MAC, decrypts its bags and returns the certificates
 * and private keys in it. This is the only module that knows the PKCS#12 layout (RFC 7292), so
 * the implementation can be swapped without touching its callers.
 *
 * Why our own walk and not a library: Node 24 cannot read PKCS#12, node-forge's reader (the
 * usual choice) fails on OpenSSL 3's default AES file when the password has non-ASCII
 * characters (it feeds PBKDF2 Latin-1 instead of UTF-8), and PKI.js has no PKCS#12 PBE at all.
 * The walk is small; MAC, KDFs, AES and 3DES run on node:crypto, RC2 on node-forge's module.
 *
 * Messages of the errors thrown here never carry secret material: they name structures and
 * algorithms only.
 */



class Pkcs12Error extends Error {
    reason;
    name = 'Pkcs12Error';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
const OID = {
    data: '1.2.840.113549.1.7.1',
    encryptedData: '1.2.840.113549.1.7.6',
    keyBag: '1.2.840.113549.1.12.10.1.1',
    pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    safeContentsBag: '1.2.840.113549.1.12.10.1.6',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    pbmac1: '1.2.840.113549.1.5.14',
};
/** Does the buffer look like a PKCS#12 file (so a caller can give a better hint)? */
function looksLikePkcs12(der) {
    try {
        const { version, contentType } = pfxEnvelope(der);
        return version === 3 && contentType.startsWith('1.2.840.113549.1.7.');
    }
    catch {
        return false;
    }
}
/** PFX ::= SEQUENCE { version, authSafe ContentInfo, macData OPTIONAL }, read as far as the authSafe's type. */
function pfxEnvelope(der) {
    const [version, authSafeInfo, mac] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)(der), 'PFX');
    const [contentType, content] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(authSafeInfo, 'authSafe');
    return { version: (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .smallInteger */ .YO)(version, 'PFX version'), contentType: (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oid */ .jq)(contentType, 'authSafe content type'), content, mac };
}
function parsePkcs12(der, password) {
    let authSafe;
    let macData;
    try {
        const { version, contentType, content, mac } = pfxEnvelope(der);
        if (version !== 3)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .Asn1Error */ .mn('PFX version is not 3');
        if (contentType !== OID.data) {
            // The public-key integrity mode (signedData) is legal but no tool in this field writes it.
            throw new Pkcs12Error('unsupported', 'the PKCS#12 file uses public-key integrity (signedData), which is not supported');
        }
        authSafe = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .explicit */ .pc)(content, 0, 'authSafe content'), 'authSafe content');
        macData = mac;
    }
    catch (error) {
        if (!(error instanceof _der_js__WEBPACK_IMPORTED_MODULE_1__/* .Asn1Error */ .mn))
            throw error;
        // Which structure failed tells a damaged file from data that never was PKCS#12.
        throw new Pkcs12Error('not-pkcs12', `the data is not a PKCS#12 file (${error.message})`);
    }
    try {
        const bmp = verifyMac(macData, authSafe, password);
        const found = { certificates: [], privateKeys: [], pbes2: false, keySchemes: [] };
        const safes = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)(authSafe), 'AuthenticatedSafe');
        for (const safe of safes)
            readContentInfo(safe, password, bmp, found);
        return {
            certificates: found.certificates,
            privateKeys: found.privateKeys,
            encryption: classify(found),
        };
    }
    catch (error) {
        if (error instanceof _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedAlgorithmError */ .bp) {
            throw new Pkcs12Error('unsupported', `the PKCS#12 file uses an unsupported algorithm (${error.algorithm})`);
        }
        if (error instanceof _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .BadDecryptError */ .Ll) {
            throw new Pkcs12Error('wrong-password', `the PKCS#12 contents did not decrypt with this password (${error.message})`);
        }
        // Stryker disable next-line ConditionalExpression: only Asn1Error is left to reach here; the guard keeps a bug's TypeError from passing as a damaged file
        if (error instanceof _der_js__WEBPACK_IMPORTED_MODULE_1__/* .Asn1Error */ .mn)
            throw new Pkcs12Error('not-pkcs12', `the PKCS#12 file is malformed (${error.message})`);
        throw error;
    }
}
function classify(found) {
    if (found.pbes2)
        return 'aes-pbes2';
    const keys = found.privateKeys.length;
    if (keys > 0 && found.keySchemes.length === keys && found.keySchemes.every((scheme) => scheme === _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .OID_PBE_SHA1_3DES */ .tt)) {
        return 'legacy-3des';
    }
    return 'other';
}
/** The scheme OID of an encryption AlgorithmIdentifier, noting PBES2 for `classify`. */
function encryptionScheme(algorithm, found) {
    const { scheme } = (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .encryptionAlgorithm */ .BG)(algorithm);
    found.pbes2 ||= scheme === _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .OID_PBES2 */ .w7;
    return scheme;
}
/**
 * Checks the password against the MAC, the only reliable "wrong password" signal. Returns the
 * BMPString encoding that matched: for an empty password OpenSSL accepts either the two-byte
 * terminator or nothing at all, so both are tried.
 */
function verifyMac(macData, authSafe, password) {
    if (macData === undefined)
        return (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .bmpPassword */ .VM)(password);
    const [digestInfo, saltElement, iterationsElement] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(macData, 'MacData');
    const [algorithm, digestElement] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(digestInfo, 'MAC DigestInfo');
    const algorithmOid = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oid */ .jq)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(algorithm, 'MAC algorithm')[0], 'MAC algorithm');
    if (algorithmOid === OID.pbmac1)
        throw new _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedAlgorithmError */ .bp('PBMAC1 integrity (RFC 9579)');
    const hash = _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .PKCS12_HASH */ .yN[algorithmOid];
    if (hash === undefined)
        throw new _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedAlgorithmError */ .bp(`MAC digest ${algorithmOid}`);
    const expected = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)(digestElement, 'MAC digest');
    const salt = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)(saltElement, 'MAC salt');
    // iterations INTEGER DEFAULT 1
    const iterations = iterationsElement === undefined ? 1 : (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .iterationCount */ .xZ)(iterationsElement, 'MAC iterations');
    const candidates = password === '' ? [(0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .bmpPassword */ .VM)(''), (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .bmpPassword */ .VM)(null)] : [(0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .bmpPassword */ .VM)(password)];
    for (const bmp of candidates) {
        const digestLength = expected.length;
        const key = (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .pkcs12Kdf */ .W)(hash, bmp, salt, 3, iterations, digestLength);
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(hash.name, key).update(authSafe).digest();
        if (actual.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected))
            return bmp;
    }
    throw new Pkcs12Error('wrong-password', 'the PKCS#12 MAC does not verify with this password');
}
function readContentInfo(contentInfo, password, bmp, found) {
    const [contentType, content] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(contentInfo, 'ContentInfo');
    const type = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oid */ .jq)(contentType, 'ContentInfo type');
    if (type === OID.data) {
        readSafeContents((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .explicit */ .pc)(content, 0, 'data'), 'data')), password, bmp, found);
        return;
    }
    if (type === OID.encryptedData) {
        // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo ::= SEQUENCE {
        //   contentType, contentEncryptionAlgorithm, encryptedContent [0] IMPLICIT OCTET STRING } }
        const [, encryptedContentInfo] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .explicit */ .pc)(content, 0, 'encryptedData'), 'EncryptedData');
        const [, algorithm, encrypted] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(encryptedContentInfo, 'EncryptedContentInfo');
        encryptionScheme(algorithm, found);
        if (!(0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .isContextTag */ .gb)(encrypted, 0))
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .Asn1Error */ .mn('encryptedContent: expected [0]');
        const plain = (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .pbeDecrypt */ .BD)(algorithm, (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)(encrypted, 'encryptedContent', 0), password, bmp);
        readSafeContents(decryptedDer(plain, 'SafeContents'), password, bmp, found);
        return;
    }
    // envelopedData (public-key privacy) needs a private key we do not have.
    throw new _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedAlgorithmError */ .bp(`content type ${type}`);
}
/** Decrypted bytes that are not DER mean the key was wrong even though the padding looked right. */
function decryptedDer(plain, what) {
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDer */ .zE)(plain);
    }
    catch {
        throw new _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .BadDecryptError */ .Ll(`decrypted ${what} are not DER`);
    }
}
function readSafeContents(safeContents, password, bmp, found) {
    for (const bag of (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(safeContents, 'SafeContents'))
        readSafeBag(bag, password, bmp, found);
}
function readSafeBag(bag, password, bmp, found) {
    const [bagId, bagValue] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(bag, 'SafeBag');
    const type = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oid */ .jq)(bagId, 'SafeBag type');
    const value = () => (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .explicit */ .pc)(bagValue, 0, 'SafeBag value');
    switch (type) {
        case OID.keyBag:
            found.privateKeys.push(pkcs8Key(value().encoded, false));
            return;
        case OID.pkcs8ShroudedKeyBag: {
            // EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm, encryptedData OCTET STRING }
            const [algorithm, encrypted] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(value(), 'EncryptedPrivateKeyInfo');
            found.keySchemes.push(encryptionScheme(algorithm, found));
            const plain = (0,_pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .pbeDecrypt */ .BD)(algorithm, (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)(encrypted, 'encryptedData'), password, bmp);
            found.privateKeys.push(pkcs8Key(plain, true));
            return;
        }
        case OID.certBag: {
            const [certId, certValue] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequence */ .K2)(value(), 'CertBag');
            // sdsiCertificate bags exist in theory only; skip anything that is not X.509.
            if ((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oid */ .jq)(certId, 'CertBag type') === OID.x509Certificate) {
                found.certificates.push((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .octets */ .tu)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .explicit */ .pc)(certValue, 0, 'CertBag value'), 'CertBag value'));
            }
            return;
        }
        case OID.safeContentsBag:
            readSafeContents(value(), password, bmp, found);
            return;
        // crlBag, secretBag: nothing this action needs.
    }
}
function pkcs8Key(der, decrypted) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    catch {
        // Decrypted bytes with valid padding that are no key: a wrong password in a file without MAC.
        if (decrypted)
            throw new _pbe_js__WEBPACK_IMPORTED_MODULE_2__/* .BadDecryptError */ .Ll('decrypted private key is not PKCS#8');
        throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .Asn1Error */ .mn('keyBag does not hold a PKCS#8 private key');
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   f: () => (/* binding */ ActionableError)
/* harmony export */ });
/**
 * A problem with what the user wrote in the workflow. Raised before any request is sent; main
 * reports it as one `::error::` line that names the input.
 */
class InputError extends Error {
    input;
    problem;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.input = input;
        this.problem = problem;
    }
}
/**
 * A failure the user can act on that is not bad input: a service refusal explained, a
 * precondition not met (for example, the proof certificate is not on the target).
 */
class ActionableError extends Error {
    name = 'ActionableError';
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _net_early_start_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8850);
// The entry chunk stays small: it starts the run's connections, then loads the rest of the action.

const settings = await (0,_net_early_start_js__WEBPACK_IMPORTED_MODULE_0__/* .openEarlyFromEnvironment */ .Z)(process.env);
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(83), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1566));
await run(undefined, undefined, settings);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ CERTIFICATE_INPUTS),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   py: () => (/* binding */ OUTPUTS)
/* harmony export */ });
/**
 * The names of every action input, in one place: settings, masking and the tests refer to these
 * constants, and a test keeps them equal to action.yml.
 */
const INPUTS = {
    operation: 'operation',
    tenantId: 'tenant-id',
    clientId: 'client-id',
    auth: 'auth',
    clientSecret: 'client-secret',
    clientCertificate: 'client-certificate',
    clientCertificatePassword: 'client-certificate-password',
    oidcAudience: 'oidc-audience',
    cloud: 'cloud',
    graphEndpoint: 'graph-endpoint',
    authorityHost: 'authority-host',
    keyset: 'keyset',
    createIfMissing: 'create-if-missing',
    use: 'use',
    keyType: 'key-type',
    secret: 'secret',
    certificate: 'certificate',
    pkcs12: 'pkcs12',
    pkcs12Password: 'pkcs12-password',
    notBefore: 'not-before',
    expires: 'expires',
    rotateIfExpiringWithin: 'rotate-if-expiring-within',
    application: 'application',
    target: 'target',
    proofCertificate: 'proof-certificate',
    proofCertificatePassword: 'proof-certificate-password',
    newCertificate: 'new-certificate',
    keyDisplayName: 'key-display-name',
    keyId: 'key-id',
    allowUnsafeRemoval: 'allow-unsafe-removal',
    keyVault: 'key-vault',
    keyVaultCertificate: 'key-vault-certificate',
    proofKeyVaultCertificate: 'proof-key-vault-certificate',
    removeSupersededAfter: 'remove-superseded-after',
    dryRun: 'dry-run',
    auditScope: 'audit-scope',
    warnWithin: 'warn-within',
    failOn: 'fail-on',
    issueOn: 'issue-on',
    githubToken: 'github-token',
    manifest: 'manifest',
};
/** Inputs whose values are secret: masked before anything else runs. */
const SECRET_INPUTS = [
    INPUTS.clientSecret,
    INPUTS.clientCertificate,
    INPUTS.clientCertificatePassword,
    INPUTS.secret,
    INPUTS.pkcs12,
    INPUTS.pkcs12Password,
    INPUTS.proofCertificate,
    INPUTS.proofCertificatePassword,
    INPUTS.githubToken,
];
/** Inputs that take a public certificate: not secrets, but a private key pasted into one is masked before it is refused. */
const CERTIFICATE_INPUTS = [INPUTS.certificate, INPUTS.newCertificate];
const OUTPUTS = {
    kid: 'kid',
    keysetId: 'keyset-id',
    notBefore: 'not-before',
    expires: 'expires',
    thumbprint: 'thumbprint',
    previousKid: 'previous-kid',
    actionTaken: 'action-taken',
    report: 'report',
    expiringCount: 'expiring-count',
    criticalCount: 'critical-count',
    removedKids: 'removed-kids',
    kids: 'kids',
};


/***/ }),

/***/ 4738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ normaliseKeysetId)
/* harmony export */ });
/* unused harmony export KEYSET_PREFIX */
/**
 * B2C stores every keyset id with a `B2C_1A_` prefix and adds it on create. Users type ids
 * with and without it, and some tools prefix blindly (`B2C_1A_B2C_1A_x`), so the action
 * reduces any number of prefixes, in any case, to exactly one.
 */
const KEYSET_PREFIX = 'B2C_1A_';
const LEADING_PREFIXES = /^(?:B2C_1A_)+/i;
function normaliseKeysetId(name) {
    return KEYSET_PREFIX + name.trim().replace(LEADING_PREFIXES, '');
}


/***/ }),

/***/ 9896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   a0: () => (/* binding */ readKeyVault),
/* harmony export */   to: () => (/* binding */ readCertificateRef)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** The vault data-plane resource and DNS suffix of each cloud (REFERENCE §7). */
const VAULT_CLOUDS = {
    AzureCloud: { resource: 'https://vault.azure.net', suffix: '.vault.azure.net' },
    AzureUSGovernment: { resource: 'https://vault.usgovcloudapi.net', suffix: '.vault.usgovcloudapi.net' },
    AzureUSGovernmentDoD: { resource: 'https://vault.usgovcloudapi.net', suffix: '.vault.usgovcloudapi.net' },
    AzureChinaCloud: { resource: 'https://vault.azure.cn', suffix: '.vault.azure.cn' },
};
// Vault names: 3-24 characters, letters, digits and dashes, starting with a letter.
const VAULT_NAME = /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/i;
const CERTIFICATE_NAME = /^[A-Za-z0-9-]{1,127}$/;
const VERSION = /^[0-9a-f]{32}$/i;
const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** `contoso-kv` or `https://contoso-kv.vault.azure.net`; loopback https URLs for emulators. */
function readKeyVault(value, cloud, input) {
    const { resource, suffix } = VAULT_CLOUDS[cloud];
    const scope = `${resource}/.default`;
    if (VAULT_NAME.test(value))
        return { url: `https://${value.toLowerCase()}${suffix}`, scope, loopback: false };
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' is neither a vault name (3-24 letters, digits or dashes) nor a vault URL such as 'https://contoso-kv${suffix}'`);
    }
    if (url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' must use https://`);
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' must be the vault's origin only, such as '${url.origin}'`);
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (!loopback && !url.hostname.toLowerCase().endsWith(suffix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' is not a vault of the ${cloud} cloud: its host must end with '${suffix}' (or set the cloud input)`);
    }
    return { url: url.origin, scope, loopback };
}
/** `name` or `name/version` of a certificate in `vault`. */
function readCertificateRef(value, vault, input) {
    const [name = '', version, ...rest] = value.split('/');
    if (!CERTIFICATE_NAME.test(name) || rest.length > 0 || (version !== undefined && !VERSION.test(version))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' is not 'name' or 'name/version' of a Key Vault certificate (a name of letters, digits and dashes; a version of 32 hex digits)`);
    }
    return { from: 'key-vault', vault, name, version: version?.toLowerCase(), input };
}
function describeRef(ref, vault) {
    return `Key Vault certificate '${ref.name}${ref.version ? `/${ref.version}` : ''}' in ${vault.url}`;
}


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ agentFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1987);
/**
 * The connection pools every request goes through: one keep-alive agent per scheme and proxy, so
 * sign-in, the GitHub ID token, Graph, Key Vault and the GitHub API reuse connections to the same
 * origin, and so anything that opens a connection early (a preconnect) warms the very agent the
 * request will use.
 */




const agents = new Map();
/** The agent for requests to `origin` (any URL on it), chosen by the one proxy rule set. */
function agentFor(origin, environment = process.env) {
    const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .i)(origin, environment);
    const key = `${origin.protocol} ${proxy ?? 'direct'}`;
    let agent = agents.get(key);
    if (!agent) {
        agent = createAgent(origin.protocol, proxy);
        agents.set(key, agent);
    }
    return agent;
}
function createAgent(protocol, proxy) {
    // Idle keep-alive sockets are unref'd by Node, so they never keep the process alive.
    if (proxy !== undefined)
        return new https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__.HttpsProxyAgent(proxy, { keepAlive: true });
    return protocol === 'http:' ? new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true }) : new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ openEarlyFromEnvironment)
});

// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __nccwpck_require__(2572);
// EXTERNAL MODULE: ./src/net/agents.ts
var agents = __nccwpck_require__(1625);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __nccwpck_require__(1987);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/net/preconnect.ts


const adopted = new WeakMap();
/**
 * Starts the connections; the promise settles once each has reached the kernel (its name
 * resolved), or after `waitMs`. A caller about to run a long stretch of synchronous code (the
 * entry chunk evaluating the rest of the bundle) waits for it: until then a connection is only
 * queued in JavaScript, and nothing of it would progress while that code runs.
 */
function preconnect(origins, routes, waitMs = 20) {
    const started = [];
    for (const origin of new Set(origins)) {
        try {
            const opened = preconnect_open(new URL(origin), routes);
            if (opened)
                started.push(connectIssued(opened, waitMs));
        }
        catch {
            // A hint only: the request will connect by itself.
        }
    }
    return Promise.all(started).then(() => undefined);
}
/** A name connects once resolved ('lookup'); an address on the next tick. Never waits for the connection itself. */
function connectIssued({ socket, byAddress }, waitMs) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        timer.unref();
        const done = () => {
            clearTimeout(timer);
            resolve();
        };
        // net.connect() to an address issues the connect on the next tick: done right after it.
        if (byAddress)
            process.nextTick(done);
        socket.once('lookup', done).once('connect', done).once('error', done);
    });
}
function preconnect_open(url, routes) {
    if (url.protocol !== 'https:' || routes.proxied(url))
        return undefined;
    const agent = routes.agentFor(url);
    if (!(agent instanceof external_node_https_.Agent))
        return undefined;
    const { sockets, create } = adopt(agent);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || 443);
    const key = `${host}:${port}`;
    if (sockets.has(key))
        return undefined;
    // The options the agent itself would connect with (its TLS settings, SNI for names, not for IPs).
    const options = { ...agent.options, host, port, ...((0,external_node_net_.isIP)(host) === 0 ? { servername: host } : {}) };
    const socket = create.call(agent, options);
    if (!socket)
        return undefined;
    // Unused, it must not keep the process alive (a run that fails in sign-in never sends to Graph).
    socket.unref();
    const forget = () => {
        if (sockets.get(key) === socket)
            sockets.delete(key);
    };
    socket.once('error', () => {
        forget();
        socket.destroy();
    });
    socket.once('close', forget);
    sockets.set(key, socket);
    return { socket, byAddress: (0,external_node_net_.isIP)(host) !== 0 };
}
/** Makes the agent hand out a waiting socket before it creates a new one; once per agent. */
function adopt(agent) {
    const known = adopted.get(agent);
    if (known)
        return known;
    const target = agent;
    const entry = { sockets: new Map(), create: target.createConnection };
    adopted.set(agent, entry);
    target.createConnection = function (options, callback) {
        const key = `${options.host ?? 'localhost'}:${Number(options.port ?? 443)}`;
        const socket = entry.sockets.get(key);
        if (socket && !socket.destroyed) {
            entry.sockets.delete(key);
            socket.ref();
            return socket;
        }
        return entry.create.call(this, options, callback);
    };
    return entry;
}

;// CONCATENATED MODULE: ./src/net/early-connections.ts
/**
 * Which connections a run opens early (preconnect.ts), through the agents the transport uses
 * (agents.ts): Graph, whose connection then opens while sign-in runs; the authority, unless
 * the Azure CLI signs in; GitHub's ID-token service with OIDC, whose handshakes then overlap the
 * login connection's. Every request to these hosts goes through the one transport, so the first
 * one to each finds its connection open or opening.
 */



function earlyOrigins(connection, idTokenUrl) {
    const { method } = connection.auth;
    return [
        ...(method === 'oidc' && idTokenUrl !== undefined ? [idTokenUrl] : []),
        ...(method === 'azure-cli' ? [] : [connection.authorityHost]),
        connection.graphEndpoint,
    ];
}
/** Settles once the connections have reached the kernel (see preconnect). */
function openEarly(connection, idTokenUrl) {
    // The same rule set that picks the agent: a proxied origin gets the tunnel agent, never a preconnect.
    return preconnect(earlyOrigins(connection, idTokenUrl), { agentFor: (origin) => (0,agents/* agentFor */.P)(origin), proxied: (origin) => (0,proxy/* proxyFor */.i)(origin, process.env) !== undefined });
}

;// CONCATENATED MODULE: ./src/net/early-start.ts
/**
 * The entry chunk's first act: start the run's connections before the heavy part of the bundle
 * (@azure/identity, MSAL, @actions/core: most of the start-up time) is evaluated. It reads the
 * inputs as the runner hands them over (INPUT_* variables, as @actions/core's getInput reads
 * them) and builds the settings, which is pure and cheap; it stays silent on bad input, which
 * run() then reports. @actions/core is not imported here: loading it is part of what this overlaps.
 *
 * What overlaps: a connection reaches the kernel here (name resolved, SYN sent); the TCP handshake
 * then completes while the rest of the bundle is evaluated. TLS needs JavaScript to run, so it
 * starts once evaluation is over (the bench's --rtt shows the round trip this saves).
 */


/**
 * Returns the settings it built, so that run() does not build (and decrypt certificates) again;
 * undefined on bad input, which run() then meets and reports itself.
 */
async function openEarlyFromEnvironment(environment, now = new Date()) {
    try {
        const read = (name) => (environment[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
        // As the runner adapter decides it: both variables are needed to request an ID token.
        const url = environment['ACTIONS_ID_TOKEN_REQUEST_URL'];
        const idTokenUrl = url && environment['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ? url : undefined;
        const settings = (0,src_settings/* buildSettings */.E)(read, { idTokenAvailable: idTokenUrl !== undefined }, now);
        await openEarly(settings.connection, idTokenUrl);
        return settings;
    }
    catch {
        // Bad input: run() fails with the message that names it, before any request.
        return undefined;
    }
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
const HTTPS_ORDER = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'http_proxy', 'HTTP_PROXY'];
const HTTP_ORDER = ['http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];
/** The proxy URL for `target`, honouring NO_PROXY, or undefined to go direct. */
function proxyFor(target, environment) {
    const names = target.protocol === 'https:' ? HTTPS_ORDER : HTTP_ORDER;
    const proxy = names.map((name) => environment[name]?.trim()).find((value) => value !== undefined && value !== '');
    if (proxy === undefined)
        return undefined;
    return bypassesProxy(target, environment['no_proxy'] ?? environment['NO_PROXY'] ?? '') ? undefined : proxy;
}
/** NO_PROXY entries: `*` for everything, a host (which also covers its subdomains), `.domain`, or `host:port`. */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '')
        .some((entry) => {
        if (entry === '*')
            return true;
        const [entryHost = '', entryPort] = entry.replace(/^\*?\./, '.').split(/:(?=\d+$)/);
        if (entryPort !== undefined && entryPort !== port)
            return false;
        const bare = entryHost.replace(/^\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}


/***/ }),

/***/ 6798:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   sK: () => (/* binding */ capitalise)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9834);
/** How operations write dates and sentences in their messages and summaries. */

/** To the second, as certificates, keys and Graph's dates are. */
function iso(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
function isoSeconds(seconds) {
    return iso((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUnixSeconds */ .kf)(seconds));
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 2572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ buildSettings)
});

// EXTERNAL MODULE: ./src/clouds.ts
var clouds = __nccwpck_require__(157);
// EXTERNAL MODULE: ./src/crypto/certificates.ts + 1 modules
var certificates = __nccwpck_require__(1378);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/time.ts
var time = __nccwpck_require__(9834);
// EXTERNAL MODULE: ./src/keyvault/reference.ts
var keyvault_reference = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./src/keyvault/settings.ts




// key-vault last: an unused certificate input is the more telling refusal.
const KEY_VAULT_INPUTS = [src_inputs/* INPUTS */.mc.keyVaultCertificate, src_inputs/* INPUTS */.mc.proofKeyVaultCertificate, src_inputs/* INPUTS */.mc.removeSupersededAfter, src_inputs/* INPUTS */.mc.keyVault];
function keyVaultInputs(inputs, cloud) {
    const used = new Set();
    let vault;
    const vaultFor = (input) => {
        used.add(src_inputs/* INPUTS */.mc.keyVault);
        const value = inputs.text(src_inputs/* INPUTS */.mc.keyVault);
        if (value === undefined)
            throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.keyVault, `the vault (a name such as 'contoso-kv' or its URL) is required with ${input}`);
        vault ??= (0,keyvault_reference/* readKeyVault */.a0)(value, cloud, src_inputs/* INPUTS */.mc.keyVault);
        return vault;
    };
    const reference = (input, excluded) => {
        const value = inputs.text(input);
        if (value === undefined)
            return undefined;
        const clash = excluded.find((name) => inputs.text(name) !== undefined);
        if (clash !== undefined)
            throw new errors/* InputError */.d(input, `and '${clash}' exclude each other: give the certificate one way`);
        used.add(input);
        return (0,keyvault_reference/* readCertificateRef */.to)(value, vaultFor(input), input);
    };
    return {
        certificate: (...excluded) => reference(src_inputs/* INPUTS */.mc.keyVaultCertificate, excluded),
        requiredCertificate: (operation) => {
            const ref = reference(src_inputs/* INPUTS */.mc.keyVaultCertificate, []);
            if (ref === undefined)
                throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.keyVaultCertificate, `the Key Vault certificate ('name' or 'name/version') is required by ${operation}`);
            return ref;
        },
        proof: () => reference(src_inputs/* INPUTS */.mc.proofKeyVaultCertificate, [src_inputs/* INPUTS */.mc.proofCertificate, src_inputs/* INPUTS */.mc.proofCertificatePassword]),
        removeSupersededAfter: () => {
            const value = inputs.text(src_inputs/* INPUTS */.mc.removeSupersededAfter);
            if (value === undefined)
                return undefined;
            used.add(src_inputs/* INPUTS */.mc.removeSupersededAfter);
            const duration = (0,time/* parseDuration */.E9)(value);
            if (!duration)
                throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.removeSupersededAfter, `'${value}' is not a duration: give ${time/* DURATION_FORMS */.nv}`);
            return duration;
        },
        vault: () => (inputs.text(src_inputs/* INPUTS */.mc.keyVault) === undefined ? undefined : vaultFor(src_inputs/* INPUTS */.mc.manifest)),
        refuseUnused: (operation) => {
            const unused = KEY_VAULT_INPUTS.find((name) => !used.has(name) && inputs.text(name) !== undefined);
            if (unused !== undefined)
                throw new errors/* InputError */.d(unused, `is not used by ${operation.name}; remove it`);
        },
    };
}

// EXTERNAL MODULE: ./src/keyset-id.ts
var keyset_id = __nccwpck_require__(4738);
// EXTERNAL MODULE: ./src/operations/wording.ts
var wording = __nccwpck_require__(6798);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Every input read and validated once, into one typed Settings, before any side effect.
 * Nothing here performs I/O: the runner is reached through an InputReader, and the only
 * fact about the environment (whether the job can request a GitHub ID token) is passed in.
 */








const OPERATIONS = [
    'create-keyset',
    'upload-secret',
    'generate-key',
    'upload-certificate',
    'upload-pkcs12',
    'get-active-key',
    'add-key',
    'remove-key',
    'audit',
    'sync-key-vault-certificate',
    'apply',
];
const AUTH_METHODS = ['auto', 'oidc', 'client-secret', 'client-certificate', 'azure-cli'];
const AUDIT_SCOPES = ['keysets', 'applications', 'service-principals'];
/** Audit statuses from the least to the most severe; `never` is beyond all of them. */
const AUDIT_THRESHOLDS = ['never', 'critical', 'expiring'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
// Keyset ids appear in URL paths and in policy XML; anything beyond these characters is a typo.
const KEYSET_NAME = /^[A-Za-z0-9_.-]+$/;
const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
// An HTTP bearer token: anything else fails only at the request, or splits the header.
const TOKEN = /^[\x21-\x7e]+$/;
function buildSettings(read, environment, now) {
    const inputs = new Inputs(read);
    const operationName = inputs.requiredOneOf(src_inputs/* INPUTS */.mc.operation, OPERATIONS);
    const derivedSecrets = [];
    const connection = readConnection(inputs, environment, derivedSecrets);
    const keyVault = keyVaultInputs(inputs, connection.cloud);
    const operation = readOperation(operationName, inputs, connection, now, derivedSecrets, keyVault);
    keyVault.refuseUnused(operation);
    refuseUnusedManifest(inputs, operation);
    return { connection, operation, dryRun: inputs.boolean(src_inputs/* INPUTS */.mc.dryRun, false), derivedSecrets, notices: certificateNotices(connection, operation) };
}
/**
 * The notices of the certificates given on the runner (client, certificate, new and proof). The
 * proof defaults to client-certificate: the same notice is then given once. Key Vault references
 * have no notice (their certificates are read later), nor do operations without a certificate.
 */
function certificateNotices(connection, operation) {
    const given = operation;
    const held = [connection.auth.certificate, given.certificate, given.newCertificate, given.proof];
    return [...new Set(held.flatMap(noticeOf))];
}
/** A Certificate's notice, or a CertificateWithKey's certificate's. */
function noticeOf(value) {
    const held = value;
    const notice = held?.notice ?? held?.certificate?.notice;
    return typeof notice === 'string' ? [notice] : [];
}
function readConnection(inputs, environment, derivedSecrets) {
    const cloud = inputs.oneOf(src_inputs/* INPUTS */.mc.cloud, clouds/* CLOUD_NAMES */.v, 'AzureCloud');
    const defaults = clouds/* CLOUDS */.J[cloud];
    const graphEndpoint = readEndpoint(inputs, src_inputs/* INPUTS */.mc.graphEndpoint, true) ?? defaults.graphEndpoint;
    const authorityOverride = readEndpoint(inputs, src_inputs/* INPUTS */.mc.authorityHost, false);
    const audience = inputs.text(src_inputs/* INPUTS */.mc.oidcAudience) ?? defaults.oidcAudience;
    const auth = readAuth(inputs, environment, audience, derivedSecrets);
    return {
        cloud,
        graphEndpoint,
        authorityHost: authorityOverride ?? defaults.authorityHost,
        authorityOverridden: authorityOverride !== undefined,
        auth,
    };
}
function readAuth(inputs, environment, audience, derivedSecrets) {
    const requested = inputs.oneOf(src_inputs/* INPUTS */.mc.auth, AUTH_METHODS, 'auto');
    const clientSecret = inputs.text(src_inputs/* INPUTS */.mc.clientSecret);
    const clientCertificate = inputs.text(src_inputs/* INPUTS */.mc.clientCertificate);
    const method = requested === 'auto' ? pickAuth(clientSecret, clientCertificate, environment) : requested;
    if (method === 'azure-cli') {
        const tenant = inputs.text(src_inputs/* INPUTS */.mc.tenantId);
        return { method, tenantId: tenant === undefined ? undefined : tenantId(tenant), fallback: requested === 'auto' };
    }
    const tenant = tenantId(inputs.required(src_inputs/* INPUTS */.mc.tenantId, `a tenant GUID or domain is required with auth '${method}'`));
    const clientId = inputs.guid(src_inputs/* INPUTS */.mc.clientId, `the client (app) id is required with auth '${method}'`);
    switch (method) {
        case 'oidc':
            if (!environment.idTokenAvailable) {
                throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.auth, "'oidc' needs a GitHub ID token, but this job cannot request one: add `permissions: id-token: write` to the workflow or job" +
                    ' (pull requests from forks never get one; use another auth there)');
            }
            return { method, tenantId: tenant, clientId, audience };
        case 'client-secret':
            return {
                method,
                tenantId: tenant,
                clientId,
                clientSecret: clientSecret ?? inputs.required(src_inputs/* INPUTS */.mc.clientSecret, "is required with auth 'client-secret'"),
            };
        case 'client-certificate': {
            const text = clientCertificate ?? inputs.required(src_inputs/* INPUTS */.mc.clientCertificate, "is required with auth 'client-certificate'");
            const certificate = (0,certificates/* loadCertificateWithKey */.Zf)(text, inputs.text(src_inputs/* INPUTS */.mc.clientCertificatePassword), src_inputs/* INPUTS */.mc.clientCertificate);
            derivedSecrets.push(certificate.pem);
            return { method, tenantId: tenant, clientId, certificate };
        }
    }
}
function pickAuth(clientSecret, clientCertificate, environment) {
    if (clientSecret !== undefined)
        return 'client-secret';
    if (clientCertificate !== undefined)
        return 'client-certificate';
    return environment.idTokenAvailable ? 'oidc' : 'azure-cli';
}
function tenantId(value) {
    if (GUID.test(value) || DOMAIN.test(value))
        return value;
    throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.tenantId, `'${value}' is neither a tenant GUID nor a domain such as 'contoso.onmicrosoft.com'`);
}
/** `loopbackAllowed`: Graph may be a loopback emulator over plain http (tests, local runs); sign-in never is. */
function readEndpoint(inputs, name, loopbackAllowed) {
    const value = inputs.text(name);
    if (value === undefined)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.d(name, `'${value}' is not a URL; give an https:// origin such as 'https://graph.microsoft.com'`);
    }
    const loopbackHttp = loopbackAllowed && url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol !== 'https:' && !loopbackHttp) {
        const exception = loopbackAllowed ? ' (plain http:// only for loopback hosts)' : '';
        throw new errors/* InputError */.d(name, `'${value}' must use https://${exception}`);
    }
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
        const adds = name === src_inputs/* INPUTS */.mc.authorityHost ? '/<tenant-id>' : '/beta or /v1.0';
        throw new errors/* InputError */.d(name, `'${value}' must be an origin only, such as '${url.origin}' (the action adds ${adds} itself)`);
    }
    return url.origin;
}
function readOperation(name, inputs, connection, now, derivedSecrets, keyVault) {
    switch (name) {
        case 'create-keyset':
        case 'get-active-key':
            return { name, keysetId: keysetId(inputs) };
        case 'upload-secret':
            return {
                name,
                keyset: keysetWrite(inputs),
                use: inputs.oneOf(src_inputs/* INPUTS */.mc.use, ['sig', 'enc'], 'sig'),
                secret: inputs.required(src_inputs/* INPUTS */.mc.secret, 'the secret to upload is required by upload-secret'),
                validity: validity(inputs, now),
            };
        case 'generate-key':
            return {
                name,
                keyset: keysetWrite(inputs),
                use: inputs.oneOf(src_inputs/* INPUTS */.mc.use, ['sig', 'enc'], 'sig'),
                keyType: inputs.oneOf(src_inputs/* INPUTS */.mc.keyType, ['RSA', 'oct'], 'RSA'),
                validity: validity(inputs, now),
            };
        case 'upload-certificate': {
            refuseValidityInputs(inputs, name);
            const fromVault = keyVault.certificate(src_inputs/* INPUTS */.mc.certificate);
            if (fromVault)
                return { name, keyset: keysetWrite(inputs), keyVaultCertificate: fromVault };
            return {
                name,
                keyset: keysetWrite(inputs),
                certificate: (0,certificates/* requireRsaCertificate */.Vg)((0,certificates/* loadCertificate */.Ih)(inputs.required(src_inputs/* INPUTS */.mc.certificate, 'a PEM or base64 DER certificate is required by upload-certificate'), src_inputs/* INPUTS */.mc.certificate), src_inputs/* INPUTS */.mc.certificate, 'B2C policy keys are RSA'),
            };
        }
        case 'upload-pkcs12': {
            refuseValidityInputs(inputs, name);
            const fromVault = keyVault.certificate(src_inputs/* INPUTS */.mc.pkcs12, src_inputs/* INPUTS */.mc.pkcs12Password);
            if (fromVault)
                return { name, keyset: keysetWrite(inputs), keyVaultCertificate: fromVault };
            const pkcs12 = inputs.required(src_inputs/* INPUTS */.mc.pkcs12, 'a base64 PKCS#12 (.pfx) is required by upload-pkcs12').replace(/\s/g, '');
            const password = inputs.text(src_inputs/* INPUTS */.mc.pkcs12Password) ?? '';
            const opened = (0,certificates/* readPkcs12 */.X$)(pkcs12, password, src_inputs/* INPUTS */.mc.pkcs12);
            derivedSecrets.push(opened.pem);
            return {
                name,
                keyset: keysetWrite(inputs),
                pkcs12,
                password,
                certificate: opened.certificate,
                encryption: opened.encryption,
            };
        }
        case 'add-key': {
            refuseValidityInputs(inputs, name);
            return {
                name,
                target: target(inputs, connection),
                proof: keyVault.proof() ?? proofSigner(inputs, derivedSecrets),
                newCertificate: keyVault.certificate(src_inputs/* INPUTS */.mc.newCertificate) ?? newCertificate(inputs, now),
                displayName: inputs.text(src_inputs/* INPUTS */.mc.keyDisplayName),
                rotateWithin: rotateWithin(inputs),
            };
        }
        case 'remove-key':
            return {
                name,
                target: target(inputs, connection),
                keyId: inputs.guid(src_inputs/* INPUTS */.mc.keyId, 'the keyId (GUID) of the certificate to remove is required by remove-key'),
                allowUnsafeRemoval: inputs.boolean(src_inputs/* INPUTS */.mc.allowUnsafeRemoval, false),
                proof: keyVault.proof() ?? proofSigner(inputs, derivedSecrets),
            };
        case 'audit':
            return { name, audit: auditSettings(inputs, connection) };
        case 'sync-key-vault-certificate': {
            refuseValidityInputs(inputs, name);
            const certificate = keyVault.requiredCertificate(name);
            const ownProof = inputs.text(src_inputs/* INPUTS */.mc.proofCertificate) === undefined ? undefined : proofSigner(inputs, derivedSecrets);
            return {
                name,
                target: target(inputs, connection),
                certificate,
                proof: keyVault.proof() ?? ownProof,
                removeSupersededAfter: keyVault.removeSupersededAfter(),
            };
        }
        case 'apply':
            // The file is read by the operation (settings do no I/O), before any request.
            return {
                name,
                manifest: inputs.required(src_inputs/* INPUTS */.mc.manifest, 'the path of the YAML manifest (relative to the workspace) is required by apply'),
                tenant: connection.auth.tenantId,
                // The vault of the manifest's key-vault-certificate entries.
                keyVault: keyVault.vault(),
            };
    }
}
function auditSettings(inputs, connection) {
    const warnWithinText = inputs.text(src_inputs/* INPUTS */.mc.warnWithin) ?? '30d';
    const warnWithin = (0,time/* parseDuration */.E9)(warnWithinText);
    if (!warnWithin)
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.warnWithin, `'${warnWithinText}' is not a duration: give ${time/* DURATION_FORMS */.nv}`);
    const issueOn = inputs.oneOf(src_inputs/* INPUTS */.mc.issueOn, AUDIT_THRESHOLDS, 'never');
    const githubToken = issueOn === 'never' ? undefined : issueToken(inputs, issueOn);
    return {
        tenant: connection.auth.tenantId,
        scopes: auditScopes(inputs),
        warnWithin,
        warnWithinText,
        failOn: inputs.oneOf(src_inputs/* INPUTS */.mc.failOn, AUDIT_THRESHOLDS, 'critical'),
        issueOn,
        githubToken,
    };
}
/** Checked here, not at the GitHub request after the whole audit; the value is a secret, so it is not quoted. */
function issueToken(inputs, issueOn) {
    const token = inputs.required(src_inputs/* INPUTS */.mc.githubToken, `is required with issue-on '${issueOn}': leave its default \`\${{ github.token }}\` and grant \`permissions: issues: write\``);
    if (!TOKEN.test(token)) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.githubToken, 'is not a token: a token is one word of printable ASCII, without spaces, line breaks or a "Bearer" prefix; leave its default `${{ github.token }}`');
    }
    return token;
}
function auditScopes(inputs) {
    const value = inputs.text(src_inputs/* INPUTS */.mc.auditScope) ?? 'keysets,applications';
    const list = AUDIT_SCOPES.map((scope) => `'${scope}'`).join(', ');
    const scopes = new Set();
    for (const word of value.split(/[\s,]/).filter(Boolean)) {
        const scope = AUDIT_SCOPES.find((known) => known === word.toLowerCase());
        if (scope === undefined)
            throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.auditScope, `'${word}' is not a scope: give one or more of ${list}, separated by commas or spaces`);
        scopes.add(scope);
    }
    if (scopes.size === 0)
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.auditScope, `names no scope: give one or more of ${list}`);
    return AUDIT_SCOPES.filter((scope) => scopes.has(scope));
}
function keysetId(inputs) {
    const value = inputs.required(src_inputs/* INPUTS */.mc.keyset, "the keyset id is required, with or without the 'B2C_1A_' prefix");
    const id = (0,keyset_id/* normaliseKeysetId */.Z)(value);
    if (id === 'B2C_1A_' || !KEYSET_NAME.test(id)) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.keyset, `'${value}' is not a keyset id: use letters, digits, '_', '-' or '.', e.g. 'FacebookSecret'`);
    }
    return id;
}
function keysetWrite(inputs) {
    return {
        keysetId: keysetId(inputs),
        createIfMissing: inputs.boolean(src_inputs/* INPUTS */.mc.createIfMissing, true),
        rotateWithin: rotateWithin(inputs),
    };
}
function rotateWithin(inputs) {
    const value = inputs.text(src_inputs/* INPUTS */.mc.rotateIfExpiringWithin);
    if (value === undefined)
        return undefined;
    const duration = (0,time/* parseDuration */.E9)(value);
    if (!duration)
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.rotateIfExpiringWithin, `'${value}' is not a duration: give ${time/* DURATION_FORMS */.nv}`);
    return duration;
}
function validity(inputs, now) {
    const notBefore = instant(inputs, src_inputs/* INPUTS */.mc.notBefore, now) ?? now;
    const expires = instant(inputs, src_inputs/* INPUTS */.mc.expires, notBefore);
    if (expires !== undefined && expires.getTime() <= notBefore.getTime()) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.expires, `${(0,wording/* iso */.KH)(expires)} is not after not-before (${(0,wording/* iso */.KH)(notBefore)})`);
    }
    if (expires !== undefined && expires.getTime() <= now.getTime()) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.expires, `${(0,wording/* iso */.KH)(expires)} is in the past: the key would never be usable`);
    }
    return { notBefore, expires };
}
function instant(inputs, name, base) {
    const value = inputs.text(name);
    if (value === undefined)
        return undefined;
    const parsed = (0,time/* parseInstant */.nV)(value, base);
    if (!parsed.ok)
        throw new errors/* InputError */.d(name, parsed.problem);
    return parsed.at;
}
/** The manifest is read only by apply; another operation ignoring it would hide a mistyped operation. */
function refuseUnusedManifest(inputs, operation) {
    if (operation.name !== 'apply' && inputs.text(src_inputs/* INPUTS */.mc.manifest) !== undefined) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.manifest, `is not used by ${operation.name}; remove it, or set operation: apply`);
    }
}
/** A certificate carries its own validity; silently ignoring a date the user typed would mislead. */
function refuseValidityInputs(inputs, operation) {
    for (const name of [src_inputs/* INPUTS */.mc.notBefore, src_inputs/* INPUTS */.mc.expires]) {
        if (inputs.text(name) !== undefined) {
            throw new errors/* InputError */.d(name, `is not accepted by ${operation}: the key takes its validity from the certificate`);
        }
    }
}
function target(inputs, connection) {
    const kind = inputs.oneOf(src_inputs/* INPUTS */.mc.target, ['application', 'service-principal'], 'application');
    const explicit = inputs.optionalGuid(src_inputs/* INPUTS */.mc.application);
    const clientId = 'clientId' in connection.auth ? connection.auth.clientId : undefined;
    const id = explicit ?? clientId;
    if (id === undefined) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.application, `the object id or appId of the ${kind} is required (it defaults to client-id, which is not set)`);
    }
    return { kind, id };
}
function newCertificate(inputs, now) {
    const text = inputs.required(src_inputs/* INPUTS */.mc.newCertificate, 'the public certificate to add (PEM or base64 DER) is required by add-key');
    const certificate = (0,certificates/* requireRsaCertificate */.Vg)((0,certificates/* loadCertificate */.Ih)(text, src_inputs/* INPUTS */.mc.newCertificate), src_inputs/* INPUTS */.mc.newCertificate, 'the next roll signs its proof with this certificate, and proofs are RS256');
    if (certificate.notAfter.getTime() <= now.getTime()) {
        throw new errors/* InputError */.d(src_inputs/* INPUTS */.mc.newCertificate, `certificate ${certificate.thumbprint} expired on ${(0,wording/* iso */.KH)(certificate.notAfter)}; add a certificate that is still valid`);
    }
    return certificate;
}
function proofSigner(inputs, derivedSecrets) {
    const own = inputs.text(src_inputs/* INPUTS */.mc.proofCertificate);
    const source = own === undefined ? src_inputs/* INPUTS */.mc.clientCertificate : src_inputs/* INPUTS */.mc.proofCertificate;
    const text = own ??
        inputs.text(src_inputs/* INPUTS */.mc.clientCertificate) ??
        inputs.required(src_inputs/* INPUTS */.mc.proofCertificate, 'a currently valid certificate of the target with its private key (PEM or base64 PKCS#12) is required to sign the proof; it defaults to client-certificate, which is not set');
    const password = inputs.text(own === undefined ? src_inputs/* INPUTS */.mc.clientCertificatePassword : src_inputs/* INPUTS */.mc.proofCertificatePassword);
    const signer = (0,certificates/* loadCertificateWithKey */.Zf)(text, password, source);
    derivedSecrets.push(signer.pem);
    return signer;
}
const optionList = (accepted) => accepted.map((option) => `'${option}'`).join(', ');
/** Typed readers over the raw inputs; every failure names its input. */
class Inputs {
    read;
    constructor(read) {
        this.read = read;
    }
    text(name) {
        const value = this.read(name).trim();
        return value === '' ? undefined : value;
    }
    required(name, why) {
        const value = this.text(name);
        if (value === undefined)
            throw new errors/* InputError */.d(name, why);
        return value;
    }
    oneOf(name, accepted, fallback) {
        const value = this.text(name);
        return value === undefined ? fallback : this.accepted(name, accepted, value);
    }
    requiredOneOf(name, accepted) {
        return this.accepted(name, accepted, this.required(name, `is required: one of ${optionList(accepted)}`));
    }
    accepted(name, accepted, value) {
        const match = accepted.find((option) => option.toLowerCase() === value.toLowerCase());
        if (match === undefined)
            throw new errors/* InputError */.d(name, `'${value}' is not accepted: one of ${optionList(accepted)}`);
        return match;
    }
    boolean(name, fallback) {
        const value = this.text(name);
        if (value === undefined)
            return fallback;
        // The YAML 1.2 core schema, as core.getBooleanInput accepts it.
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        throw new errors/* InputError */.d(name, `'${value}' is not a boolean: 'true' or 'false'`);
    }
    guid(name, why) {
        return this.checkedGuid(name, this.required(name, why));
    }
    optionalGuid(name) {
        const value = this.text(name);
        return value === undefined ? undefined : this.checkedGuid(name, value);
    }
    checkedGuid(name, value) {
        if (!GUID.test(value))
            throw new errors/* InputError */.d(name, `'${value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
        return value.toLowerCase();
    }
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Gw: () => (/* binding */ addDuration),
/* harmony export */   LE: () => (/* binding */ toUnixSeconds),
/* harmony export */   kf: () => (/* binding */ fromUnixSeconds),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   nv: () => (/* binding */ DURATION_FORMS)
/* harmony export */ });
/**
 * Instants and durations as users write them in workflows: ISO-8601 date-times, Unix seconds,
 * and durations either in ISO-8601 form (`PT3H`, `P1Y`) or short form (`3h`, `90d`, `1y6mo`).
 * Graph wants NumericDate seconds, so everything ends as whole Unix seconds.
 */
// Longer is a typo (a digit too many), and would carry the date arithmetic past any valid date.
const MAX_DURATION_YEARS = 1000;
const DURATION_FORMS = `an ISO-8601 duration ('PT3H', 'P90D', 'P1Y') or a short one ('3h', '90d', '2w', '6mo', '1y'), at most ${MAX_DURATION_YEARS} years`;
const INSTANT_FORMS = `an ISO-8601 date-time ('2027-01-31T00:00:00Z'), Unix seconds ('1800000000'), or a duration from now: ${DURATION_FORMS}`;
const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;
const SHORT_TERM = /(\d+)\s*(mo|y|w|d|h|m|s)/gy;
const SHORT_UNITS = {
    y: 'years',
    mo: 'months',
    w: 'weeks',
    d: 'days',
    h: 'hours',
    m: 'minutes',
    s: 'seconds',
};
// Above this, a "Unix seconds" value is almost certainly milliseconds (year 5138+).
const MAX_UNIX_SECONDS = 1e11;
function emptyDuration() {
    return { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
}
/** Returns undefined when the text is not a duration in either form, or is longer than MAX_DURATION_YEARS. */
function parseDuration(text) {
    const duration = parseEitherForm(text.trim());
    return duration && withinLimit(duration) ? duration : undefined;
}
function withinLimit(duration) {
    const fixedDays = duration.weeks * 7 + duration.days + (duration.hours + (duration.minutes + duration.seconds / 60) / 60) / 24;
    return duration.years + duration.months / 12 + fixedDays / 365.25 <= MAX_DURATION_YEARS;
}
function parseEitherForm(value) {
    const iso = ISO_DURATION.exec(value);
    if (iso) {
        const [, years, months, weeks, days, hours, minutes, seconds] = iso.map((part) => Number(part ?? 0));
        return {
            years: years ?? 0,
            months: months ?? 0,
            weeks: weeks ?? 0,
            days: days ?? 0,
            hours: hours ?? 0,
            minutes: minutes ?? 0,
            seconds: seconds ?? 0,
        };
    }
    return parseShortDuration(value.toLowerCase());
}
function parseShortDuration(value) {
    if (value === '')
        return undefined;
    const duration = emptyDuration();
    SHORT_TERM.lastIndex = 0;
    let consumed = 0;
    for (let match = SHORT_TERM.exec(value); match; match = SHORT_TERM.exec(value)) {
        const [whole, amount, unit] = match;
        duration[SHORT_UNITS[unit]] += Number(amount);
        consumed += whole.length;
        while (value[consumed] === ' ')
            consumed++;
        SHORT_TERM.lastIndex = consumed;
    }
    return consumed === value.length ? duration : undefined;
}
/** Calendar arithmetic: `P1M` from 31 January lands on the last day of February, as people expect. */
function addDuration(from, duration) {
    const result = new Date(from.getTime());
    const dayOfMonth = result.getUTCDate();
    result.setUTCDate(1);
    result.setUTCMonth(result.getUTCMonth() + duration.years * 12 + duration.months);
    const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
    result.setUTCDate(Math.min(dayOfMonth, lastDay));
    const fixedSeconds = ((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 3600 + duration.minutes * 60 + duration.seconds;
    return new Date(result.getTime() + fixedSeconds * 1000);
}
/**
 * An instant: absolute (ISO-8601 or Unix seconds) or a duration counted from `base`.
 * The problem text is written to follow "Input 'x': ".
 */
function parseInstant(text, base) {
    const value = text.trim();
    if (/^\d+$/.test(value)) {
        const seconds = Number(value);
        if (seconds > MAX_UNIX_SECONDS) {
            return { ok: false, problem: `'${value}' looks like milliseconds; give Unix seconds (${Math.floor(seconds / 1000)})` };
        }
        return { ok: true, at: new Date(seconds * 1000) };
    }
    const duration = parseDuration(value);
    if (duration)
        return { ok: true, at: addDuration(base, duration) };
    if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i.test(value)) {
        // A date alone is read as midnight UTC (ECMAScript's rule for the date-only form).
        const at = new Date(value.replace(' ', 'T'));
        if (!Number.isNaN(at.getTime()) && isCalendarDate(value.slice(0, 10)))
            return { ok: true, at };
        return { ok: false, problem: `'${value}' is not a date and time that exist` };
    }
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
        return { ok: false, problem: `'${value}' has no time zone; add 'Z' or an offset such as '+02:00'` };
    }
    return { ok: false, problem: `'${value}' is not ${INSTANT_FORMS}` };
}
/** `new Date` rolls 30 February over to 2 March; a date the user typed must exist. */
function isCalendarDate(date) {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
function toUnixSeconds(at) {
    return Math.floor(at.getTime() / 1000);
}
function fromUnixSeconds(seconds) {
    return new Date(seconds * 1000);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 7515:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
